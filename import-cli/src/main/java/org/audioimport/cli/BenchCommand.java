package org.audioimport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code audio-import bench}: the benchmarks; each one is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark. Figures are medians; see docs/benchmarks.md.",
        subcommands = {BenchDecodeCommand.class, BenchIndexCommand.class})
final class BenchCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a benchmark: " + String.join(", ", spec.subcommands().keySet()));
    }
}
