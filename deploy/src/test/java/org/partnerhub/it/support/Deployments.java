package org.partnerhub.it.support;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Arquillian deployments: the real, packaged WAR plus the test classes (and AssertJ), so that in-container tests run
 * against exactly what ships.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive packagedWarWith(Class<?>... testClasses) {
        File war = new File(System.getProperty("partnerhub.it.war", "target/lib/ROOT.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "partnerhub-it.war").importFrom(war).as(WebArchive.class);
        archive.addClasses(testClasses);
        archive.addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        return archive;
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
