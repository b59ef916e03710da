package org.partnerhub.web.partner;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.partnerhub.application.partner.FileContent;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.security.PublicLinksFilter;

/**
 * Documents for the pages ({@code /documents/application/{number}/{id}}): for the applicant with {@code ?token=},
 * for a reviewer by the signed-in session (the API offers the same with a bearer token). Always as an attachment.
 */
@WebServlet(urlPatterns = "/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OnboardingService onboarding;

    @Inject
    transient RequestActor actor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 4 || !"application".equals(parts[1])) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long id;
        try {
            id = Long.valueOf(parts[3]);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileContent file;
        try {
            String token = request.getParameter("token");
            file = token != null ? onboarding.document(parts[2], token, id)
                    : onboarding.reviewDocument(actor.get(), parts[2], id);
        } catch (NotAuthenticatedException e) {
            PublicLinksFilter.redirect(request, response, request.getContextPath() + "/login");
            return;
        } catch (ForbiddenException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", Downloads.disposition(file.name()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
