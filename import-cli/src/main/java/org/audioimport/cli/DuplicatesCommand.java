package org.audioimport.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.DuplicateGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code audio-import duplicates}: files that hold the same recording, found by fingerprint at import. */
@Command(
        name = "duplicates",
        mixinStandardHelpOptions = true,
        description = "List groups of files holding the same recording, best quality first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Listed (possibly none).", "2:Usage error.", "3:The catalogue cannot be opened or migrated."})
final class DuplicatesCommand implements Callable<Integer> {
    @Mixin
    private CatalogueContext context;

    @Override
    public Integer call() throws CatalogueException {
        List<DuplicateGroup> groups = context.reader().duplicateGroups();
        context.answer(() -> CommandJson.duplicates(groups), out -> {
            for (DuplicateGroup group : groups) {
                out.println("Same recording:");
                group.files()
                        .forEach(m -> out.printf(
                                "  %-5s %6s  %s%n",
                                m.format(), m.bitrateKbps() == null ? "" : m.bitrateKbps() + "k", m.path()));
            }
            if (groups.isEmpty()) {
                out.println("No duplicates.");
            }
        });
        return ExitCodes.OK;
    }
}
