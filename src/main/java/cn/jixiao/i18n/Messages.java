package cn.jixiao.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chinese first, English with --lang en. One instance per run, handed to whoever renders text;
 * there is no global current language.
 */
public final class Messages {

    public static final String BUNDLE = "cn.jixiao.messages";

    private final Locale locale;
    private final ResourceBundle bundle;
    /**
     * Patterns parsed once: a rollup renders the same few dozen messages for thousands of findings,
     * and parsing a MessageFormat costs more than formatting with it. A MessageFormat is not safe on
     * two threads at once, so each use formats with a copy.
     */
    private final Map<String, MessageFormat> parsed = new ConcurrentHashMap<>();
    /** Patterns in pieces, for those that are plain (see {@link Plain}). */
    private final Map<String, Plain> plain = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: an English system must still get Chinese unless asked.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages chinese() {
        return new Messages(Locale.ROOT);
    }

    public static Messages english() {
        return new Messages(Locale.ENGLISH);
    }

    /** "en" gives English; anything else ("zh", "cn", empty) gives Chinese. */
    public static Messages forLang(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? english() : chinese();
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("\\{(\\d+)} ([A-Za-z]+)\\(s\\)");

    /** "{0} unit(s)" becomes "1 unit" or "2 units": English counts, written once in the bundle. */
    private static String plurals(String pattern, Object[] args) {
        if (!pattern.contains("(s)")) {
            return pattern;
        }
        java.util.regex.Matcher m = COUNTED.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            boolean one = i < args.length && String.valueOf(args[i]).strip().equals("1");
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                    "{" + i + "} " + m.group(2) + (one ? "" : "s")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * A quoted value that is blank ("二级指标“”不属于…") is said to be blank: the quotes and the
     * placeholder give way to the bundle's word for it.
     */
    private String blanks(String pattern, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null || args[i] instanceof String s && s.isBlank()) {
                String blank = bundle.containsKey("blank") ? bundle.getString("blank") : "";
                pattern = pattern.replace("“{" + i + "}”", blank).replace("\"{" + i + "}\"", blank);
            }
        }
        return pattern;
    }

    /** Messages a line each (a list argument, as {@code lines} carries). */
    private String lines(java.util.List<?> list) {
        StringBuilder sb = new StringBuilder();
        for (Object o : list) {
            sb.append(sb.isEmpty() ? "" : "\n").append(o instanceof Msg m ? get(m.key(), m.args()) : String.valueOf(o));
        }
        return sb.toString();
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is our bug, not the user's: still show something useful.
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        if (args.length == 0) {
            return pattern;
        }
        pattern = plurals(pattern, args);
        pattern = blanks(pattern, args);
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Msg m ? get(m.key(), m.args())
                    : args[i] instanceof java.util.List<?> list ? lines(list) : args[i];
        }
        String joined = plain.computeIfAbsent(pattern, Plain::of).fill(rendered);
        if (joined != null) {
            return joined;
        }
        MessageFormat format = parsed.computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
        return ((MessageFormat) format.clone()).format(rendered);
    }

    /**
     * A pattern of text and {@code {n}} alone, without quotes or formats (most of the bundle), in
     * pieces: filled with text arguments by joining them, as MessageFormat fills it, without
     * copying a MessageFormat for each of a rollup's thousands of findings.
     */
    private record Plain(String[] text, int[] arg) {
        private static final Plain NOT = new Plain(null, null);

        static Plain of(String pattern) {
            if (pattern.indexOf('\'') >= 0) {
                return NOT;
            }
            java.util.List<String> text = new java.util.ArrayList<>();
            java.util.List<Integer> arg = new java.util.ArrayList<>();
            int from = 0;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '}') {
                    return NOT;
                }
                if (c == '{') {
                    int close = pattern.indexOf('}', i);
                    if (close < 0 || close == i + 1 || close - i > 4
                            || !pattern.substring(i + 1, close).chars().allMatch(d -> d >= '0' && d <= '9')) {
                        return NOT;
                    }
                    text.add(pattern.substring(from, i));
                    arg.add(Integer.parseInt(pattern.substring(i + 1, close)));
                    from = close + 1;
                    i = close;
                }
            }
            text.add(pattern.substring(from));
            return new Plain(text.toArray(String[]::new), arg.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The pattern filled, or null when it is not plain or an argument it takes is not text. */
        String fill(Object[] args) {
            if (text == null) {
                return null;
            }
            StringBuilder out = new StringBuilder(64);
            for (int i = 0; i < arg.length; i++) {
                if (arg[i] >= args.length || !(args[arg[i]] instanceof String value)) {
                    return null;
                }
                out.append(text[i]).append(value);
            }
            return out.append(text[arg.length]).toString();
        }
    }

    public String render(Msg msg) {
        return get(msg.key(), msg.args());
    }
}
