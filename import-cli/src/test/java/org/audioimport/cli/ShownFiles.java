package org.audioimport.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.AlbumLibrary;

/**
 * What {@code show --json} prints for every file of a library, by path: the command's own JSON
 * ({@link CommandJson#file}), read through one reader rather than one command per file. Two catalogues of
 * the same folder compare record by record through it.
 */
final class ShownFiles {
    private ShownFiles() {}

    static Map<Path, String> of(Path db, Path library) throws Exception {
        CatalogueReader reader = new CatalogueReader(Catalogue.openExisting(db));
        Map<Path, String> shown = new LinkedHashMap<>();
        for (Path file : AlbumLibrary.files(library)) {
            FileDetails details = reader.file(file.toString()).orElseThrow(() -> new AssertionError(file));
            shown.put(file, Json.write(CommandJson.file(details, reader.identity(file.toString()))));
        }
        return shown;
    }
}
