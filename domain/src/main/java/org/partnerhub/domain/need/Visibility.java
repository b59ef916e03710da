package org.partnerhub.domain.need;

/**
 * Which records of the need context a reader may see beyond the public ones: everything ({@code all}), those under a
 * region path (staff), and those a partner recorded itself.
 */
public record Visibility(boolean all, String regionPath, Long partnerId) {

    public static final Visibility PUBLIC = new Visibility(false, null, null);

    public static final Visibility ALL = new Visibility(true, null, null);
}
