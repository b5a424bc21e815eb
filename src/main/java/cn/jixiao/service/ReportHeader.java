package cn.jixiao.service;

import cn.jixiao.check.Checker;
import cn.jixiao.check.Subject;
import cn.jixiao.i18n.Messages;
import cn.jixiao.registry.Registry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line under a report's title that says what it is about: the town (or 街道), the year, the
 * day it was made and what was read, so that a printed report can be filed and found again.
 */
final class ReportHeader {

    /** 九亭镇 in 上海市松江区九亭镇社区党群服务中心, 浦江镇 in 浦江镇机关事务管理所, 西渡街道 in 西渡街道办事处. */
    private static final Pattern TOWN = Pattern.compile("(?:^|[市区县])(\\p{IsHan}{2,4}?(?:镇|街道|乡))");

    private ReportHeader() {
    }

    static String of(Checker.Report report, Registry sent, Path sentFile, List<Path> files, Messages m) {
        Map<String, Integer> towns = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (Subject s : report.subjects()) {
            town(s.unit()).ifPresent(t -> towns.merge(t, 1, Integer::sum));
            if (s.year() != null) {
                years.add(s.year());
            }
        }
        if (sent != null) {
            sent.units().forEach(u -> town(u.name()).ifPresent(t -> towns.merge(t, 1, Integer::sum)));
            if (sent.year() != null) {
                years.add(sent.year());
            }
        }
        String town = towns.isEmpty() ? m.get("blank") : towns.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue()).map(Map.Entry::getKey).limit(3)
                .reduce((a, b) -> a + "、" + b).orElseThrow();
        String year = years.isEmpty() ? m.get("blank") : years.first().equals(years.last()) ? String.valueOf(years.first())
                : years.first() + "–" + years.last();
        String source = files.stream().filter(f -> !f.equals(sentFile))
                .map(f -> f.getParent() == null ? f.getFileName() : f.getParent().getFileName())
                .filter(Objects::nonNull).map(Path::toString).distinct().limit(5)
                .reduce((a, b) -> a + "、" + b).orElse("");
        if (sentFile != null) {
            source = m.get("check.html.against", source, sentFile.getFileName().toString());
        }
        return m.get("check.html.header", town, year, LocalDate.now().toString(), source);
    }

    private static java.util.Optional<String> town(String unit) {
        Matcher matcher = unit == null ? null : TOWN.matcher(unit);
        return matcher != null && matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }
}
