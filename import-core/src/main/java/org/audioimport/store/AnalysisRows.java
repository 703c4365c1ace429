package org.audioimport.store;

import static org.audioimport.store.schema.Tables.ANALYSIS;
import static org.audioimport.store.schema.Tables.PASSAGE;

import org.audioimport.analyze.Analysis;
import org.audioimport.analyze.Envelope;
import org.audioimport.analyze.Fade;
import org.audioimport.analyze.Loudness;
import org.audioimport.analyze.PassageAnalysis;
import org.audioimport.segment.NoAudio;
import org.audioimport.segment.SegmentOutcome;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A file's segment and analyze rows: replaced as a whole, inside the file's one transaction. */
final class AnalysisRows {
    private AnalysisRows() {}

    static void write(FileStatements out, Field<Long> fileId, SegmentOutcome segments, Analysis analysis) {
        clear(out, fileId);
        Loudness loudness = analysis.loudness();
        Envelope envelope = analysis.envelope();
        Fade fadeIn = envelope == null ? null : envelope.fadeIn();
        Fade fadeOut = envelope == null ? null : envelope.fadeOut();
        out.add(DSL.insertInto(ANALYSIS)
                .set(ANALYSIS.FILE_ID, fileId)
                .set(ANALYSIS.SEGMENT_VERSION, segments.version())
                .set(ANALYSIS.ANALYZE_VERSION, analysis.version())
                .set(ANALYSIS.NO_AUDIO, segments instanceof NoAudio ? 1 : 0)
                .set(ANALYSIS.INTEGRATED_LUFS, loudness.integratedLufs())
                .set(ANALYSIS.LOUDNESS_RANGE_LU, loudness.rangeLu())
                .set(ANALYSIS.SAMPLE_PEAK_DBFS, loudness.samplePeakDbfs())
                .set(ANALYSIS.TRUE_PEAK_DBTP, loudness.truePeakDbtp())
                .set(ANALYSIS.TRACK_GAIN_DB, analysis.trackGainDb())
                .set(ANALYSIS.LEAD_IN_TICKS, envelope == null ? null : envelope.leadInTicks())
                .set(ANALYSIS.LEAD_OUT_TICKS, envelope == null ? null : envelope.leadOutTicks())
                .set(ANALYSIS.FADE_IN_START_TICKS, startOf(fadeIn))
                .set(ANALYSIS.FADE_IN_END_TICKS, endOf(fadeIn))
                .set(ANALYSIS.FADE_OUT_START_TICKS, startOf(fadeOut))
                .set(ANALYSIS.FADE_OUT_END_TICKS, endOf(fadeOut))
                .set(ANALYSIS.GATING_BLOCKS, analysis.gating().toBytes()));
        int seq = 0;
        for (PassageAnalysis passage : analysis.passages()) {
            Envelope shape = passage.envelope();
            Loudness level = passage.loudness();
            out.add(DSL.insertInto(PASSAGE)
                    .set(PASSAGE.FILE_ID, fileId)
                    .set(PASSAGE.SEQ, seq++)
                    .set(PASSAGE.START_TICKS, passage.passage().startTicks())
                    .set(PASSAGE.END_TICKS, passage.passage().endTicks())
                    .set(PASSAGE.LEAD_IN_TICKS, shape.leadInTicks())
                    .set(PASSAGE.LEAD_OUT_TICKS, shape.leadOutTicks())
                    .set(PASSAGE.FADE_IN_START_TICKS, startOf(shape.fadeIn()))
                    .set(PASSAGE.FADE_IN_END_TICKS, endOf(shape.fadeIn()))
                    .set(PASSAGE.FADE_OUT_START_TICKS, startOf(shape.fadeOut()))
                    .set(PASSAGE.FADE_OUT_END_TICKS, endOf(shape.fadeOut()))
                    .set(PASSAGE.INTEGRATED_LUFS, level.integratedLufs())
                    .set(PASSAGE.LOUDNESS_RANGE_LU, level.rangeLu())
                    .set(PASSAGE.SAMPLE_PEAK_DBFS, level.samplePeakDbfs())
                    .set(PASSAGE.TRUE_PEAK_DBTP, level.truePeakDbtp()));
        }
    }

    private static Long startOf(Fade fade) {
        return fade == null ? null : fade.startTicks();
    }

    private static Long endOf(Fade fade) {
        return fade == null ? null : fade.endTicks();
    }

    static void clear(FileStatements out, Field<Long> fileId) {
        out.add(DSL.deleteFrom(PASSAGE).where(PASSAGE.FILE_ID.eq(fileId)));
        out.add(DSL.deleteFrom(ANALYSIS).where(ANALYSIS.FILE_ID.eq(fileId)));
    }
}
