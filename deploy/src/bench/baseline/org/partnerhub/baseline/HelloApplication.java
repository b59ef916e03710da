package org.partnerhub.baseline;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The load benchmark's baseline: a bare JAX-RS application on the same Payara Micro, nothing of Partner Hub. */
@ApplicationPath("/api")
public class HelloApplication extends Application {}
