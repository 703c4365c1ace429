package org.audioimport.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.audioimport.similar.SimilarTrack;
import org.audioimport.store.AudioProperties;
import org.audioimport.store.DuplicateGroup;
import org.audioimport.store.FailedFile;
import org.audioimport.store.FileDetails;
import org.audioimport.store.FileIdentity;
import org.audioimport.store.ScanSummary;
import org.audioimport.tags.Tags;

/**
 * The JSON shapes of the catalogue commands' {@code --json} output, in one place so that the daemon's
 * HTTP API answers with the very same keys.
 */
public final class CommandJson {
    private CommandJson() {}

    /** A file as {@code show --json} prints it: its rows, and its identity beside its tags. */
    public static ObjectNode file(FileDetails file, Optional<FileIdentity> identity) {
        ObjectNode json = file(file);
        json.set("identity", IdentityView.json(identity, file.tags()));
        return json;
    }

    private static ObjectNode file(FileDetails file) {
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
        json.put(
                "fingerprint_missing_reason",
                file.fingerprint() == null ? null : file.fingerprint().missingReason());
        json.put("duplicate_of", file.duplicateOf());
        FileDetails.Levels levels = file.levels();
        if (levels == null) {
            json.putNull("loudness");
        } else {
            json.putObject("loudness")
                    .put("integrated_lufs", Json.roundOrNull(levels.integratedLufs()))
                    .put("lra_lu", Json.roundOrNull(levels.rangeLu()))
                    .put("sample_peak_dbfs", Json.roundOrNull(levels.samplePeakDbfs()))
                    .put("true_peak_dbtp", Json.roundOrNull(levels.truePeakDbtp()))
                    .put("replaygain_track_gain_db", Json.roundOrNull(levels.trackGainDb()))
                    .put("replaygain_album_gain_db", Json.roundOrNull(levels.albumGainDb()));
        }
        var passages = json.putArray("passages");
        for (FileDetails.PassageDetails p : file.passages()) {
            passages.addObject()
                    .put("start_s", Json.round(p.startSeconds()))
                    .put("end_s", Json.round(p.endSeconds()))
                    .put("lead_in_s", Json.roundOrNull(p.leadInSeconds()))
                    .put("lead_out_s", Json.roundOrNull(p.leadOutSeconds()))
                    .put("fade_in_s", Json.roundOrNull(p.fadeInSeconds()))
                    .put("fade_out_s", Json.roundOrNull(p.fadeOutSeconds()))
                    .put("loudness_lufs", Json.roundOrNull(p.integratedLufs()))
                    .put("true_peak_dbtp", Json.roundOrNull(p.truePeakDbtp()));
        }
        json.put(
                "missing_since",
                file.missingSinceMs() == null
                        ? null
                        : Instant.ofEpochMilli(file.missingSinceMs()).toString());
        var warnings = json.putArray("warnings");
        file.warnings()
                .forEach(w -> warnings.addObject()
                        .put("position_s", Json.round(w.positionSeconds()))
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

    /** Similar tracks as {@code similar --json} prints them. */
    public static ArrayNode similar(List<SimilarTrack> similar) {
        ArrayNode json = Json.array();
        for (SimilarTrack track : similar) {
            json.addObject()
                    .put("path", track.path())
                    .put("distance", SimilarCommand.distance(track))
                    .put("duplicate", track.duplicate());
        }
        return json;
    }

    /** Failed files as {@code failed --json} prints them. */
    public static ArrayNode failed(List<FailedFile> failed) {
        ArrayNode json = Json.array();
        failed.forEach(f -> json.addObject().put("path", f.path()).put("reason", f.reason()));
        return json;
    }

    /** Groups of copies as {@code duplicates --json} prints them. */
    public static ArrayNode duplicates(List<DuplicateGroup> groups) {
        ArrayNode json = Json.array();
        for (DuplicateGroup group : groups) {
            ArrayNode files = json.addObject().putArray("files");
            for (DuplicateGroup.Member member : group.files()) {
                ObjectNode file = files.addObject();
                file.put("path", member.path());
                file.put("format", member.format());
                file.put("codec", member.codec());
                file.put("bitrate_kbps", member.bitrateKbps());
            }
        }
        return json;
    }

    /** A recorded scan as {@code status --json} lists it. */
    public static ObjectNode scan(ScanSummary scan) {
        ObjectNode json = Json.object();
        json.put("id", scan.id());
        json.put("started", Instant.ofEpochMilli(scan.startedAtMs()).toString());
        json.put(
                "finished",
                scan.finishedAtMs() == null
                        ? null
                        : Instant.ofEpochMilli(scan.finishedAtMs()).toString());
        json.put("outcome", scan.outcome());
        json.put("scan_id", scan.id());
        json.put("interrupted", "interrupted".equals(scan.outcome()));
        json.put(
                "elapsed_s",
                scan.finishedAtMs() == null ? null : Json.round((scan.finishedAtMs() - scan.startedAtMs()) / 1e3));
        json.put("files_seen", scan.counts().filesSeen());
        json.put("imported", scan.counts().imported());
        json.put("updated", scan.counts().updated());
        json.put("unchanged", scan.counts().unchanged());
        json.put("moved", scan.counts().moved());
        json.put("missing", scan.counts().missing());
        json.put("purged", scan.counts().purged());
        json.put("failed", scan.counts().failed());
        return json;
    }
}
