package org.audioimport.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audio-import completion bash|zsh}: the shell completion script of every command and option. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = "Print a completion script for bash or zsh (see docs/cli.md for how to install it).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Printed.", "2:Usage error (a shell other than bash or zsh)."})
final class CompletionCommand implements Callable<Integer> {
    /** The shells the script works in: picocli's bash script loads bash completion in zsh by itself. */
    enum Shell {
        bash("save it as ~/.local/share/bash-completion/completions/audio-import, or source it from ~/.bashrc"),
        zsh("source it from ~/.zshrc, after compinit");

        private final String install;

        Shell(String install) {
            this.install = install;
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    private Shell shell;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("# audio-import completion for " + shell.name() + ": " + shell.install);
        out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}
