package cn.jixiao.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.i18n.Messages;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.TestData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's guard and its refusals, spoken to over HTTP the way a browser (or another program) would. */
class DeskHttpTest {

    private static final long LIMIT = 256 * 1024;

    @TempDir
    Path dir;

    private Path ws;
    private Desk desk;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        ws = dir.resolve("办公室");
        assertEquals(0, CliRun.of("init", ws.toString()).exitCode());
        Files.copy(TestData.registry("pujiang-2024-mubiao.yaml"), ws.resolve("登记表.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        desk = Desk.start(new Desk.Options(ws, 0, LIMIT, 100, Messages.chinese()));
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    private String base() {
        return "http://127.0.0.1:" + desk.port();
    }

    private String cookie() {
        String token = desk.address().getQuery().substring("token=".length());
        return "jixiao_desk_" + desk.port() + "=" + token;
    }

    private String token() {
        return desk.address().getQuery().substring("token=".length());
    }

    private HttpResponse<String> get(String path, boolean withCookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
        if (withCookie) {
            b.header("Cookie", cookie());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Cookie", cookie())
                .header(Guard.HEADER, token()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String name(String n) {
        return URLEncoder.encode(n, StandardCharsets.UTF_8);
    }

    private List<String> returnsFolder() throws Exception {
        try (Stream<Path> s = Files.list(ws.resolve("2-交回"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theTokenInTheAddressBecomesAStrictCookieAndNothingIsServedWithoutIt() throws Exception {
        HttpResponse<String> none = get("/", false);
        assertEquals(403, none.statusCode());
        assertTrue(none.body().contains("缺少或带错了令牌"), none.body());
        assertFalse(none.body().contains(token()), "the refusal does not give the token away");
        assertEquals(403, get("/download/packs.zip", false).statusCode());
        assertEquals(403, get("/?token=wrong" + token().substring(5), false).statusCode());

        HttpResponse<String> first = http.send(HttpRequest.newBuilder(desk.address()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, first.statusCode());
        assertEquals("/", first.headers().firstValue("Location").orElseThrow(), "the token leaves the address bar");
        String setCookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith(cookie() + ";"), setCookie);
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);

        HttpResponse<String> page = get("/", true);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("pujiang-2024") || page.body().contains("登记表.yaml"), "the registry is shown");
        assertTrue(page.body().contains("104"), "the registry's projects are counted");
        assertFalse(page.body().contains("http://") && page.body().contains("https://"), "nothing loaded from elsewhere");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'self'"));
    }

    @Test
    void aPostWithoutTheTokenHeaderOrFromAnotherSiteIsRefusedAndChangesNothing() throws Exception {
        HttpResponse<String> noHeader = http.send(HttpRequest.newBuilder(URI.create(base() + "/fill"))
                .header("Cookie", cookie()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noHeader.statusCode(), "a cookie alone is what a forged form would send");
        HttpResponse<String> otherSite = http.send(HttpRequest.newBuilder(URI.create(base() + "/fill"))
                .header("Cookie", cookie()).header(Guard.HEADER, token()).header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, otherSite.statusCode());
        assertFalse(Files.exists(ws.resolve("1-填报")), "no pack was made");
    }

    @Test
    void anotherHostNameIsRefusedEvenWithTheToken() throws Exception {
        // A page whose DNS name is rebound to 127.0.0.1 still sends its own name as Host.
        try (Socket s = new Socket("127.0.0.1", desk.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /?token=" + token() + " HTTP/1.1\r\nHost: evil.example:" + desk.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("HTTP/1.1 403 Forbidden", status);
        }
    }

    @Test
    void namesWithDotsOrFoldersAreRefusedAndNothingIsWrittenOutsideTheWorkspace() throws Exception {
        HttpResponse<String> download = get("/download/pack?name=" + name("../jixiao.yaml"), true);
        assertEquals(400, download.statusCode());
        assertTrue(download.body().contains("“../jixiao.yaml”含有“..”"), download.body());
        assertFalse(download.body().contains("registry:"), "the file's content is not sent");

        byte[] pack = Files.readAllBytes(fillOne());
        for (String bad : List.of("../逃出.xlsx", "..\\逃出.xlsx", "子目录/逃出.xlsx", ".隐藏.xlsx", "a:b.xlsx")) {
            HttpResponse<String> up = post("/upload/return?name=" + name(bad), pack);
            assertEquals(400, up.statusCode(), bad);
            assertTrue(up.body().contains("已拒绝"), up.body());
        }
        assertFalse(Files.exists(ws.resolve("逃出.xlsx")));
        assertFalse(Files.exists(dir.resolve("逃出.xlsx")));
        assertEquals(List.of(), returnsFolder());
    }

    @Test
    void anOversizedOrNonWorkbookUploadIsRefusedWithAMessageAndWhatCameBeforeIsKept() throws Exception {
        Path pack = fillOne();
        byte[] bytes = Files.readAllBytes(pack);
        String packName = pack.getFileName().toString();
        HttpResponse<String> good = post("/upload/return?name=" + name(packName), bytes);
        assertEquals(200, good.statusCode(), good.body());
        assertTrue(good.body().contains("已收到"), good.body());

        HttpResponse<String> big = post("/upload/return?name=" + name("大文件.xlsx"), new byte[(int) LIMIT * 3]);
        assertEquals(413, big.statusCode());
        assertTrue(big.body().contains("大文件.xlsx：超过上传上限 0.3 MB，未保存"), big.body());

        HttpResponse<String> text = post("/upload/return?name=" + name("说明.xlsx"),
                "这是一份说明，不是工作簿".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, text.statusCode());
        assertTrue(text.body().contains("说明.xlsx：未保存") && text.body().contains("不是 Excel 工作簿"), text.body());
        assertFalse(text.body().contains(".jixiao-desk-upload"), "the message names the file, not where it was staged");

        HttpResponse<String> pdf = post("/upload/return?name=" + name("扫描件.pdf"), bytes);
        assertEquals(400, pdf.statusCode());

        assertEquals(List.of(packName), returnsFolder(), "only the good file; no temporary left behind");
        assertEquals(-1, Files.mismatch(pack, ws.resolve("2-交回").resolve(packName)), "kept byte for byte as received");
    }

    @Test
    void aNewerFileOfTheSameNameReplacesTheOlderWhichIsKeptAside() throws Exception {
        Path pack = fillOne();
        String packName = pack.getFileName().toString();
        byte[] first = Files.readAllBytes(pack);
        assertEquals(200, post("/upload/return?name=" + name(packName), first).statusCode());
        HttpResponse<String> same = post("/upload/return?name=" + name(packName), first);
        assertTrue(same.body().contains("完全相同"), same.body());

        byte[] second = Files.readAllBytes(ws.resolve("1-填报").resolve(packsOtherThan(packName)));
        HttpResponse<String> newer = post("/upload/return?name=" + name(packName), second);
        assertEquals(200, newer.statusCode(), newer.body());
        assertTrue(newer.body().contains("替换了同名的旧文件"), newer.body());
        assertEquals(-1, Files.mismatch(ws.resolve("2-交回").resolve(packName), writeTemp(second)));
        try (Stream<Path> kept = Files.walk(ws.resolve("已替换的旧文件"))) {
            Path old = kept.filter(Files::isRegularFile).findFirst().orElseThrow();
            assertEquals(-1, Files.mismatch(old, writeTemp(first)), "the older file is kept as it was");
        }
    }

    @Test
    void aNewRegistryIsUsedOnlyOnceItReadsAndJixiaoYamlKeepsItsComments() throws Exception {
        String before = Files.readString(ws.resolve("jixiao.yaml"));
        HttpResponse<String> broken = post("/upload/registry?name=" + name("坏的.yaml"),
                "year: 2024\nform: mubiao\nmoney_unit: 万元\nunits:\n  - name: 甲\n    projects:\n      - nmae: 乙\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("坏的.yaml：未保存") && broken.body().contains("第 7 行"), broken.body());
        assertEquals(before, Files.readString(ws.resolve("jixiao.yaml")), "still the registry it was");
        assertFalse(Files.exists(ws.resolve("坏的.yaml")));

        byte[] xidu = Files.readAllBytes(TestData.registry("xidu-2024-shenbao.yaml"));
        HttpResponse<String> good = post("/upload/registry?name=" + name("西渡.yaml"), xidu);
        assertEquals(200, good.statusCode(), good.body());
        String after = Files.readString(ws.resolve("jixiao.yaml"));
        assertTrue(after.contains("registry: \"西渡.yaml\"   "), after);
        assertEquals(before.lines().filter(l -> l.startsWith("#")).toList(),
                after.lines().filter(l -> l.startsWith("#")).toList(), "the office's comments stay");
        assertEquals(-1, Files.mismatch(ws.resolve("西渡.yaml"), TestData.registry("xidu-2024-shenbao.yaml")));
        assertTrue(ws.resolve("登记表.yaml").toFile().isFile(), "the old registry is still there");
        assertTrue(get("/part/registry", true).body().contains("西渡.yaml"));
    }

    @Test
    void aSecondJobWhileOneRunsIsRefusedWithWhatIsRunning() throws Exception {
        HttpResponse<String> fill = post("/fill", new byte[0]);
        assertEquals(202, fill.statusCode(), fill.body());
        HttpResponse<String> rollup = post("/rollup", new byte[0]);
        assertEquals(409, rollup.statusCode(), rollup.body());
        assertTrue(rollup.body().contains("正在进行“生成填报工作簿”"), rollup.body());
        waitForJob();
        try (Stream<Path> packs = Files.list(ws.resolve("1-填报"))) {
            assertEquals(16, packs.count());
        }
        HttpResponse<String> again = post("/fill", new byte[0]);
        assertEquals(202, again.statusCode());
        String job = waitForJob();
        assertTrue(job.contains("已存在") && job.contains("覆盖已有的填报工作簿"), job);
    }

    private String waitForJob() throws Exception {
        for (int i = 0; i < 600; i++) {
            String job = get("/job", true).body();
            if (job.contains("\"running\":false")) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the job did not finish");
    }

    private Path fillOne() throws Exception {
        assertEquals(202, post("/fill", new byte[0]).statusCode());
        String job = waitForJob();
        assertTrue(job.contains("已生成 16 个填报工作簿"), job);
        try (Stream<Path> packs = Files.list(ws.resolve("1-填报"))) {
            return packs.sorted().findFirst().orElseThrow();
        }
    }

    private String packsOtherThan(String name) throws Exception {
        try (Stream<Path> packs = Files.list(ws.resolve("1-填报"))) {
            return packs.map(p -> p.getFileName().toString()).filter(n -> !n.equals(name)).findFirst().orElseThrow();
        }
    }

    private Path writeTemp(byte[] bytes) throws Exception {
        Path p = Files.createTempFile(dir, "cmp", ".xlsx");
        Files.write(p, bytes);
        return p;
    }
}
