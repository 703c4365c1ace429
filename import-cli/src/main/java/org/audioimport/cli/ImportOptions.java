package org.audioimport.cli;

import java.time.Duration;
import java.util.List;
import org.audioimport.analyze.AnalyzeSettings;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.PhaseSettings;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.segment.SegmentSettings;
import org.audioimport.store.BusyRetry;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How files are imported: shared by {@code import} and {@code daemon}. Defaults may come from the config. */
final class ImportOptions {
    @Option(
            names = "--workers",
            paramLabel = "N",
            defaultValue = "" + ImportSettings.DEFAULT_WORKERS,
            description = "Files processed in parallel (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(
            names = "--cpu-workers",
            paramLabel = "N",
            description = "How many of the workers may decode and analyse at once (default: the number of cores, "
                    + "at most --workers); the others hash, read tags and write meanwhile.")
    Integer cpuWorkers;

    @Option(
            names = "--busy-timeout",
            paramLabel = "SECONDS",
            defaultValue = "" + BusyRetry.DEFAULT_GIVE_UP_SECONDS,
            description = "How long a busy catalogue is retried before a file is given up (default: ${DEFAULT-VALUE}).")
    double busyTimeoutSeconds;

    @Option(
            names = "--purge-missing-after",
            paramLabel = "DAYS",
            description =
                    "Delete files missing from disk for this many days or more; 0 deletes them as soon as they are"
                            + " found gone (default: keep them, marked missing).")
    Double purgeMissingAfterDays;

    @Option(names = "--no-follow-symlinks", description = "Do not follow symbolic links while walking the folders.")
    boolean noFollowSymlinks;

    @Option(
            names = "--accept-empty",
            description = "Take a folder to scan that is empty as emptied on purpose: mark the files the catalogue "
                    + "holds under it missing. By default it is taken for a disk that is not mounted: its files "
                    + "are kept as they were and the run reports the folder (exit 1).")
    boolean acceptEmpty;

    @Option(
            names = "--ignore",
            paramLabel = "PATTERN",
            split = ",",
            description =
                    "Skip files and folders matching these gitignore-style patterns (repeatable, or comma-separated); "
                            + ".audioimportignore files in the folders are read as well.")
    List<String> ignorePatterns = List.of();

    @Option(
            names = "--fingerprint-length",
            paramLabel = "SECONDS",
            defaultValue = "" + Chromaprint.DEFAULT_LENGTH_SECONDS,
            description =
                    "Seconds fingerprinted from the start of each file, as fpcalc -length (default: ${DEFAULT-VALUE}).")
    int fingerprintSeconds;

    @Option(
            names = "--silence-threshold",
            paramLabel = "DB",
            defaultValue = "" + SegmentSettings.DEFAULT_THRESHOLD_DB,
            description =
                    "Audio quieter than this, in dB below the file's peak, counts as silence (default: ${DEFAULT-VALUE}).")
    double silenceThresholdDb;

    @Option(
            names = "--min-silence",
            paramLabel = "SECONDS",
            defaultValue = "" + SegmentSettings.DEFAULT_MIN_SILENCE_SECONDS,
            description = "The shortest silence that splits a file into passages (default: ${DEFAULT-VALUE}); "
                    + "shorter pauses stay inside a passage.")
    double minSilenceSeconds;

    @Option(
            names = "--lead-threshold",
            paramLabel = "DB",
            defaultValue = "" + AnalyzeSettings.DEFAULT_LEAD_DB,
            description = "Lead-in and lead-out are where the music rises above, and last falls below, this level "
                    + "in dB below the passage's peak (default: ${DEFAULT-VALUE}).")
    double leadThresholdDb;

    void validate(CommandLine commandLine) {
        if (workers < 1) {
            throw new ParameterException(commandLine, "--workers must be at least 1, was " + workers);
        }
        if (cpuWorkers != null && cpuWorkers < 1) {
            throw new ParameterException(commandLine, "--cpu-workers must be at least 1, was " + cpuWorkers);
        }
        if (fingerprintSeconds < 1) {
            throw new ParameterException(commandLine, "--fingerprint-length must be at least 1 second");
        }
        try {
            phases();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
        if (!(busyTimeoutSeconds >= 0)) {
            throw new ParameterException(commandLine, "--busy-timeout must be 0 or more seconds");
        }
        if (purgeMissingAfterDays != null && !(purgeMissingAfterDays >= 0)) {
            throw new ParameterException(commandLine, "--purge-missing-after must be 0 or more days");
        }
    }

    Duration busyTimeout() {
        return OptionDurations.seconds(busyTimeoutSeconds);
    }

    ImportSettings settings() {
        Duration purge = OptionDurations.days(purgeMissingAfterDays);
        int computing = cpuWorkers != null ? cpuWorkers : ImportSettings.defaultCpuWorkers(workers);
        return new ImportSettings(
                workers,
                computing,
                purge,
                new WalkSettings(!noFollowSymlinks, ignorePatterns, List.of(), acceptEmpty),
                phases());
    }

    private PhaseSettings phases() {
        SegmentSettings segment = new SegmentSettings(
                silenceThresholdDb,
                minSilenceSeconds,
                SegmentSettings.DEFAULTS.floorDbfs(),
                SegmentSettings.DEFAULTS.audibleDbfs());
        AnalyzeSettings defaults = AnalyzeSettings.DEFAULTS;
        AnalyzeSettings analyze = new AnalyzeSettings(
                leadThresholdDb, leadThresholdDb, defaults.fadeMinSeconds(), defaults.fadeMinDepthDb());
        return new PhaseSettings(fingerprintSeconds, segment, analyze);
    }
}
