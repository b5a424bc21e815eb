package cn.jixiao.cli;

import cn.jixiao.i18n.Messages;
import java.io.PrintWriter;

/**
 * What every command may use of the outside world: the user's language, where to write, and
 * whether a person is watching (progress bars only then). Built once per run by {@link Cli}.
 */
public record Env(Messages messages, PrintWriter out, PrintWriter err, boolean interactive) {

    public String t(String key, Object... args) {
        return messages.get(key, args);
    }
}
