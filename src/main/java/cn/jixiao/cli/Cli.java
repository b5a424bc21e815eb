package cn.jixiao.cli;

import cn.jixiao.i18n.Messages;
import cn.jixiao.i18n.UserError;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * Builds the {@code jixiao} command line with given writers, so that tests run commands in
 * process and read what they printed. The language is decided before parsing (from --lang), so
 * that even usage errors and --help come out in the user's language.
 */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, boolean interactive) {
        Messages messages = Messages.forLang(langOf(args));
        Env env = new Env(messages, out, err, interactive);
        CommandLine cli = create(env);
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError ue) {
                for (cn.jixiao.i18n.Msg m : ue.msgs()) {
                    err.println(messages.get("error.prefix") + messages.render(m));
                }
                if (debug) {
                    ex.printStackTrace(err);
                }
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            err.println(messages.get("error.internal", String.valueOf(ex)));
            if (debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static CommandLine create(Env env) {
        CommandLine cli = new CommandLine(new RootCommand(env), new Factory(env));
        cli.setResourceBundle(ResourceBundle.getBundle("cn.jixiao.cli.help",
                env.messages().isEnglish() ? java.util.Locale.ENGLISH : java.util.Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cli.setOut(env.out());
        cli.setErr(env.err());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return cli;
    }

    /** --lang en / --lang=en anywhere on the line; Chinese otherwise. */
    static String langOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        String env = System.getenv("JIXIAO_LANG");
        return env == null ? "zh" : env;
    }

    /** Commands take the {@link Env} in their constructor; everything else is made the usual way. */
    private record Factory(Env env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                Constructor<K> withEnv = cls.getDeclaredConstructor(Env.class);
                return withEnv.newInstance(env);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
