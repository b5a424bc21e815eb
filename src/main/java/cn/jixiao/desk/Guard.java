package cn.jixiao.desk;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Who may drive the desk: only the person who started it. The server listens on loopback only;
 * every request must carry the random token made at start (in the address first opened, then in
 * a cookie that the browser sends to this page alone, SameSite=Strict); a request naming another
 * host is refused (a web page that rebinds its name to 127.0.0.1 cannot reach it); and every POST
 * must also carry the token in a header, which another site's page cannot set, nor read from ours.
 */
final class Guard {

    static final String HEADER = "X-Jixiao-Token";

    /** Why a request is refused (a key into the desk's words), or null when it may proceed. */
    enum Refusal { HOST, TOKEN, FORM }

    private final String token;
    private final int port;

    Guard(String token, int port) {
        this.token = token;
        this.port = port;
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String token() {
        return token;
    }

    /** Desks on other ports of this machine keep their own cookie. */
    String cookieName() {
        return "jixiao_desk_" + port;
    }

    String cookie() {
        return cookieName() + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    Refusal check(HttpExchange ex, String queryToken) {
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null || !(host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port))) {
            return Refusal.HOST;
        }
        if (!matches(queryToken) && !matches(cookieToken(ex))) {
            return Refusal.TOKEN;
        }
        if (ex.getRequestMethod().equals("POST")) {
            String origin = ex.getRequestHeaders().getFirst("Origin");
            boolean sameOrigin = origin == null || origin.equals("http://" + host);
            if (!sameOrigin || !matches(ex.getRequestHeaders().getFirst(HEADER))) {
                return Refusal.FORM;
            }
        }
        return null;
    }

    private String cookieToken(HttpExchange ex) {
        List<String> headers = ex.getRequestHeaders().get("Cookie");
        if (headers == null) {
            return null;
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                String p = part.trim();
                if (p.startsWith(cookieName() + "=")) {
                    return p.substring(cookieName().length() + 1);
                }
            }
        }
        return null;
    }

    /** Compared in constant time, so the token cannot be guessed a character at a time. */
    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
