package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ANALYSIS;
import static org.audioimport.store.schema.Tables.PASSAGE;

import java.util.List;
import org.audioimport.decode.Ticks;
import org.jooq.DSLContext;

/** Reads a file's analysis and passage rows back as seconds, for display. */
final class LevelsReader {
    private LevelsReader() {}

    static FileDetails.Levels levels(DSLContext sql, long fileId) {
        return sql.selectFrom(ANALYSIS)
                .where(ANALYSIS.FILE_ID.eq(fileId))
                .fetchOptional()
                .map(a -> new FileDetails.Levels(
                        a.getNoAudio() == 1,
                        a.getIntegratedLufs(),
                        a.getLoudnessRangeLu(),
                        a.getSamplePeakDbfs(),
                        a.getTruePeakDbtp(),
                        a.getTrackGainDb(),
                        a.getAlbumGainDb(),
                        seconds(a.getLeadInTicks()),
                        seconds(a.getLeadOutTicks()),
                        span(a.getFadeInStartTicks(), a.getFadeInEndTicks()),
                        span(a.getFadeOutStartTicks(), a.getFadeOutEndTicks())))
                .orElse(null);
    }

    static List<FileDetails.PassageDetails> passages(DSLContext sql, long fileId) {
        return sql.selectFrom(PASSAGE)
                .where(PASSAGE.FILE_ID.eq(fileId))
                .orderBy(PASSAGE.SEQ)
                .fetch(p -> new FileDetails.PassageDetails(
                        seconds(p.getStartTicks()),
                        seconds(p.getEndTicks()),
                        seconds(p.getLeadInTicks()),
                        seconds(p.getLeadOutTicks()),
                        span(p.getFadeInStartTicks(), p.getFadeInEndTicks()),
                        span(p.getFadeOutStartTicks(), p.getFadeOutEndTicks()),
                        p.getIntegratedLufs(),
                        p.getTruePeakDbtp()));
    }

    private static Double seconds(Long ticks) {
        return ticks == null ? null : ticks / (double) Ticks.PER_SECOND;
    }

    private static Double span(Long startTicks, Long endTicks) {
        return startTicks == null || endTicks == null ? null : (endTicks - startTicks) / (double) Ticks.PER_SECOND;
    }
}
