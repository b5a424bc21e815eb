package cn.jixiao.read;

import cn.jixiao.grid.TypedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The 项目类别 line of a 目标表, {@code 专项资金 ☐ 经常性项目 ☑ 一次性项目 ☐}, read back as the labels
 * that are ticked. People tick with whatever their keyboard or font offers (☑ √ ■ ☒ ✓ ✔), some
 * put the box before the label, and some delete the boxes and type the label alone.
 */
public final class CategoryBoxes {

    private static final String TICKED = "☑√■☒✓✔";
    private static final String UNTICKED = "□☐";

    /** Text extracted from published forms writes the boxes as HTML inputs. */
    private static final Pattern HTML_BOX = Pattern.compile("<input\\b[^>]*>");

    private CategoryBoxes() {
    }

    /**
     * The ticked labels in the order they stand. A line without boxes is one label, returned as
     * written; an empty or placeholder line is none.
     */
    public static List<String> ticked(String line) {
        String t = TypedText.clean(HTML_BOX.matcher(TypedText.clean(line))
                .replaceAll(r -> r.group().contains("checked") ? " ☑ " : " ☐ ")).replace("\uFE0F", "");
        if (TypedText.isPlaceholder(t)) {
            return List.of();
        }
        List<String> tokens = tokens(t);
        if (tokens.stream().noneMatch(CategoryBoxes::isBox)) {
            return List.of(t);
        }
        // The first token tells the layout: a line opening with a box pairs each label with the
        // boxes before it, otherwise with the boxes after it. A label is ticked when any of its
        // boxes is: people who cannot tick the printed ☐ type a ☑ beside it (经常性项目 ☐ ☑). A
        // label without a box of its own is not ticked.
        boolean boxFirst = isBox(tokens.get(0));
        int step = boxFirst ? -1 : 1;
        List<String> ticked = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String label = tokens.get(i);
            if (isBox(label)) {
                continue;
            }
            for (int at = i + step; at >= 0 && at < tokens.size() && isBox(tokens.get(at)); at += step) {
                if (TICKED.contains(tokens.get(at))) {
                    ticked.add(label);
                    break;
                }
            }
        }
        return List.copyOf(ticked);
    }

    /** What the registry stores as category: the ticked labels joined with 、, or null when none. */
    public static String category(String line) {
        return join(ticked(line));
    }

    /** Labels joined with 、 (专项资金、一次性项目), or null for none: an absent category, not "". */
    public static String join(List<String> labels) {
        return labels == null || labels.isEmpty() ? null : String.join("、", labels);
    }

    /** Boxes each on their own, labels split at boxes and at any space or line break. */
    private static List<String> tokens(String t) {
        List<String> tokens = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isBox(c) || TypedText.isBlank(c)) {
                flush(label, tokens);
                if (isBox(c)) {
                    tokens.add(String.valueOf(c));
                }
            } else {
                label.append(c);
            }
        }
        flush(label, tokens);
        return tokens;
    }

    private static void flush(StringBuilder label, List<String> tokens) {
        if (!label.isEmpty()) {
            tokens.add(label.toString());
            label.setLength(0);
        }
    }

    private static boolean isBox(String token) {
        return token.length() == 1 && isBox(token.charAt(0));
    }

    private static boolean isBox(char c) {
        return TICKED.indexOf(c) >= 0 || UNTICKED.indexOf(c) >= 0;
    }
}
