package org.partnerhub.application.partner;

/** A document's bytes, with the name and media type to serve it under. */
public record FileContent(String name, String mediaType, byte[] content) {}
