package org.partnerhub.domain.shared;

/**
 * An update came without the version it was based on (the API's {@code If-Match}): it could overwrite a change it never
 * saw, so it is refused (428) rather than applied blindly.
 */
public class VersionRequiredException extends BusinessException {

    public VersionRequiredException() {
        super(Message.of("edit.versionRequired"));
    }
}
