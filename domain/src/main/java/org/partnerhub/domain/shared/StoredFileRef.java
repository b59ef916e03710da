package org.partnerhub.domain.shared;

/** A file in the file store: its generated key, what it is, how large, and the name its owner gave it. */
public record StoredFileRef(String key, DocumentType type, long size, String originalName) {}
