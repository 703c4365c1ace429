package org.audioimport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command on a catalogue shares: {@code --db}, {@code --json}, where the answer and complaints
 * go; and, for the commands that ask an existing catalogue a question, its reader and similarity index.
 */
@Command
final class CatalogueContext {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    Path catalogueFile() {
        return CatalogueOption.of(CommonOptions.of(spec));
    }

    /** A reader of the catalogue, which must exist already: a question never creates one. */
    CatalogueReader reader() throws CatalogueException {
        return new CatalogueReader(Catalogue.openExisting(catalogueFile()));
    }

    /** What a command does with the similarity index beside the catalogue. */
    @FunctionalInterface
    interface IndexAction<R> {
        R apply(CatalogueReader reader, Path indexFile) throws IOException, CatalogueException;
    }

    /**
     * Runs {@code action} on a reader of the catalogue and the similarity index file beside it; an index
     * file that cannot be read or written becomes an {@link IndexUnusableException} naming it.
     */
    <R> R onIndex(IndexAction<R> action) throws CatalogueException, IndexUnusableException {
        CatalogueReader reader = reader();
        Path indexFile = indexFile();
        try {
            return action.apply(reader, indexFile);
        } catch (IOException e) {
            throw new IndexUnusableException(indexFile + ": " + e.getMessage(), e);
        }
    }

    /** The similarity index file beside the catalogue. */
    Path indexFile() {
        return SimilarityIndex.fileFor(catalogueFile());
    }

    CommandSpec spec() {
        return spec;
    }

    /** Whether the answer is JSON rather than text, and progress stays off the terminal. */
    boolean json() {
        return CommonOptions.of(spec).json;
    }

    /** Prints the answer on stdout: the JSON tree with {@code --json}, else the text. */
    void answer(Supplier<Object> json, Consumer<PrintWriter> text) {
        JsonOption.print(spec, json, text);
    }

    /** Says on stderr why there is no answer. */
    void complain(String message) {
        spec.commandLine().getErr().println("audio-import: " + message);
    }
}
