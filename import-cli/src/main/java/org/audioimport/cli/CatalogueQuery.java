package org.audioimport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command that asks an existing catalogue a question shares: {@code --db}, {@code --json},
 * and where the answer and complaints go.
 */
@Command
final class CatalogueQuery {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    Path catalogueFile() {
        return CatalogueOption.of(CommonOptions.of(spec));
    }

    /** A reader of the catalogue, which must exist already: a question never creates one. */
    CatalogueReader reader() throws CatalogueException {
        return new CatalogueReader(Catalogue.openExisting(catalogueFile()));
    }

    CommandSpec spec() {
        return spec;
    }

    /** Prints the answer on stdout: the JSON tree with {@code --json}, else the text. */
    void answer(Supplier<Object> json, Consumer<PrintWriter> text) {
        PrintWriter out = spec.commandLine().getOut();
        if (CommonOptions.of(spec).json) {
            out.println(Json.write(json.get()));
        } else {
            text.accept(out);
        }
        out.flush();
    }

    /** Says on stderr why there is no answer. */
    void complain(String message) {
        spec.commandLine().getErr().println("audio-import: " + message);
    }
}
