package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ALBUM;
import static org.audioimport.store.schema.Tables.ARTIST;
import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.TRACK;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.audioimport.scanning.FoundFile;
import org.audioimport.scanning.PathText;
import org.audioimport.store.FingerprintRows.GroupPlace;
import org.audioimport.tags.MusicBrainzIds;
import org.audioimport.tags.Tags;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A file's own row, its track and the artists and album its tags name. The ids that already exist are
 * read before the file's transaction ({@link #readKnownIds}); inside it, the missing ones are inserted and
 * found by key, so no statement needs another's result.
 */
final class FileRows {
    private FileRows() {}

    /**
     * What is read before the transaction: known artist and album ids (what is missing is inserted inside
     * it) and the first file of the same recording, if one is catalogued.
     */
    record KnownIds(Map<String, Long> artists, Long albumId, GroupPlace group) {}

    static KnownIds readKnownIds(DSLContext sql, FileImport.Imported imported) {
        GroupPlace group = imported.phases()
                .fingerprint()
                .map(print -> FingerprintRows.findSameRecording(
                        sql,
                        PathText.of(imported.file().path()),
                        print,
                        imported.audio().durationSeconds()))
                .orElse(GroupPlace.ALONE);
        Tags tags = imported.tags();
        List<String> names = artistNames(tags);
        if (names.isEmpty()) {
            return new KnownIds(Map.of(), null, group);
        }
        Map<String, Long> artists = sql.select(ARTIST.NAME, ARTIST.ID)
                .from(ARTIST)
                .where(ARTIST.NAME.in(names))
                .fetchMap(ARTIST.NAME, ARTIST.ID);
        Long albumId = null;
        Long albumArtistId = artists.get(tags.albumArtistOrArtist());
        if (tags.album() != null && albumArtistId != null) {
            albumId = sql.select(ALBUM.ID)
                    .from(ALBUM)
                    .where(ALBUM.TITLE.eq(tags.album()).and(ALBUM.ALBUM_ARTIST_ID.eq(albumArtistId)))
                    .fetchOne(ALBUM.ID);
        }
        return new KnownIds(artists, albumId, group);
    }

    private static List<String> artistNames(Tags tags) {
        if (tags.album() == null) {
            return tags.artist() == null ? List.of() : List.of(tags.artist());
        }
        return tags.artist() == null || tags.artist().equals(tags.albumArtistOrArtist())
                ? List.of(tags.albumArtistOrArtist())
                : List.of(tags.artist(), tags.albumArtistOrArtist());
    }

    /** Inserts or updates an imported file's row, then its track, artists and album. */
    static void imported(FileStatements out, long scanId, FileImport.Imported imported, KnownIds known, long nowMs) {
        String path = PathText.of(imported.file().path());
        if (!known.group().headsItsGroup()) {
            handOverItsCopies(out, path);
        }
        Map<Field<?>, Object> columns = fileColumns(
                imported.file(),
                imported.contentHash(),
                imported.audio(),
                FileStatus.IMPORTED,
                null,
                known.group().duplicateOf());
        upsertFile(out, scanId, path, columns, nowMs);
        upsertTrack(out, FileStatements.fileId(path), imported.tags(), known);
    }

    /** Inserts or updates a failed file's row: no audio columns, and the reason. */
    static void failed(FileStatements out, long scanId, FileImport.Failed failed, long nowMs) {
        String path = PathText.of(failed.file().path());
        handOverItsCopies(out, path);
        Map<Field<?>, Object> columns =
                fileColumns(failed.file(), null, null, FileStatus.FAILED, failed.reason(), null);
        columns.put(FILE.FAILED_READ_SUPPORT, failed.readSupport());
        upsertFile(out, scanId, path, columns, nowMs);
        out.add(DSL.deleteFrom(TRACK).where(TRACK.FILE_ID.eq(FileStatements.fileId(path))));
    }

