package org.audioimport.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.audioimport.store.AudioProperties;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.FileDetails;
import org.audioimport.store.FileIdentity;
import org.audioimport.tags.Tags;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code audio-import show PATH}: everything the catalogue knows about one file. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show everything the catalogue knows about one file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Shown.",
            "1:The file is not in the catalogue.",
            "2:Usage error.",
            "3:The catalogue cannot be opened or migrated."
        })
final class ShowCommand implements Callable<Integer> {
    @Mixin
    private CatalogueContext context;

    @Mixin
    private FileArgument file;

    @Override
    public Integer call() throws CatalogueException {
        CatalogueReader reader = context.reader();
        String key = file.key(reader);
        Optional<FileDetails> details = reader.file(key);
        if (details.isEmpty()) {
            context.complain(key + ": not in the catalogue");
            return ExitCodes.SOME_FAILED;
        }
        Optional<FileIdentity> identity = reader.identity(key);
        Tags tags = details.get().tags();
        context.answer(() -> CommandJson.file(details.get(), identity), out -> {
            text(details.get(), out);
            IdentityView.print(identity, tags, out);
        });
        return ExitCodes.OK;
    }

    private static void text(FileDetails file, PrintWriter out) {
        out.printf("%s%n", file.path());
        out.printf("  status:    %s%n", file.label());
        if (file.failureReason() != null) {
            out.printf("  error:     %s%n", file.failureReason());
        }
        if (file.missingSinceMs() != null) {
            out.printf("  missing from disk since %s%n", Instant.ofEpochMilli(file.missingSinceMs()));
        }
        AudioProperties audio = file.audio();
        if (audio != null) {
            out.printf(
                    "  format:    %s (%s), %d Hz, %d ch%s%s%n",
                    audio.container(),
                    audio.codec(),
                    audio.sampleRate(),
                    audio.channels(),
                    audio.bitDepth() == null ? "" : ", " + audio.bitDepth() + "-bit",
                    audio.bitrateKbps() == null ? "" : ", " + audio.bitrateKbps() + " kbps");
            out.printf("  duration:  %s%n", minutesSeconds(audio.durationSeconds()));
        }
        if (file.fingerprint() != null) {
            out.printf(
                    "  fingerprint: %s%n",
                    file.fingerprint().chromaprint() != null
                            ? abbreviate(file.fingerprint().chromaprint()) + " ("
                                    + Math.round(file.fingerprint().durationSeconds()) + " s)"
                            : "none, " + file.fingerprint().missingReason());
        }
        if (file.duplicateOf() != null) {
            out.printf("  duplicate of: %s%n", file.duplicateOf());
        }
        file.warnings().forEach(w -> out.printf("  warning at %.3f s: %s%n", w.positionSeconds(), w.message()));
        FileDetails.Levels levels = file.levels();
        if (levels != null && !levels.noAudio()) {
            out.printf(
                    "  loudness:  integrated %s, range %s, sample peak %s, true peak %s%n",
                    level(levels.integratedLufs(), "LUFS"),
                    level(levels.rangeLu(), "LU"),
                    level(levels.samplePeakDbfs(), "dBFS"),
                    level(levels.truePeakDbtp(), "dBTP"));
            out.printf(
                    "  replaygain: track %s, album %s%n",
                    level(levels.trackGainDb(), "dB"), level(levels.albumGainDb(), "dB"));
        }
        int number = 1;
        for (FileDetails.PassageDetails p : file.passages()) {
            out.printf(
                    "  passage %d: %s to %s, integrated %s, true peak %s%s%s%n",
                    number++,
                    minutesSeconds(p.startSeconds()),
                    minutesSeconds(p.endSeconds()),
                    level(p.integratedLufs(), "LUFS"),
                    level(p.truePeakDbtp(), "dBTP"),
                    p.fadeInSeconds() == null ? "" : String.format(", fade-in %.1f s", p.fadeInSeconds()),
                    p.fadeOutSeconds() == null ? "" : String.format(", fade-out %.1f s", p.fadeOutSeconds()));
        }
        Tags tags = file.tags();
        line(out, "title", tags.title());
        line(out, "artist", tags.artist());
        line(out, "album", tags.album());
        line(out, "album artist", tags.albumArtist());
        line(out, "track", ofTotal(tags.track(), tags.trackTotal()));
        line(out, "disc", ofTotal(tags.disc(), tags.discTotal()));
        line(out, "date", tags.date());
        line(out, "genre", tags.genre());
        line(out, "recording", tags.musicBrainz().recordingId());
    }

    /** The figure with its unit, or "n/a" alone: a file too short to measure has no LUFS to print. */
    private static String level(Double value, String unit) {
        return value == null ? "n/a" : String.format("%.2f %s", value, unit);
    }

    private static String abbreviate(String chromaprint) {
        return chromaprint.length() <= 24 ? chromaprint : chromaprint.substring(0, 24) + "...";
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("  %-10s %s%n", label + ":", value);
        }
    }

    private static String ofTotal(Integer number, Integer total) {
        if (number == null) {
            return null;
        }
        return total == null ? number.toString() : number + " of " + total;
    }

    private static String minutesSeconds(double seconds) {
        long whole = (long) seconds;
        return String.format("%d:%02d.%03d", whole / 60, whole % 60, Math.round((seconds - whole) * 1000) % 1000);
    }
}
