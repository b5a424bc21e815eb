package cn.jixiao.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), so it is never typed twice. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {"jixiao " + (v == null ? "dev" : v)};
    }
}
