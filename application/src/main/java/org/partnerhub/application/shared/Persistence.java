package org.partnerhub.application.shared;

/** Names shared by the persistence unit, the datasource definition and the code that uses them. */
public final class Persistence {

    /** The JNDI name of the application's datasource; the web module defines it from MicroProfile Config. */
    public static final String DATASOURCE = "java:app/jdbc/partnerhub";

    /** The persistence unit declared in the domain module's {@code META-INF/persistence.xml}. */
    public static final String UNIT = "partnerhub";

    private Persistence() {}
}
