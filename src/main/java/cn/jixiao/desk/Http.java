package cn.jixiao.desk;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Reading a request's parameters and sending answers: pages, JSON, and files streamed as they are read. */
final class Http {

    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Http() {
    }

    static Map<String, String> query(HttpExchange ex) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }

    static long contentLength(HttpExchange ex) {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Headers every answer carries: nothing from elsewhere, not framed, no address leaked onward. */
    private static void common(HttpExchange ex, String type) {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
                + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    }

    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        common(ex, type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void redirect(HttpExchange ex, String location, String cookie) throws IOException {
        common(ex, HTML);
        if (cookie != null) {
            ex.getResponseHeaders().add("Set-Cookie", cookie);
        }
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(303, -1);
        ex.close();
    }

    /** A file as a download under its own name, streamed from disk. */
    static void file(HttpExchange ex, Path file, String type) throws IOException {
        common(ex, type);
        ex.getResponseHeaders().set("Content-Disposition", attachment(file.getFileName().toString()));
        ex.sendResponseHeaders(200, Files.size(file));
        try (OutputStream out = ex.getResponseBody()) {
            Files.copy(file, out);
        }
    }

    /** Files as one zip, written to the browser as it is made (chunked: its length is not known before). */
    static void zip(HttpExchange ex, String name, List<Path> files) throws IOException {
        common(ex, "application/zip");
        ex.getResponseHeaders().set("Content-Disposition", attachment(name));
        ex.sendResponseHeaders(200, 0);
        try (ZipOutputStream zip = new ZipOutputStream(ex.getResponseBody(), StandardCharsets.UTF_8)) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
    }

    /** RFC 6266: an ASCII fallback and the real (Chinese) name. */
    private static String attachment(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
