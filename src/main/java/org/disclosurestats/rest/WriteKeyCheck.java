package org.disclosurestats.rest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Says at start-up when no token can verify, so a deployment that forgot its key is not a silent 401 on every write. */
@ApplicationScoped
public class WriteKeyCheck {

    /** The empty JWKS application.properties falls back to when JWT_PUBLIC_KEY_LOCATION is not set. */
    static final String NO_KEYS = "jwt/no-keys.jwks";
    private static final Logger LOG = Logger.getLogger(WriteKeyCheck.class);

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String keyLocation;

    void warnWithoutKey(@Observes StartupEvent start) {
        if (NO_KEYS.equals(keyLocation)) {
            LOG.warn("No JWT verification key is configured (JWT_PUBLIC_KEY_LOCATION): reads work, every write answers 401.");
        }
    }
}
