package org.partnerhub.application.shared;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Stops the start (the deployment fails with the reason in the log) when a required setting is missing. */
@ApplicationScoped
public class RequiredSettingsCheck {

    @Inject
    PersonalDataCipher cipher;

    void check(@Observes @Priority(10) SchemaReady ready) {
        cipher.check();
    }
}
