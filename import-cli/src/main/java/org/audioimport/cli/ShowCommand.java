package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
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
import picocli.CommandLine.Parameters;

/** {@code audio-import show PATH}: everything the catalogue knows about one file. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show everything the catalogue knows about one file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Shown.", "1:The file is not in the catalogue.", "2:Usage error.",
            "3:The catalogue cannot be opened or migrated."})
final class ShowCommand implements Callable<Integer> {
    @Mixin
    private CatalogueQuery query;

    @Parameters(paramLabel = "PATH", description = "The audio file, as imported.")
    private Path path;

    @Override
    public Integer call() throws CatalogueException {
        String key = path.toAbsolutePath().normalize().toString();
        CatalogueReader reader = query.reader();
        Optional<FileDetails> details = reader.file(key);
        if (details.isEmpty()) {
            query.complain(key + ": not in the catalogue");
            return ExitCodes.SOME_FAILED;
        }
        Optional<FileIdentity> identity = reader.identity(key);
        Tags tags = details.get().tags();
        query.answer(() -> json(details.get()).set("identity", IdentityView.json(identity, tags)), out -> {
            text(details.get(), out);
            IdentityView.print(identity, tags, out);
        });
        return ExitCodes.OK;
    }

    static ObjectNode json(FileDetails file) {
        ObjectNode json = Json.object();
        json.put("path", file.path());
        json.put("status", file.label());
        AudioProperties audio = file.audio();
        json.put("format", audio == null ? null : audio.container());
        json.put("codec", audio == null ? null : audio.codec());
        json.put("sample_rate", audio == null ? null : audio.sampleRate());
        json.put("channels", audio == null ? null : audio.channels());
        json.put("bit_depth", audio == null ? null : audio.bitDepth());
        json.put("bitrate_kbps", audio == null ? null : audio.bitrateKbps());
        json.put("duration_s", audio == null ? null : Json.round(audio.durationSeconds()));
        json.put("size_bytes", file.sizeBytes());
        json.put("content_hash", file.contentHash());
        json.put("error", file.failureReason());
        if (file.fingerprint() == null || file.fingerprint().chromaprint() == null) {
            json.putNull("fingerprint");
        } else {
            json.putObject("fingerprint")
                    .put("chromaprint", file.fingerprint().chromaprint())
                    .put("duration_s", Json.round(file.fingerprint().durationSeconds()));
        }
        json.put("fingerprint_missing_reason", file.fingerprint() == null ? null : file.fingerprint().missingReason());
        json.put("duplicate_of", file.duplicateOf());
        FileDetails.Levels levels = file.levels();
        if (levels == null) {
            json.putNull("loudness");
        } else {
            json.putObject("loudness")
                    .put("integrated_lufs", rounded(levels.integratedLufs()))
                    .put("lra_lu", rounded(levels.rangeLu()))
                    .put("sample_peak_dbfs", rounded(levels.samplePeakDbfs()))
                    .put("true_peak_dbtp", rounded(levels.truePeakDbtp()))
                    .put("replaygain_track_gain_db", rounded(levels.trackGainDb()))
                    .put("replaygain_album_gain_db", rounded(levels.albumGainDb()));
        }
        var passages = json.putArray("passages");
        for (FileDetails.PassageDetails p : file.passages()) {
            passages.addObject()
                    .put("start_s", Json.round(p.startSeconds()))
                    .put("end_s", Json.round(p.endSeconds()))
                    .put("lead_in_s", rounded(p.leadInSeconds()))
                    .put("lead_out_s", rounded(p.leadOutSeconds()))
                    .put("fade_in_s", rounded(p.fadeInSeconds()))
                    .put("fade_out_s", rounded(p.fadeOutSeconds()))
                    .put("loudness_lufs", rounded(p.integratedLufs()))
                    .put("true_peak_dbtp", rounded(p.truePeakDbtp()));
        }
        json.put("missing_since", file.missingSinceMs() == null ? null : Instant.ofEpochMilli(file.missingSinceMs()).toString());
        var warnings = json.putArray("warnings");
        file.warnings().forEach(w -> warnings.addObject().put("position_s", Json.round(w.positionSeconds()))
                .put("message", w.message()));
        Tags tags = file.tags();
        ObjectNode tagJson = json.putObject("tags");
        tagJson.put("title", tags.title());
        tagJson.put("artist", tags.artist());
        tagJson.put("album", tags.album());
        tagJson.put("album_artist", tags.albumArtist());
        tagJson.put("track", tags.track());
        tagJson.put("track_total", tags.trackTotal());
        tagJson.put("disc", tags.disc());
        tagJson.put("disc_total", tags.discTotal());
        tagJson.put("date", tags.date());
        tagJson.put("genre", tags.genre());
        ObjectNode mb = tagJson.putObject("musicbrainz");
        mb.put("recording_id", tags.musicBrainz().recordingId());
        mb.put("release_track_id", tags.musicBrainz().releaseTrackId());
        mb.put("artist_id", tags.musicBrainz().artistId());
        mb.put("album_artist_id", tags.musicBrainz().albumArtistId());
        mb.put("release_id", tags.musicBrainz().releaseId());
        mb.put("release_group_id", tags.musicBrainz().releaseGroupId());
        return json;
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
            out.printf("  format:    %s (%s), %d Hz, %d ch%s%s%n", audio.container(), audio.codec(), audio.sampleRate(),
                    audio.channels(), audio.bitDepth() == null ? "" : ", " + audio.bitDepth() + "-bit",
                    audio.bitrateKbps() == null ? "" : ", " + audio.bitrateKbps() + " kbps");
            out.printf("  duration:  %s%n", minutesSeconds(audio.durationSeconds()));
        }
        if (file.fingerprint() != null) {
            out.printf("  fingerprint: %s%n", file.fingerprint().chromaprint() != null
                    ? abbreviate(file.fingerprint().chromaprint()) + " (" + Math.round(file.fingerprint().durationSeconds()) + " s)"
                    : "none, " + file.fingerprint().missingReason());
        }
        if (file.duplicateOf() != null) {
            out.printf("  duplicate of: %s%n", file.duplicateOf());
        }
        file.warnings().forEach(w -> out.printf("  warning at %.3f s: %s%n", w.positionSeconds(), w.message()));
        FileDetails.Levels levels = file.levels();
        if (levels != null && !levels.noAudio()) {
            out.printf("  loudness:  %s LUFS integrated, range %s LU, sample peak %s dBFS, true peak %s dBTP%n",
                    decibels(levels.integratedLufs()), decibels(levels.rangeLu()), decibels(levels.samplePeakDbfs()),
                    decibels(levels.truePeakDbtp()));
            out.printf("  replaygain: track %s dB, album %s dB%n", decibels(levels.trackGainDb()),
                    decibels(levels.albumGainDb()));
        }
        int number = 1;
        for (FileDetails.PassageDetails p : file.passages()) {
            out.printf("  passage %d: %s to %s, %s LUFS, true peak %s dBTP%s%s%n", number++,
                    minutesSeconds(p.startSeconds()), minutesSeconds(p.endSeconds()), decibels(p.integratedLufs()),
                    decibels(p.truePeakDbtp()),
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

    private static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    private static String decibels(Double value) {
        return value == null ? "n/a" : String.format("%.2f", value);
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
