package org.partnerhub.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * A form posted with a view state the server no longer has (the session ended, the server restarted, the page was
 * open too long, or the field is missing or someone else's) is not a server error: the user is sent back to the page
 * they were on — the address keeps its query, so the record they were looking at — with a message to fill the form in
 * again; if their session ended meanwhile, to the sign-in page first, which returns them there. Nothing is logged as an
 * error and no stack trace is written, since no fault of ours happened (a forged post lands here too, and gets nothing).
 */
public class ViewExpiredHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ViewExpiredHandler.class.getName());

    public ViewExpiredHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ViewExpiredHandler(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            Throwable thrown = events.next().getContext().getException();
            if (expired(thrown) && !faces.getResponseComplete()) {
                events.remove();
                sendBack(faces);
            }
        }
        getWrapped().handle();
    }

    private static boolean expired(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
                return true;
            }
        }
        return false;
    }

    private static void sendBack(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int semicolon = path.indexOf(';');
        if (semicolon >= 0) {
            // a path parameter (;jsessionid=…) from the form's action
            path = path.substring(0, semicolon);
        }
        String page = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        Locale locale = locale(faces);
        String key = sessionEnded ? "viewExpired.signInAgain" : "viewExpired.resubmit";
        LOG.fine(() -> "Expired or unknown view state on " + page + (sessionEnded ? " (session ended)" : ""));
        external.getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                ResourceBundle.getBundle("i18n.messages", locale).getString(key), null));
        String target = sessionEnded
                ? "/login?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8)
                : page;
        try {
            external.redirect(external.getRequestContextPath() + target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static Locale locale(FacesContext faces) {
        try {
            Locale locale = faces.getApplication().evaluateExpressionGet(faces, "#{lang.locale}", Locale.class);
            return locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        } catch (RuntimeException e) {
            return Locale.SIMPLIFIED_CHINESE;
        }
    }
}
