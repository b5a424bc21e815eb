package cn.jixiao.cli;

import picocli.CommandLine.Option;

/** How many projects and indicators the synthetic registry of a benchmark holds. */
public final class BenchSize {

    @Option(names = "--projects", descriptionKey = "bench.projects")
    Integer projects;

    @Option(names = "--indicators", defaultValue = "15", descriptionKey = "bench.indicators")
    int indicators;

    int projects(int byDefault) {
        return projects == null ? byDefault : projects;
    }
}
