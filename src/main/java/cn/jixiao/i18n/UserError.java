package cn.jixiao.i18n;

/**
 * Bad input or a bad request from the user: shown as one clear message, never as a stack trace,
 * and the command exits with code 2.
 */
public class UserError extends RuntimeException {

    private final Msg msg;

    public UserError(Msg msg) {
        this(msg, null);
    }

    public UserError(Msg msg, Throwable cause) {
        super(msg.toString(), cause);
        this.msg = msg;
    }

    public UserError(String key, Object... args) {
        this(new Msg(key, args));
    }

    public Msg msg() {
        return msg;
    }
}
