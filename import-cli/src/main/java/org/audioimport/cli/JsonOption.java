package org.audioimport.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import java.util.function.Supplier;
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

    /** Prints on stdout: the JSON tree with {@code --json}, else the text. */
    void print(Supplier<Object> json, Consumer<PrintWriter> text) {
        print(spec, json, text);
    }

    /** Prints on the stdout of {@code spec}'s command: the JSON tree with {@code --json}, else the text. */
    static void print(CommandSpec spec, Supplier<Object> json, Consumer<PrintWriter> text) {
        PrintWriter out = spec.commandLine().getOut();
        if (CommonOptions.of(spec).json) {
            out.println(Json.write(json.get()));
        } else {
            text.accept(out);
        }
        out.flush();
    }
}
