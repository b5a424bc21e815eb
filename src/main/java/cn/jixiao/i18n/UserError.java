package cn.jixiao.i18n;

/**
 * Bad input or a bad request from the user: shown as one clear message, never as a stack trace,
 * and the command exits with code 2.
 */
public class UserError extends RuntimeException {

    private final java.util.List<Msg> msgs;

    public UserError(Msg msg) {
        this(msg, null);
    }

    public UserError(Msg msg, Throwable cause) {
        super(msg.toString(), cause);
        this.msgs = java.util.List.of(msg);
    }

    /** Several problems found in one pass over an input (a registry's), so that one run shows them all. */
    public UserError(java.util.List<Msg> msgs) {
        super(msgs.toString());
        this.msgs = java.util.List.copyOf(msgs);
    }

    public UserError(String key, Object... args) {
        this(new Msg(key, args));
    }

    /** The problem, or all of them as one message a line each. */
    public Msg msg() {
        return msgs.size() == 1 ? msgs.get(0) : new Msg("lines", msgs);
    }

    /** Each problem on its own. */
    public java.util.List<Msg> msgs() {
        return msgs;
    }
}
