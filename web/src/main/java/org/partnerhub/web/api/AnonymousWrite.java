package org.partnerhub.web.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation the public may call to write something (an application, a document, a status-link act): a call
 * without an {@code Authorization} header is counted against the anonymous-write limits ({@link AnonymousWriteFilter})
 * before its body is read.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnonymousWrite {
}
