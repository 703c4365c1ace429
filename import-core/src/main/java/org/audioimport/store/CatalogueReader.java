package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ALBUM;
import static org.audioimport.store.schema.Tables.ANALYSIS;
import static org.audioimport.store.schema.Tables.ARTIST;
import static org.audioimport.store.schema.Tables.DECODE_WARNING;
import static org.audioimport.store.schema.Tables.FILE;
import static org.audioimport.store.schema.Tables.FINGERPRINT;
import static org.audioimport.store.schema.Tables.SCAN_RUN;
import static org.audioimport.store.schema.Tables.TRACK;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.audioimport.scanning.PathText;
import org.audioimport.store.schema.tables.Artist;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Read-only questions to the catalogue. Each opens its own short-lived connection; under WAL a reader
 * never waits for a writer, so these are safe to ask while an import runs.
 */
public final class CatalogueReader {
    private final Catalogue catalogue;

    public CatalogueReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The catalogue's SQLite file. */
    public Path catalogueFile() {
        return catalogue.file();
    }

    /**
     * Every catalogued file under {@code roots} (a root itself, or in a folder below one) by path, fetched in
     * one query before a scan of those roots decides what to do: nothing else can be seen, changed or gone
     * in it. The content
     * hashes are not among it: a scan needs them only for the files its walk does not find, and reads those
     * alone ({@link KnownFiles#contentHashes}), which keeps a million hex strings out of its memory.
     */
    public KnownFiles knownFiles(List<Path> roots) throws CatalogueException {
        return new KnownFiles(
                read(sql -> KnownFileQueries.under(sql, roots)),
                paths -> read(sql -> KnownFileQueries.contentHashes(sql, paths)));
    }

    /** Whether the catalogue holds a file under {@code folder} (absolute), in any status. */
    public boolean holdsFilesUnder(Path folder) throws CatalogueException {
        return read(sql ->
                sql.fetchExists(FILE, PathsUnder.eachRoot(List.of(folder)).get(0)));
    }

    /** Every folder a scan of this catalogue was asked for, once each, in the order first asked. */
    public List<Path> scannedRoots() throws CatalogueException {
        // Grouped in SQL: a daemon records a scan run every few minutes, of the same few folders.
        return read(sql -> sql.select(SCAN_RUN.ROOTS)
                        .from(SCAN_RUN)
                        .groupBy(SCAN_RUN.ROOTS)
                        .orderBy(DSL.min(SCAN_RUN.ID))
                        .fetch(SCAN_RUN.ROOTS))
                .stream()
                .flatMap(String::lines)
                .distinct()
                .flatMap(CatalogueReader::recordedFolder)
                .toList();
    }

    /**
     * A folder as a scan run recorded it. Versions before the path escapes (V8) wrote a folder as it was
     * typed, relative or with a bare backslash; such a text names nothing now, and must not stop a scan.
     */
    private static Stream<Path> recordedFolder(String text) {
        try {
            return Stream.of(PathText.toPath(text));
        } catch (IllegalArgumentException olderSpelling) {
            return Stream.empty();
        }
    }

