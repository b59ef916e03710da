package org.partnerhub.domain.shared;

/**
 * The record changed since the editor read it (optimistic locking): nothing is overwritten unseen. The API answers 412
 * to a stale If-Match; a page tells the editor to reload.
 */
public class StaleEditException extends ConflictException {

    public StaleEditException() {
        super(Message.of("edit.stale"));
    }
}
