package cn.jixiao.cli;

/** What the process tells its caller; scripts and CI depend on these. */
public final class ExitCodes {
    /** Everything done, nothing wrong found. */
    public static final int OK = 0;
    /** The work ran and checks found errors. */
    public static final int FINDINGS = 1;
    /** Bad usage or unreadable input. */
    public static final int BAD_INPUT = 2;
    /** A bug in jixiao. */
    public static final int INTERNAL = 3;

    /**
     * The one rule every command ends by: input that could not be read outweighs findings, as
     * what was not read was not checked either.
     */
    public static int of(boolean unreadInput, boolean findings) {
        return unreadInput ? BAD_INPUT : findings ? FINDINGS : OK;
    }

    private ExitCodes() {
    }
}
