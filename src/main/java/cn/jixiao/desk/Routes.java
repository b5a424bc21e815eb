package cn.jixiao.desk;

import cn.jixiao.i18n.Messages;
import cn.jixiao.i18n.UserError;
import cn.jixiao.report.FindingsHtml;
import cn.jixiao.rollup.Rollup;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What each address of the desk does; every one behind the {@link Guard}. */
final class Routes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PARTS = List.of("registry", "packs", "returns", "book", "check", "changes");

    private final Year year;
    private final Guard guard;
    private final Jobs jobs;
    private final Pages pages;
    private final Messages messages;
    private final Uploads uploads;
    private final Analysis analysis;

    Routes(Year year, Guard guard, Jobs jobs, Pages pages, Messages messages, Uploads uploads) {
        this.year = year;
        this.guard = guard;
        this.jobs = jobs;
        this.pages = pages;
        this.messages = messages;
        this.uploads = uploads;
        this.analysis = new Analysis(year, messages);
    }

    void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> query = Http.query(ex);
            Guard.Refusal refusal = guard.check(ex, query.get("token"));
            if (refusal != null) {
                refuse(ex, 403, pages.word("refused." + refusal.name().toLowerCase(java.util.Locale.ROOT)));
                return;
            }
            String path = ex.getRequestURI().getPath();
            if (query.containsKey("token")) {
                // The token moves from the address into the cookie, and out of the address bar and history.
                Http.redirect(ex, path, guard.cookie());
                return;
            }
            Body body = new Body(ex.getRequestBody());
            try {
                if (ex.getRequestMethod().equals("POST")) {
                    post(ex, path, query, body);
                } else if (ex.getRequestMethod().equals("GET")) {
                    get(ex, path, query);
                } else {
                    refuse(ex, 405, pages.word("refused.method"));
                }
            } catch (UserError e) {
                int status = e.msg().key().equals("desk.job.busy") ? 409
                        : e.msg().key().equals("desk.upload.tooLarge") ? 413 : 400;
                if (ex.getRequestMethod().equals("POST")) {
                    body.drain();
                    answer(ex, status, false, messages.render(e.msg()));
                } else {
                    refuse(ex, status, messages.render(e.msg()));
                }
            }
        } catch (IOException e) {
            // the browser went away mid-answer: the desk keeps serving the next request
        } catch (RuntimeException | Error e) {
            // a bug: said on the terminal, and the desk keeps serving the next request
            String message = messages.get("error.internal", String.valueOf(e));
            System.err.println(message);
            try {
                refuse(ex, 500, message);
            } catch (IOException | RuntimeException again) {
                // the answer had already begun: the browser sees it cut short
            }
        }
    }

    private void get(HttpExchange ex, String path, Map<String, String> query) throws IOException {
        switch (path) {
            case "/" -> Http.send(ex, 200, Http.HTML, pages.render("desk.ftlh", page(PARTS)));
            case "/job" -> Http.send(ex, 200, Http.JSON, JSON.writeValueAsString(jobs.snapshot()));
            case "/stamp" -> Http.send(ex, 200, Http.JSON, JSON.writeValueAsString(Map.of("stamp", year.stamp(true))));
            case "/download/pack" -> Http.file(ex, existing(year.packsDir(), query.get("name")), Http.XLSX);
            case "/download/packs.zip" -> Http.zip(ex, year.packsDir().getFileName() + ".zip", packs());
            case "/download/book" -> Http.file(ex, existing(year.bookFile().getParent(),
                    year.bookFile().getFileName().toString()), Http.XLSX);
            case "/report" -> report(ex);
            case "/static/desk.js" -> resource(ex, "desk.js", "text/javascript; charset=utf-8");
            case "/static/desk.css" -> resource(ex, "desk.css", "text/css; charset=utf-8");
            default -> {
                if (path.startsWith("/part/") && PARTS.contains(path.substring(6))) {
                    Map<String, Object> model = page(List.of(path.substring(6)));
                    model.put("part", path.substring(6));
                    Http.send(ex, 200, Http.HTML, pages.render("part.ftlh", model));
                } else {
                    refuse(ex, 404, pages.word("refused.notFound"));
                }
            }
        }
    }

    private void post(HttpExchange ex, String path, Map<String, String> query, Body body) throws IOException {
        switch (path) {
            case "/upload/return" -> {
                answer(ex, 200, true, uploads.saveReturn(query.get("name"), Http.contentLength(ex), body).message());
            }
            case "/upload/registry" -> {
                if (jobs.running()) {
                    throw new UserError("desk.job.busy", jobs.snapshot().label(),
                            String.valueOf(jobs.snapshot().done()), String.valueOf(jobs.snapshot().total()));
                }
                answer(ex, 200, true, uploads.saveRegistry(query.get("name"), Http.contentLength(ex), body).message());
            }
            case "/fill" -> {
                boolean force = "true".equals(query.get("force"));
                jobs.start("fill", pages.word("job.fill"), p -> {
                    int n = year.fill(force, p).size();
                    return messages.get("desk.fill.done", String.valueOf(n), year.packsDir().getFileName());
                });
                answer(ex, 202, true, pages.word("job.fill"));
            }
            case "/rollup" -> {
                jobs.start("rollup", pages.word("job.rollup"), p -> {
                    Rollup.Result r = year.rollup(p);
                    return messages.get("rollup.done", year.bookFile().getFileName(), String.valueOf(r.units()),
                            String.valueOf(r.projects()), year.money().label());
                });
                answer(ex, 202, true, pages.word("job.rollup"));
            }
            default -> answer(ex, 404, false, pages.word("refused.notFound"));
        }
    }

    /** The model of the page, or of some of its sections. */
    private Map<String, Object> page(List<String> parts) {
        Map<String, Object> model = new HashMap<>();
        model.put("workspace", year.dir().toString());
        model.put("config", year.config());
        model.put("token", guard.token());
        model.put("maxUpload", Long.toString(uploadLimit()));
        model.put("maxUploadText", Uploads.megabytes(uploadLimit()));
        model.put("job", jobs.snapshot());
        Map<String, String> states = new HashMap<>();
        for (var state : cn.jixiao.rollup.UnitStatus.State.values()) {
            states.put(state.name(), messages.get("status.state." + state.name()));
        }
        model.put("stateLabels", states);
        if (parts.contains("registry")) {
            model.put("registry", analysis.registry());
        }
        if (parts.contains("packs")) {
            model.put("packs", Views.files(packs()));
        }
        if (parts.contains("book")) {
            Path book = year.bookFile();
            model.put("book", Files.isRegularFile(book) ? Views.files(List.of(book)).get(0) : null);
        }
        if (parts.contains("returns") || parts.contains("check") || parts.contains("changes")) {
            if (parts.size() == 1) {
                Analysis.Returned r = analysis.returned();
                model.put("returned", r);
                model.put("returnFiles", Views.files(Year.workbooks(year.returnsDir())));
            } else {
                model.put("lazy", Boolean.TRUE); // the returns take seconds to read: the page asks for them after it shows
            }
        }
        return model;
    }

    private long uploadLimit() {
        return uploads.limits().maxBytes();
    }

    private List<Path> packs() {
        return Year.workbooks(year.packsDir());
    }

    /** A file the page listed; a name pointing anywhere else is refused. */
    private Path existing(Path folder, String name) {
        Path file = SafeNames.inside(folder, name);
        if (!Files.isRegularFile(file)) {
            throw new UserError("desk.download.missing", file.getFileName());
        }
        return file;
    }

    /** The full check report, as `check --html` writes it. */
    private void report(HttpExchange ex) throws IOException {
        Analysis.Returned r = analysis.returned();
        if (r.error() != null) {
            throw new UserError("desk.report.none", r.error());
        }
        List<Map<String, String>> rows = r.raw().changes().stream()
                .map(c -> cn.jixiao.diff.ChangeLabels.textRow(c, messages)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FindingsHtml().write(r.findings(), rows, true, FindingsHtml.texts(messages, r.findings()),
                messages.get("check.html.title"), out);
        Http.send(ex, 200, Http.HTML, out.toString(StandardCharsets.UTF_8));
    }

    /**
     * A request's body, read at most once. What is left of a refused upload is read and dropped
     * (up to a bound), so the browser gets to read the refusal rather than a connection cut while
     * it was still sending.
     */
    private static final class Body extends java.io.FilterInputStream {
        private boolean closed;

        Body(InputStream in) {
            super(in);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }

        void drain() {
            if (closed) {
                return;
            }
            try {
                long left = 256L * 1024 * 1024;
                byte[] skip = new byte[64 * 1024];
                for (int n; left > 0 && (n = read(skip)) > 0; ) {
                    left -= n;
                }
            } catch (IOException e) {
                // the browser stopped sending: nothing more to read
            }
        }
    }

    private void resource(HttpExchange ex, String name, String type) throws IOException {
        try (InputStream in = Routes.class.getResourceAsStream("/cn/jixiao/desk/" + name)) {
            Http.send(ex, 200, type, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void refuse(HttpExchange ex, int status, String message) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("message", message);
        model.put("status", status);
        Http.send(ex, status, Http.HTML, pages.render("refused.ftlh", model));
    }

    private void answer(HttpExchange ex, int status, boolean ok, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", ok);
        body.put("message", message);
        Http.send(ex, status, Http.JSON, JSON.writeValueAsString(body));
    }
}
