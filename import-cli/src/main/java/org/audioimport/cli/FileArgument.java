package org.audioimport.cli;

import java.nio.file.Path;
import org.audioimport.scanning.PathText;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The catalogue's key for a file named on the command line: the text of the file it names or, when that
 * is not catalogued, the argument read as audio-import prints a path ({@code \xHH} for a byte that is not
 * UTF-8, {@code \\} for a backslash). So a path copied from {@code failed} or {@code show} finds its file
 * even where a shell cannot type the name. As a mixin, the one file a command is about.
 */
@Command
final class FileArgument {
    @Parameters(
            paramLabel = "PATH",
            description = "The audio file, as imported, or its path as audio-import prints it.")
    private Path path;

    /** The catalogue's key for the file this command is about. */
    String key(CatalogueReader reader) throws CatalogueException {
        return key(path, reader);
    }

    static String key(Path named, CatalogueReader reader) throws CatalogueException {
        Path absolute = named.toAbsolutePath().normalize();
        String key = PathText.of(absolute);
        if (PathText.isPlain(key) || reader.file(key).isPresent()) {
            return key;
        }
        String printed;
        try {
            printed = PathText.of(PathText.toPath(absolute.toString()));
        } catch (IllegalArgumentException notPrintedByUs) {
            return key;
        }
        return reader.file(printed).isPresent() ? printed : key;
    }
}
