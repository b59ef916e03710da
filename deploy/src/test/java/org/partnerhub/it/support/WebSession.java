package org.partnerhub.it.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session for page tests without a browser: keeps cookies, and fills and submits Faces forms
 * (finding the form's ViewState as a browser would).
 */
public final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"(\\w+)\"[^>]*action=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public WebSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** Opens {@code path}, fills the form {@code formId} with {@code fields} (by their short ids) and presses {@code button}. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button) {
        HttpResponse<String> page = get(path);
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher form = FORM_ACTION.matcher(page.body());
        String action = null;
        while (form.find()) {
            if (form.group(1).equals(formId)) {
                action = form.group(2).replace("&amp;", "&");
            }
        }
        if (!state.find() || action == null) {
            throw new IllegalStateException("No form " + formId + " on " + path + " (" + page.statusCode() + ")");
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put(formId, formId);
        fields.forEach((k, v) -> data.put(formId + ":" + k, v));
        data.put(formId + ":" + button, "x");
        data.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        String body = data.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Signs in through the login page; true when the page answered with the redirect of a successful sign-in. */
    public boolean signIn(String username, String password) {
        HttpResponse<String> answer = submit("/login", "login", Map.of("username", username, "password", password), "submit");
        return answer.statusCode() == 302;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(c -> c.getValue())
                .findFirst()
                .orElse(null);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
