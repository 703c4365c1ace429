package org.audioimport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code audio-import index}: the similarity index kept beside the catalogue; each action is a subcommand. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = "Check or rebuild the similarity index beside the catalogue. Imports keep it up to date and "
                + "rebuild it by themselves when its file is missing or damaged; these do it on demand.",
        subcommands = {IndexVerifyCommand.class, IndexRebuildCommand.class})
final class IndexCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "name an action: " + String.join(", ", spec.subcommands().keySet()));
    }
}
