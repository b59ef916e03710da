package org.partnerhub.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.domain.shared.StaleEditException;

/**
 * The one place where exceptions become HTTP answers. Business exceptions keep their own status; wrappers added on the
 * way out of a transaction or an EJB are unwrapped first; anything unexpected is logged with an incident number and
 * answered as a bare 500 that carries the number and nothing else.
 */
public final class ExceptionMappers {

    private ExceptionMappers() {}

    /** Finds the business exception inside transaction and EJB wrappers, if any. */
    static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; current != null && depth < 10; depth++) {
            if (current instanceof BusinessException || current instanceof WebApplicationException) {
                return current;
            }
            // the persistence layer's own refusals, known by name (the web module does not see JPA or JDBC): two
            // writers met on one row, or on one unique key, at the same moment
            String name = current.getClass().getSimpleName();
            if (name.equals("OptimisticLockException")) {
                return new StaleEditException();
            }
            if (name.equals("SQLIntegrityConstraintViolationException")) {
                return new ConflictException(Message.of("edit.concurrent"));
            }
            current = current.getCause();
        }
        return thrown;
    }

    @Provider
    public static class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(BusinessException exception) {
            return Problems.of(exception, headers, uri);
        }
    }

    /** JAX-RS's own answers (no such path, method not allowed, unsupported media type, …) as problems too. */
    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

        private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            int status = original == null ? 500 : original.getStatus();
            if (status >= 500) {
                String incident = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Incident " + incident, exception);
                return Problems.serverError(incident, headers, uri);
            }
            String detail = Messages.format(Problems.locale(headers), "problem.http." + status + ".detail");
            Response problem = Problems.of(status, detail.startsWith("problem.") ? null : detail, headers, uri);
            if (original != null && original.getHeaderString("Allow") != null) {
                return Response.fromResponse(problem).header("Allow", original.getHeaderString("Allow")).build();
            }
            return problem;
        }
    }

    /** Everything else: unwrap, or log and answer 500 without a trace of the cause. */
    @Provider
    public static class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable exception) {
            Throwable cause = unwrap(exception);
            if (cause instanceof BusinessException business) {
                return Problems.of(business, headers, uri);
            }
            if (cause instanceof WebApplicationException web && web.getResponse() != null
                    && web.getResponse().getStatus() < 500) {
                return Problems.of(web.getResponse().getStatus(), null, headers, uri);
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident, exception);
            return Problems.serverError(incident, headers, uri);
        }
    }
}