    public Optional<FileDetails> file(String path) throws CatalogueException {
        Artist trackArtist = ARTIST.as("track_artist");
        Artist albumArtist = ARTIST.as("album_artist");
        org.audioimport.store.schema.tables.File original = FILE.as("original");
        return read(sql -> sql.select(
                        FILE.asterisk(),
                        TRACK.asterisk(),
                        trackArtist.NAME,
                        trackArtist.MUSICBRAINZ_ID,
                        ALBUM.TITLE,
                        ALBUM.MUSICBRAINZ_RELEASE_ID,
                        ALBUM.MUSICBRAINZ_RELEASE_GROUP_ID,
                        albumArtist.NAME,
                        albumArtist.MUSICBRAINZ_ID,
                        FINGERPRINT.CHROMAPRINT,
                        FINGERPRINT.DURATION_S,
                        FINGERPRINT.MISSING_REASON,
                        original.PATH)
                .from(FILE)
                .leftJoin(TRACK)
                .on(TRACK.FILE_ID.eq(FILE.ID))
                .leftJoin(trackArtist)
                .on(trackArtist.ID.eq(TRACK.ARTIST_ID))
                .leftJoin(ALBUM)
                .on(ALBUM.ID.eq(TRACK.ALBUM_ID))
                .leftJoin(albumArtist)
                .on(albumArtist.ID.eq(ALBUM.ALBUM_ARTIST_ID))
                .leftJoin(FINGERPRINT)
                .on(FINGERPRINT.FILE_ID.eq(FILE.ID))
                .leftJoin(original)
                .on(original.ID.eq(FILE.DUPLICATE_OF))
                .where(FILE.PATH.eq(path))
                .fetchOptional()
                .map(r -> FileDetailsRow.details(
                        r,
                        trackArtist,
                        albumArtist,
                        original.PATH,
                        sql.select(DECODE_WARNING.POSITION_S, DECODE_WARNING.MESSAGE)
                                .from(DECODE_WARNING)
                                .where(DECODE_WARNING.FILE_ID.eq(r.get(FILE.ID)))
                                .orderBy(DECODE_WARNING.SEQ)
                                .fetch(w -> new FileDetails.Warning(w.value1(), w.value2())),
                        LevelsReader.levels(sql, r.get(FILE.ID)),
                        LevelsReader.passages(sql, r.get(FILE.ID)))));
    }

    /** Every group of files holding the same recording, each best quality first; groups by first path. */
    public List<DuplicateGroup> duplicateGroups() throws CatalogueException {
        return read(sql -> {
            Map<Long, List<DuplicateGroup.Member>> groups = new java.util.TreeMap<>();
            sql.select(
                            FILE.ID,
                            FILE.DUPLICATE_OF,
                            FILE.PATH,
                            FILE.CONTAINER,
                            FILE.CODEC,
                            FILE.BITRATE_KBPS,
                            FILE.BIT_DEPTH)
                    .from(FILE)
                    .where(FILE.STATUS
                            .eq(FileStatus.IMPORTED.column())
                            .and(FILE.DUPLICATE_OF
                                    .isNotNull()
                                    .or(FILE.ID.in(sql.select(FILE.DUPLICATE_OF)
                                            .from(FILE)
                                            .where(FILE.DUPLICATE_OF.isNotNull())))))
                    .fetch()
                    .forEach(r -> groups.computeIfAbsent(
                                    r.value2() != null ? r.value2() : r.value1(), k -> new ArrayList<>())
                            .add(new DuplicateGroup.Member(
                                    r.value3(), r.value4(), r.value5(), r.value6(), r.value7() != null)));
            return groups.values().stream()
                    .filter(members -> members.size() > 1)
                    .map(members -> new DuplicateGroup(
                            members.stream().sorted(BEST_QUALITY_FIRST).toList()))
                    .toList();
        });
    }

    public CatalogueStatus status(int recentScans) throws CatalogueException {
        return read(sql -> {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            // FileStatus.label, in SQL so that the catalogue counts without reading every row.
            Field<String> state = DSL.when(FILE.MISSING_SINCE.isNotNull(), DSL.inline(FileStatus.MISSING))
                    .when(ANALYSIS.NO_AUDIO.eq(1), DSL.inline(FileStatus.NO_AUDIO))
                    .otherwise(FILE.STATUS);
            sql.select(state, DSL.count())
                    .from(FILE)
                    .leftJoin(ANALYSIS)
                    .on(ANALYSIS.FILE_ID.eq(FILE.ID))
                    .groupBy(state)
                    .orderBy(state)
                    .fetch()
                    .forEach(r -> byStatus.put(r.value1(), r.value2().longValue()));
            List<ScanSummary> scans = sql.selectFrom(SCAN_RUN)
                    .orderBy(SCAN_RUN.ID.desc())
                    .limit(recentScans)
                    .fetch(r -> new ScanSummary(
                            r.getId(),
                            r.getStartedAt(),
                            r.getFinishedAt(),
                            r.getOutcome(),
                            r.getRoots(),
                            new ScanCounts(
                                    r.getFilesSeen(),
                                    r.getImported(),
                                    r.getUpdated(),
                                    r.getUnchanged(),
                                    r.getMoved(),
                                    r.getFailed(),
                                    r.getMissing(),
                                    r.getPurged())));
            return new CatalogueStatus(
                    byStatus, sql.fetchCount(ARTIST), sql.fetchCount(ALBUM), sql.fetchCount(TRACK), scans);
        });
    }

