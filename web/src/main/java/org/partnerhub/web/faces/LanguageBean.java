package org.partnerhub.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.partnerhub.web.shared.Languages;

/**
 * The language of the page. A visible switch ({@code ?lang=en} / {@code ?lang=zh}) wins and is remembered in a cookie;
 * otherwise the cookie; otherwise the browser's Accept-Language; otherwise Chinese. Kept out of the session, so that
 * reading public pages never creates one.
 */
@Named("lang")
@RequestScoped
public class LanguageBean {

    static final String PARAM = "lang";
    static final String COOKIE = "partnerhub-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Locale chosen = Languages.supported(request.getParameter(PARAM));
        if (chosen != null) {
            remember(request, (HttpServletResponse) external.getResponse(), chosen);
            locale = chosen;
            return;
        }
        Locale remembered = rememberedLocale(request);
        if (remembered != null) {
            locale = remembered;
        } else if (request.getHeader("Accept-Language") != null) {
            locale = Languages.pick(Collections.list(request.getLocales()));
        } else {
            // without the header the container reports the server's own locale, which says nothing about the reader
            locale = Languages.CHINESE;
        }
    }

    private static Locale rememberedLocale(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return Languages.supported(cookie.getValue());
            }
        }
        return null;
    }

    private static void remember(HttpServletRequest request, HttpServletResponse response, Locale chosen) {
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    public Locale getLocale() {
        return locale;
    }

    /** The value of the page's {@code lang} attribute. */
    public String getTag() {
        return isEnglish() ? "en" : "zh-CN";
    }

    public boolean isEnglish() {
        return Languages.isEnglish(locale);
    }

    /** The current page, with its query, in the other language. */
    public String getSwitchUrl() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwardedUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String uri = forwardedUri != null ? forwardedUri.toString() : request.getRequestURI();
        String query = forwardedUri != null ? (String) forwardedQuery : request.getQueryString();
        List<String> kept = new ArrayList<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals(PARAM) && !pair.startsWith(PARAM + "=")) {
                    kept.add(pair);
                }
            }
        }
        kept.add(PARAM + "=" + URLEncoder.encode(isEnglish() ? "zh" : "en", StandardCharsets.UTF_8));
        return uri + "?" + String.join("&", kept);
    }
}
