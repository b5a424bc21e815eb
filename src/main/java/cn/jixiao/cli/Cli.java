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
        if (commandNamed(args).filter(String::isEmpty).isPresent()) {
            // A lone --version prints what picocli would print, without loading picocli's command
            // model at all: its classes are too old a class-file version for class-data sharing.
            for (String line : new VersionProvider().getVersion()) {
                out.println(line);
            }
            out.flush();
            return ExitCodes.OK;
        }
        CommandLine cli = create(env, args);
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
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Not a bug to report but a job larger than the heap it was given: say how to give more.
            err.println(messages.get("error.prefix") + messages.get("error.outOfMemory",
                    String.valueOf(Runtime.getRuntime().maxMemory() >> 20)));
            err.flush();
            code = ExitCodes.BAD_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    public static CommandLine create(Env env) {
        return create(env, null);
    }

    /**
     * The command line for these arguments (all commands when args is null): when they name a
     * command, only that one is built, and none for a bare --version; otherwise (--help, a typo, an
     * argument file) all of them, so that what picocli lists or suggests is the same.
     */
    static CommandLine create(Env env, String[] args) {
        Factory factory = new Factory(env);
        CommandLine cli = new CommandLine(new RootCommand(env), factory);
        java.util.Optional<String> named = args == null ? java.util.Optional.empty() : commandNamed(args);
        for (Class<?> command : RootCommand.SUBCOMMANDS) {
            if (named.isEmpty() || names(command).contains(named.get())) {
                cli.addSubcommand(command);
            }
        }
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

    /**
     * The word that picks the command when the root's own options (--lang, --debug) are skipped;
     * "" for a lone --version, which needs no command; empty when all commands must be there.
     */
    static java.util.Optional<String> commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang")) {
                i++;
            } else if (!a.startsWith("--lang=") && !a.equals("--debug")) {
                if ((a.equals("--version") || a.equals("-V")) && rootOptionsOnly(args, i + 1)) {
                    return java.util.Optional.of("");
                }
                boolean known = RootCommand.SUBCOMMANDS.stream().anyMatch(c -> names(c).contains(a));
                return known ? java.util.Optional.of(a) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean rootOptionsOnly(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++;
            } else if (!args[i].startsWith("--lang=") && !args[i].equals("--debug")) {
                return false;
            }
        }
        return true;
    }

    private static java.util.List<String> names(Class<?> command) {
        CommandLine.Command c = command.getAnnotation(CommandLine.Command.class);
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(c.aliases()));
        names.add(c.name());
        return names;
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