    /** The flavor vectors of {@code versions} written after flavor row {@code mark}: see {@link FlavorRowsAfter}. */
    public FlavorRowsAfter flavorVectorsAfter(long mark, FlavorVersions versions) throws CatalogueException {
        return read(sql -> FlavorQueries.vectorsAfter(sql, mark, versions));
    }

    /** The highest flavor row id ever committed (0 before the first): an index caught up to it lacks nothing. */
    public long newestFlavorRowId() throws CatalogueException {
        return read(FlavorQueries::newestRowId);
    }

    /** The present, imported files with a flavor vector of {@code versions}, by flavor row id. */
    public Map<Long, FlavorTrack> flavorTracks(FlavorVersions versions) throws CatalogueException {
        return read(sql -> FlavorQueries.liveTracks(sql, versions));
    }

    /** The flavor of the file at {@code path}; empty when the path is not catalogued. */
    public Optional<StoredFlavor> flavorOf(String path) throws CatalogueException {
        return read(sql -> FlavorQueries.flavorOf(sql, path));
    }

    /** The identity of the file at {@code path} (see {@link IdentityStore#identityOf}); empty without a fingerprint. */
    public Optional<FileIdentity> identity(String path) throws CatalogueException {
        return read(sql -> IdentityQueries.identityOf(sql, path));
    }

    public List<FailedFile> failedFiles() throws CatalogueException {
        return read(sql -> sql.select(FILE.PATH, FILE.FAILURE_REASON)
                .from(FILE)
                .where(FILE.STATUS.eq(FileStatus.FAILED.column()))
                .orderBy(FILE.PATH)
                .fetch(r -> new FailedFile(r.value1(), r.value2())));
    }

    /** Every decode warning of the imported files (truncated, damaged audio skipped), by path then position. */
    public List<FailedFile> warnings() throws CatalogueException {
        return read(sql -> sql.select(FILE.PATH, DECODE_WARNING.MESSAGE)
                .from(DECODE_WARNING)
                .join(FILE)
                .on(FILE.ID.eq(DECODE_WARNING.FILE_ID))
                .where(FILE.STATUS.eq(FileStatus.IMPORTED.column()))
                .orderBy(FILE.PATH, DECODE_WARNING.SEQ)
                .fetch(r -> new FailedFile(r.value1(), r.value2())));
    }

    private static final Comparator<DuplicateGroup.Member> BEST_QUALITY_FIRST = Comparator.comparing(
                    DuplicateGroup.Member::lossless)
            .reversed()
            .thenComparing(m -> m.bitrateKbps() == null ? 0 : m.bitrateKbps(), Comparator.reverseOrder())
            .thenComparing(DuplicateGroup.Member::path);

    private <T> T read(Function<DSLContext, T> query) throws CatalogueException {
        try (Connection connection = catalogue.connect()) {
            return query.apply(Catalogue.sql(connection));
        } catch (SQLException | DataAccessException e) {
            throw new CatalogueException(catalogue.file(), "cannot be read: " + Catalogue.rootMessage(e), e);
        }
    }
}
