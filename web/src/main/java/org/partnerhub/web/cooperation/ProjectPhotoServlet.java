package org.partnerhub.web.cooperation;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.partnerhub.application.cooperation.ProjectService;
import org.partnerhub.domain.file.StoredFile;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.NotAuthenticatedException;
import org.partnerhub.web.security.RequestActor;

/**
 * The photos of a project's reports for the pages ({@code /project-photo?project=…&key=…}), for whoever may read the
 * project (the signed-in session; anybody for a showcase case). The API offers the same with a bearer token.
 */
@WebServlet(urlPatterns = "/project-photo")
public class ProjectPhotoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProjectService projects;

    @Inject
    transient RequestActor actor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long project;
        try {
            project = Long.valueOf(request.getParameter("project"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<StoredFile> photo;
        try {
            photo = projects.photo(actor.get(), project, request.getParameter("key"));
        } catch (NotAuthenticatedException e) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        } catch (ForbiddenException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (photo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(photo.get().getType().mediaType());
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(photo.get().getContent().length);
        response.getOutputStream().write(photo.get().getContent());
    }
}
