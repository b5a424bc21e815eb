package cn.jixiao.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jixiao.i18n.Messages;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.registry.Unit;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.FilledBook;
import cn.jixiao.support.TestData;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk in a real browser, as an officer uses it: Debian's chromium driven through its own
 * chromedriver (never one downloaded), headless. The year's round on the Pujiang registry, then
 * the refusals. Screenshots go to target/desk-screenshots, and with -Djixiao.screenshots=DIR also
 * there (docs/images for the guide).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String MISSING_UNIT = "上海市闵行区浦江镇人民武装部";
    private static final String EDITED_UNIT = "上海市闵行区浦江镇人大办公室";

    @TempDir
    Path dir;

    private ChromeDriverService service;
    private WebDriver browser;
    private Path downloads;
    private Desk desk;

    @BeforeAll
    void startBrowser(@TempDir Path profile) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver (.ci/run installs them)");
        downloads = profile.resolve("downloads");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.resolve("chrome-profile"), "--window-size=1280,1000", "--lang=zh-CN");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @AfterEach
    void stopDesk() {
        if (desk != null) {
            desk.close();
        }
    }

    private Path workspace(long uploadLimit) {
        Path ws = dir.resolve("浦江镇财政所");
        assertEquals(0, CliRun.of("init", ws.toString()).exitCode());
        desk = Desk.start(new Desk.Options(ws, 0, uploadLimit, 100, Messages.chinese()));
        return ws;
    }

    /**
     * An element's data-unit and text, read together: the page may draw a part anew just after a
     * wait ends (a status refresh), which leaves an element found a moment before stale; the read
     * is then retried on the element drawn in its place.
     */
    private List<String> seen(By by) {
        return waiting(60).until(b -> {
            WebElement e = b.findElement(by);
            return List.of(String.valueOf(e.getAttribute("data-unit")), e.getText());
        });
    }

    private WebDriverWait waiting(int seconds) {
        // The page replaces its sections as files arrive: an element may go stale between two looks.
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(200));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The text of the first element the selector finds ("" for none), read again if the page redraws it meanwhile. */
    private String text(String css) {
        return waiting(60).until(b -> {
            List<WebElement> found = b.findElements(By.cssSelector(css));
            return found.isEmpty() ? "" : found.get(0).getText();
        });
    }

    @Test
    void theYearsRoundOnThePujiangRegistry() throws Exception {
        Path ws = workspace(Desk.Options.MAX_UPLOAD_BYTES);
        browser.get(desk.address().toString());
        waiting(30).until(b -> text("#registry-file").equals("登记表.yaml"));
        assertEquals("http://127.0.0.1:" + desk.port() + "/", browser.getCurrentUrl(), "the token left the address bar");

        // 登记表: upload the Pujiang registry
        Path registry = TestData.registry("pujiang-2024-mubiao.yaml").toAbsolutePath();
        browser.findElement(By.id("registry-input")).sendKeys(registry.toString());
        waiting(60).until(b -> text("#registry-file").equals("pujiang-2024-mubiao.yaml"));
        assertEquals("16", text("#registry-units"));
        assertEquals("104", text("#registry-projects"));
        assertTrue(text("#message").contains("已换用登记表 pujiang-2024-mubiao.yaml"), text("#message"));
        shot("desk-registry", "registry");

        // 填报: make the packs
        browser.findElement(By.id("fill-button")).click();
        waiting(300).until(b -> b.findElements(By.cssSelector("#packs-table a.pack")).size() == 16);
        assertTrue(text("#message").contains("已生成 16 个填报工作簿"), text("#message"));
        shot("desk-packs", "packs");

        // 回收: 15 of the 16 come back, one of them edited
        Path returns = dir.resolve("交回的工作簿");
        Files.createDirectories(returns);
        List<String> files = new ArrayList<>();
        try (Stream<Path> packs = Files.list(ws.resolve("1-填报"))) {
            for (Path pack : packs.sorted().toList()) {
                String name = pack.getFileName().toString();
                if (name.contains(MISSING_UNIT)) {
                    continue;
                }
                Path back = returns.resolve(name);
                if (name.contains(EDITED_UNIT)) {
                    correctFirstTarget(pack, back);
                } else {
                    Files.copy(pack, back);
                }
                files.add(back.toString());
            }
        }
        assertEquals(15, files.size());
        browser.findElement(By.id("returns-input")).sendKeys(String.join("\n", files));
        waiting(600).until(b -> count("COMPLETE") == 15 && count("MISSING") == 1
                && b.findElements(By.cssSelector("#part-changes .unit-changes")).size() == 1);
        assertEquals(15, browser.findElements(By.cssSelector("#upload-log li.ok")).size());
        List<String> missing = seen(By.cssSelector("#status-table tr[data-state='MISSING']"));
        assertEquals(MISSING_UNIT, missing.get(0));
        assertTrue(missing.get(1).contains("未交回"), missing.get(1));
        List<String> changed = seen(By.cssSelector("#part-changes .unit-changes"));
        assertEquals(EDITED_UNIT, changed.get(0));
        assertTrue(changed.get(1).contains("≥98%"), changed.get(1));
        assertEquals(1, browser.findElements(By.cssSelector("#status-table .tag")).size(), "one unit marked 有变更");
        for (String f : files) {
            Path kept = ws.resolve("2-交回").resolve(Path.of(f).getFileName());
            assertEquals(-1, Files.mismatch(Path.of(f), kept), "kept as received: " + kept.getFileName());
        }
        shot("desk-returns", "returns");
        shot("desk-changes", "changes");

        // 汇总: build the summary book and download it
        browser.findElement(By.id("rollup-button")).click();
        waiting(600).until(b -> !b.findElements(By.id("book-link")).isEmpty());
        assertTrue(text("#message").contains("15 个实施单位"), text("#message"));
        shot("desk-book", "book");
        browser.findElement(By.id("book-link")).click();
        Path book = waitForDownload("4-汇总表.xlsx");
        assertBookTotals(book);

        // 审核: findings inline, linked to their unit; the full report opens
        waiting(60).until(b -> !text("#check-summary").isEmpty());
        assertTrue(text("#check-summary").contains("项目 97") || text("#check-summary").contains("项目"),
                text("#check-summary"));
        shot("desk-check", "check");
        List<WebElement> unitLinks = browser.findElements(By.cssSelector("#part-check .unit-findings h3 a"));
        assertFalse(unitLinks.isEmpty(), "the Pujiang forms carry findings (a department cell holding a project name)");
        String target = unitLinks.get(0).getAttribute("href").replaceAll(".*#", "");
        assertFalse(browser.findElements(By.id(target)).isEmpty(), "a finding's unit links to its row under 回收");
        browser.get("http://127.0.0.1:" + desk.port() + "/report");
        String report = browser.findElement(By.tagName("body")).getText();
        assertTrue(report.contains("绩效表单审核报告") && report.contains("各实施单位概况") && report.contains("≥98%"), report);
    }

    @Test
    void refusalsShowAClearMessageAndLoseNothing() throws Exception {
        Path ws = workspace(300 * 1024);
        browser.get(desk.address().toString());
        waiting(30).until(b -> text("#registry-file").equals("登记表.yaml"));
        browser.findElement(By.id("fill-button")).click();
        waiting(300).until(b -> !b.findElements(By.cssSelector("#packs-table a.pack")).isEmpty());
        Path pack;
        try (Stream<Path> packs = Files.list(ws.resolve("1-填报"))) {
            pack = packs.findFirst().orElseThrow();
        }
        Path notWorkbook = dir.resolve("说明.xlsx");
        Files.writeString(notWorkbook, "这是一份说明，不是工作簿", StandardCharsets.UTF_8);
        Path oversized = dir.resolve("大文件.xlsx");
        Files.write(oversized, new byte[400 * 1024]);
        browser.findElement(By.id("returns-input")).sendKeys(pack.toAbsolutePath() + "\n" + notWorkbook + "\n" + oversized);
        waiting(120).until(b -> b.findElements(By.cssSelector("#upload-log li")).size() == 3);
        String log = text("#upload-log");
        assertTrue(log.contains("说明.xlsx：未保存") && log.contains("不是 Excel 工作簿"), log);
        assertTrue(log.contains("大文件.xlsx：超过上传上限"), log);
        assertTrue(log.contains("已收到 " + pack.getFileName()), log);
        waiting(120).until(b -> count("COMPLETE") == 1);
        try (Stream<Path> kept = Files.list(ws.resolve("2-交回"))) {
            assertEquals(List.of(pack.getFileName().toString()), kept.map(p -> p.getFileName().toString()).toList(),
                    "only the good file was kept");
        }
        shot("desk-refused-upload", "returns");

        browser.get("http://127.0.0.1:" + desk.port() + "/download/pack?name=..%2Fjixiao.yaml");
        assertTrue(text("#refused").contains("“../jixiao.yaml”含有“..”，已拒绝"), text("#refused"));

        browser.manage().deleteAllCookies();
        browser.get("http://127.0.0.1:" + desk.port() + "/");
        assertTrue(text("#refused").contains("缺少或带错了令牌"), text("#refused"));
        shot("desk-no-token", null);
    }

    private long count(String state) {
        List<WebElement> c = browser.findElements(By.cssSelector("#returns-summary [data-state='" + state + "']"));
        return c.isEmpty() ? -1 : Long.parseLong(c.get(0).getAttribute("data-count"));
    }

    /** A unit corrects its first project's first target value, as units do. */
    private static void correctFirstTarget(Path from, Path to) throws Exception {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet form = wb.getSheetAt(1);
            int header = -1;
            int column = -1;
            for (Row r : form) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains("指标值") && header < 0) {
                        header = r.getRowNum();
                        column = c.getColumnIndex();
                    }
                }
            }
            form.getRow(header + 1).getCell(column).setCellValue("≥98%");
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }

    private Path waitForDownload(String name) {
        Path file = downloads.resolve(name);
        waiting(60).until(b -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    /** The book's grand total: the registry's annual totals over the 15 units that returned. */
    private static void assertBookTotals(Path book) throws Exception {
        Registry r = new RegistryIO().read(TestData.registry("pujiang-2024-mubiao.yaml"));
        BigDecimal expected = BigDecimal.ZERO;
        int projects = 0;
        for (Unit u : r.units()) {
            if (u.name().equals(MISSING_UNIT)) {
                continue;
            }
            for (var p : u.projects()) {
                projects++;
                BigDecimal a = p.funds() == null ? null : p.funds().annualTotal();
                expected = expected.add(Objects.requireNonNullElse(a, BigDecimal.ZERO));
            }
        }
        try (FilledBook b = FilledBook.open(book)) {
            Sheet summary = b.workbook().getSheet("汇总");
            Row total = summary.getRow(summary.getLastRowNum());
            assertEquals("合计（" + projects + " 个项目）", b.text(total.getCell(0)));
            var evaluator = b.workbook().getCreationHelper().createFormulaEvaluator();
            assertEquals(expected.doubleValue(), evaluator.evaluate(total.getCell(7)).getNumberValue(), 1e-6);
            Sheet returns = b.workbook().getSheet("回收情况");
            StringBuilder all = new StringBuilder();
            returns.forEach(row -> row.forEach(c -> all.append(b.text(c)).append('|')));
            assertTrue(all.toString().contains(MISSING_UNIT + "|未交回"), all.toString());
        }
    }

    /** The browser's own picture of a section (or the whole window), for the guide. */
    private void shot(String name, String section) throws Exception {
        byte[] png = waiting(30).until(b -> picture(section));
        for (String folder : Stream.of("target/desk-screenshots", System.getProperty("jixiao.screenshots"))
                .filter(Objects::nonNull).toList()) {
            Path out = Path.of(folder).resolve(name + ".png");
            Files.createDirectories(out.getParent());
            Files.write(out, png);
        }
    }

    private byte[] picture(String section) {
        byte[] png;
        if (section == null) {
            png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        } else {
            WebElement e = browser.findElement(By.id(section));
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true)", e);
            png = e.getScreenshotAs(OutputType.BYTES);
        }
        return png;
    }


}
