package org.audioimport.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.audioimport.testing.SampleCatalogue;
import org.audioimport.testing.SampleLibrary;

/**
 * A catalogue with a file of every kind a reader meets: the sample library imported, with a file that is not
 * audio (failed) and a WAV cut in half (imported with a warning), then one file removed and the folder
 * imported again (missing).
 */
final class ImportedLibrary {
    static final String NOT_AUDIO = "broken/notes.mp3";
    static final String CUT = "broken/half.wav";
    static final String REMOVED = "untagged/track 17.flac";
    static final String FIRST_FROST = "The Fixtures/Synthetic Seasons/01 - First Frost.flac";
    /** Every file the walk finds, the removed one included: it stays catalogued as missing. */
    static final int FILES = SampleLibrary.expected().size() + 2;

    final Path library;
    final Catalogue catalogue;

    private ImportedLibrary(Path library, Catalogue catalogue) {
        this.library = library;
        this.catalogue = catalogue;
    }

    static ImportedLibrary makeIn(Path folder) throws Exception {
        Path library = SampleLibrary.copyTo(folder.resolve("library"));
        Files.createDirectories(library.resolve("broken"));
        Files.writeString(library.resolve(NOT_AUDIO), "shopping list: milk, eggs\n");
        byte[] wav = Files.readAllBytes(library.resolve("The Fixtures/Synthetic Seasons/07 - Falling Leaves.wav"));
        Files.write(library.resolve(CUT), Arrays.copyOf(wav, wav.length / 2));
        Path db = folder.resolve("library.db");
        SampleCatalogue.importInto(library, db);
        Files.delete(library.resolve(REMOVED));
        SampleCatalogue.importInto(library, db);
        return new ImportedLibrary(library, Catalogue.open(db));
    }

    /** The catalogued path of a file of the library. */
    String path(String relative) {
        return library.resolve(relative).toString();
    }
}
