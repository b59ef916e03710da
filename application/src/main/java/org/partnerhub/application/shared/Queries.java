package org.partnerhub.application.shared;

/** Helpers for the JPQL the repositories build. */
public final class Queries {

    private Queries() {}

    /** Escapes {@code %}, {@code _} and the escape character itself for a LIKE pattern written with ESCAPE '!'. */
    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
