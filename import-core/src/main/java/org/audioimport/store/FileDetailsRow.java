package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ALBUM;
import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.FINGERPRINT;
import static org.audioimport.store.schema.Tables.TRACK;

import java.util.List;
import org.audioimport.store.schema.tables.Artist;
import org.audioimport.tags.MusicBrainzIds;
import org.audioimport.tags.Tags;
import org.jooq.Field;
import org.jooq.Record;

/** One file's joined row (file, track, artists, album, fingerprint) made into the {@link FileDetails} shown to users. */
final class FileDetailsRow {
    private FileDetailsRow() {}

    static FileDetails details(
            Record r,
            Artist trackArtist,
            Artist albumArtist,
            Field<String> originalPath,
            List<FileDetails.Warning> warnings,
            FileDetails.Levels levels,
            List<FileDetails.PassageDetails> passages) {
        FileStatus status = FileStatus.of(r.get(FILE.STATUS));
        boolean imported = status == FileStatus.IMPORTED;
        AudioProperties audio = imported
                ? new AudioProperties(
                        r.get(FILE.CONTAINER),
                        r.get(FILE.CODEC),
                        r.get(FILE.SAMPLE_RATE),
                        r.get(FILE.CHANNELS),
                        r.get(FILE.BIT_DEPTH),
                        r.get(FILE.BITRATE_KBPS),
                        r.get(FILE.DURATION_TICKS))
                : null;
        Tags tags = r.get(TRACK.ID) == null
                ? Tags.NONE
                : new Tags(
                        r.get(TRACK.TITLE),
                        r.get(trackArtist.NAME),
                        r.get(ALBUM.TITLE),
                        albumArtistName(r, albumArtist),
                        r.get(TRACK.TRACK_NUMBER),
                        r.get(TRACK.TRACK_TOTAL),
                        r.get(TRACK.DISC_NUMBER),
                        r.get(TRACK.DISC_TOTAL),
                        r.get(TRACK.DATE),
                        r.get(TRACK.GENRE),
                        new MusicBrainzIds(
                                r.get(TRACK.MUSICBRAINZ_RECORDING_ID),
                                r.get(TRACK.MUSICBRAINZ_TRACK_ID),
                                r.get(trackArtist.MUSICBRAINZ_ID),
                                r.get(albumArtist.MUSICBRAINZ_ID),
                                r.get(ALBUM.MUSICBRAINZ_RELEASE_ID),
                                r.get(ALBUM.MUSICBRAINZ_RELEASE_GROUP_ID)));
        FileDetails.StoredFingerprint fingerprint = r.get(FINGERPRINT.DURATION_S) == null
                ? null
                : new FileDetails.StoredFingerprint(
                        r.get(FINGERPRINT.CHROMAPRINT),
                        r.get(FINGERPRINT.DURATION_S),
                        r.get(FINGERPRINT.MISSING_REASON));
        return new FileDetails(
                r.get(FILE.PATH),
                status.column(),
                r.get(FILE.FAILURE_REASON),
                r.get(FILE.SIZE_BYTES),
                r.get(FILE.MTIME_MS),
                r.get(FILE.CONTENT_HASH),
                audio,
                tags,
                fingerprint,
                r.get(originalPath),
                warnings,
                levels,
                passages,
                r.get(FILE.MISSING_SINCE),
                r.get(FILE.FIRST_SEEN_AT),
                r.get(FILE.UPDATED_AT));
    }

    /** The unknown album artist is stored as "" so that albums stay unique; shown as absent. */
    private static String albumArtistName(Record r, Artist albumArtist) {
        String name = r.get(albumArtist.NAME);
        return name == null || name.isEmpty() ? null : name;
    }
}
