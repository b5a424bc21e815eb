package cn.jixiao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the seeds' extracted text directly, independently of the registries, so tests can hold
 * the transcriptions against their source: forms are split at the form title; an indicator row
 * is a row of the indicator table that still has text once level labels and placeholders
 * (指标2： with nothing, ……) are taken away.
 */
public final class SeedText {

    private static final Set<String> LABELS = Set.of("绩效", "绩效指标", "一级指标", "二级指标", "三级指标",
            "年度指标值", "年度(/项目)指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
            "产出指标", "成本指标", "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标",
            "经济成本指标", "社会成本指标", "生态环境成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
            "可持续影响指标", "可持续发展指标", "服务对象满意度指标");
    private static final Pattern PLACEHOLDER = Pattern.compile("^(指标\\d+[：:]?\\s*)+$|^[.。…]+$|^#+$");

    private final List<String> forms;

    private SeedText(List<String> forms) {
        this.forms = forms;
    }

    public static SeedText read(String seedFile, String formTitle) {
        try {
            String text = Files.readString(TestData.SEEDS.resolve(seedFile), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>(Arrays.asList(text.split(Pattern.quote(formTitle), -1)));
            parts.remove(0); // what comes before the first form: the book title, if any
            return new SeedText(parts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int formCount() {
        return forms.size();
    }

    /** Indicator rows of form {@code index} (0-based), as the seed prints them. */
    public int indicatorRows(int index) {
        String[] lines = forms.get(index).split("\n");
        int start = 0;
        while (start < lines.length && !lines[start].contains("三级指标")) {
            start++;
        }
        int rows = 0;
        for (int i = start + 1; i < lines.length; i++) {
            if (lines[i].startsWith("总分")) {
                break;
            }
            boolean hasText = Arrays.stream(lines[i].split("\t"))
                    .map(String::strip)
                    .filter(c -> !c.isEmpty() && !isLabel(c) && !PLACEHOLDER.matcher(c).matches())
                    .map(c -> c.replaceFirst("^指标\\d+[：:]\\s*", ""))
                    .anyMatch(c -> !c.isEmpty());
            if (hasText) {
                rows++;
            }
        }
        return rows;
    }

    /** The amount printed after a money label (年度资金申请总额, 当年财政拨款…) in form {@code index}. */
    public Optional<BigDecimal> amount(int index, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "[:：]?\\s*\\t\\s*([0-9][0-9. ,]*)").matcher(forms.get(index));
        if (!m.find()) {
            return Optional.empty();
        }
        String digits = m.group(1).replaceAll("[ ,]", "").replaceAll("\\.$", "");
        return Optional.of(new BigDecimal(digits));
    }

    private static boolean isLabel(String cell) {
        String n = cell.replaceAll("\\s+", "");
        if (LABELS.contains(n)) {
            return true;
        }
        // A label the extraction broke over two cells ("可持 续影 响", "指标"): a fragment of a label.
        return n.length() <= 6 && (n.endsWith("指标") || n.endsWith("标") || n.endsWith("指") || n.endsWith("效益")
                || n.endsWith("满意度")) && LABELS.stream().anyMatch(l -> l.contains(n));
    }
}
