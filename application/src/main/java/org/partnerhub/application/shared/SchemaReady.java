package org.partnerhub.application.shared;

/** Fired once at start-up, after the migrations have brought the schema up to date. Seeders observe it. */
public record SchemaReady(int migrationsApplied) {}