    /**
     * The file row's own columns, the same set whatever the outcome, so that a failure clears all that an
     * import wrote: a failed file has no content hash, no {@code audio} and no duplicate link, but a reason.
     */
    private static Map<Field<?>, Object> fileColumns(
            FoundFile file,
            String contentHash,
            AudioProperties audio,
            FileStatus status,
            String failureReason,
            Long duplicateOf) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(FILE.SIZE_BYTES, file.sizeBytes());
        columns.put(FILE.MTIME_MS, file.mtimeMs());
        columns.put(FILE.CONTENT_HASH, contentHash);
        columns.putAll(audioColumns(audio));
        columns.put(FILE.STATUS, status.column());
        columns.put(FILE.FAILURE_REASON, failureReason);
        columns.put(FILE.DUPLICATE_OF, duplicateOf);
        columns.put(FILE.MISSING_SINCE, null);
        columns.put(FILE.FAILED_READ_SUPPORT, null);
        return columns;
    }

    /** What the decode found, or all null for a file that was not decoded. */
    private static Map<Field<?>, Object> audioColumns(AudioProperties audio) {
        boolean decoded = audio != null;
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(FILE.CONTAINER, decoded ? audio.container() : null);
        columns.put(FILE.CODEC, decoded ? audio.codec() : null);
        columns.put(FILE.SAMPLE_RATE, decoded ? audio.sampleRate() : null);
        columns.put(FILE.CHANNELS, decoded ? audio.channels() : null);
        columns.put(FILE.BIT_DEPTH, decoded ? audio.bitDepth() : null);
        columns.put(FILE.BITRATE_KBPS, decoded ? audio.bitrateKbps() : null);
        columns.put(FILE.DURATION_TICKS, decoded ? audio.durationTicks() : null);
        return columns;
    }

    /**
     * Marks a refreshed file as seen by this scan, with what its decode found, as an import writes it; with
     * a new fingerprint ({@code group} present), its duplicate link follows the new fingerprint's recording.
     */
    static void refreshed(
            FileStatements out, long scanId, FileImport.Refreshed refreshed, Optional<GroupPlace> group, long nowMs) {
        String path = PathText.of(refreshed.file().path());
        var file = DSL.update(FILE)
                .set(FILE.LAST_SCAN_ID, scanId)
                .set(FILE.UPDATED_AT, nowMs)
                .set(audioColumns(refreshed.audio()));
        if (group.isPresent()) {
            if (!group.get().headsItsGroup()) {
                handOverItsCopies(out, path);
            }
            file = file.set(FILE.DUPLICATE_OF, group.get().duplicateOf());
        }
        out.add(file.where(FILE.PATH.eq(path)));
    }

    /** The copies that point at the file at {@code path} keep their group without it. */
    private static void handOverItsCopies(FileStatements out, String path) {
        RecordingGroups.handOver(DSL.select(FILE.ID).from(FILE).where(FILE.PATH.eq(path)))
                .forEach(out::add);
    }

    /** Moves the gone file's row to the new path, with the content hash of now; its child rows follow it by id. */
    static void moved(FileStatements out, long scanId, FileImport.Moved moved, long nowMs) {
        FoundFile to = moved.file();
        String path = PathText.of(to.path());
        out.add(DSL.update(FILE)
                .set(FILE.PATH, path)
                .set(FILE.PATH_BYTES, bytesUnlessPlain(path))
                .set(FILE.SIZE_BYTES, to.sizeBytes())
                .set(FILE.MTIME_MS, to.mtimeMs())
                .set(FILE.CONTENT_HASH, moved.contentHash())
                .set(FILE.MISSING_SINCE, (Long) null)
                .set(FILE.LAST_SCAN_ID, scanId)
                .set(FILE.UPDATED_AT, nowMs)
                .where(FILE.PATH.eq(moved.from().path())));
    }

    /**
     * Inserts or updates the file's row; the statements after it find it by its path. The path's text is
     * the row's identity, so its bytes are written with it and never change apart from it.
     */
    private static void upsertFile(
            FileStatements out, long scanId, String path, Map<Field<?>, Object> columns, long nowMs) {
        columns.put(FILE.UPDATED_AT, nowMs);
        columns.put(FILE.LAST_SCAN_ID, scanId);
        Map<Field<?>, Object> insertOnly = new LinkedHashMap<>();
        insertOnly.put(FILE.PATH, path);
        insertOnly.put(FILE.PATH_BYTES, bytesUnlessPlain(path));
        insertOnly.put(FILE.FIRST_SEEN_AT, nowMs);
        out.add(Upsert.into(FILE, FILE.PATH, insertOnly, columns));
    }

    /** The bytes beside a text that escapes some, for readers of the catalogue that want them as they are. */
    private static byte[] bytesUnlessPlain(String path) {
        return PathText.isPlain(path) ? null : PathText.bytes(path);
    }

    private static void upsertTrack(FileStatements out, Field<Long> fileId, Tags tags, KnownIds known) {
        Field<Long> artistId = tags.artist() == null
                ? DSL.inline((Long) null)
                : artistId(out, tags.artist(), tags.musicBrainz().artistId(), known);
        Field<Long> albumId = tags.album() == null ? DSL.inline((Long) null) : albumId(out, tags, known);
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(TRACK.TITLE, tags.title());
        columns.put(TRACK.ARTIST_ID, artistId);
        columns.put(TRACK.ALBUM_ID, albumId);
        columns.put(TRACK.TRACK_NUMBER, tags.track());
        columns.put(TRACK.TRACK_TOTAL, tags.trackTotal());
        columns.put(TRACK.DISC_NUMBER, tags.disc());
        columns.put(TRACK.DISC_TOTAL, tags.discTotal());
        columns.put(TRACK.DATE, tags.date());
        columns.put(TRACK.GENRE, tags.genre());
        columns.put(TRACK.MUSICBRAINZ_RECORDING_ID, tags.musicBrainz().recordingId());
        columns.put(TRACK.MUSICBRAINZ_TRACK_ID, tags.musicBrainz().releaseTrackId());
        out.add(Upsert.into(TRACK, TRACK.FILE_ID, Map.of(TRACK.FILE_ID, fileId), columns));
    }

    /**
     * The artist's id: known from the read before the transaction, or inserted (its MusicBrainz id filled
     * if new) and then found by name.
     */
    private static Field<Long> artistId(FileStatements out, String name, String musicBrainzId, KnownIds known) {
        Long id = known.artists().get(name);
        if (id != null && musicBrainzId == null) {
            return DSL.val(id);
        }
        // Another process may have added the artist since the read: the upsert holds either way.
        out.add(DSL.insertInto(ARTIST)
                .set(ARTIST.NAME, name)
                .set(ARTIST.MUSICBRAINZ_ID, musicBrainzId)
                .onConflict(ARTIST.NAME)
                .doUpdate()
                .set(ARTIST.MUSICBRAINZ_ID, DSL.coalesce(ARTIST.MUSICBRAINZ_ID, DSL.excluded(ARTIST.MUSICBRAINZ_ID))));
        return DSL.field(DSL.select(ARTIST.ID).from(ARTIST).where(ARTIST.NAME.eq(name)));
    }

    /** The album's id, as {@link #artistId}: a file tagged with release ids fills those the album lacks. */
    private static Field<Long> albumId(FileStatements out, Tags tags, KnownIds known) {
        MusicBrainzIds ids = tags.musicBrainz();
        if (known.albumId() != null && ids.releaseId() == null && ids.releaseGroupId() == null) {
            return DSL.val(known.albumId());
        }
        Field<Long> albumArtistId = artistId(out, tags.albumArtistOrArtist(), ids.albumArtistId(), known);
        out.add(DSL.insertInto(ALBUM)
                .set(ALBUM.TITLE, tags.album())
                .set(ALBUM.ALBUM_ARTIST_ID, albumArtistId)
                .set(ALBUM.MUSICBRAINZ_RELEASE_ID, ids.releaseId())
                .set(ALBUM.MUSICBRAINZ_RELEASE_GROUP_ID, ids.releaseGroupId())
                .onConflict(ALBUM.TITLE, ALBUM.ALBUM_ARTIST_ID)
                .doUpdate()
                .set(
                        ALBUM.MUSICBRAINZ_RELEASE_ID,
                        DSL.coalesce(ALBUM.MUSICBRAINZ_RELEASE_ID, DSL.excluded(ALBUM.MUSICBRAINZ_RELEASE_ID)))
                .set(
                        ALBUM.MUSICBRAINZ_RELEASE_GROUP_ID,
                        DSL.coalesce(
                                ALBUM.MUSICBRAINZ_RELEASE_GROUP_ID, DSL.excluded(ALBUM.MUSICBRAINZ_RELEASE_GROUP_ID))));
        return DSL.field(DSL.select(ALBUM.ID)
                .from(ALBUM)
                .where(ALBUM.TITLE.eq(tags.album()).and(ALBUM.ALBUM_ARTIST_ID.eq(albumArtistId))));
    }
}
