package org.audioimport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Whether a command prints JSON on stdout instead of text: {@code --json}, a {@link CommonOptions common option}. */
@Command
final class JsonOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    boolean json() {
        return CommonOptions.of(spec).json;
    }
}
