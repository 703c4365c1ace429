package org.audioimport.cli;

import picocli.CommandLine.Option;

/** The --json option: machine-readable output on stdout instead of text. */
final class JsonOption {
    @Option(names = "--json", description = "Print JSON on stdout instead of text.")
    boolean json;
}
