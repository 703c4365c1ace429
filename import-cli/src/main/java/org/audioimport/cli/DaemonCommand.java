package org.audioimport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.fingerprint.ChromaprintUnavailableException;
import org.audioimport.http.HttpSettings;
import org.audioimport.identify.IdentificationQueue;
import org.audioimport.identify.IdentificationService;
import org.audioimport.identify.IdentifyListener;
import org.audioimport.identify.IdentifySettings;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.schedule.DaemonLock;
import org.audioimport.schedule.ScanLoop;
import org.audioimport.schedule.Schedule;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.IdentityStore;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code audio-import daemon}: scheduled, incremental scans of the folders until stopped. */
@Command(
        name = "daemon",
        mixinStandardHelpOptions = true,
        description = "Scan the folders on a schedule (incrementally) until stopped by SIGTERM or Ctrl-C; optionally "
                + "serve an HTTP API and web page (--http) and scan folders as they change (--watch).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Stopped by SIGTERM or SIGINT after in-flight files committed or rolled back.",
            "2:Usage error, or the --http port cannot be bound.",
            "3:The catalogue cannot be opened or migrated.",
            "4:Chromaprint (libchromaprint1) is not installed.",
            "5:Another daemon already runs on this catalogue."
        })
final class DaemonCommand implements Callable<Integer>, LogsInfoByDefault {
    /** How often the daemon's identification looks for due files when no scan has woken it. */
    private static final Duration IDENTIFY_IDLE = Duration.ofMinutes(1);

    @Mixin
    private CatalogueContext context;

    @Mixin
    private ImportOptions options;

    @Mixin
    private IdentifyOptions identifyOptions;

    @Parameters(
            paramLabel = "DIR",
            arity = "0..*",
            description = "Folders to scan (default: the 'folders' setting, paths separated by ':').")
    private List<Path> roots = List.of();

    @Option(
            names = "--every",
            paramLabel = "INTERVAL",
            description = "Scan every INTERVAL after the last scan ended, "
                    + "e.g. 6h, 30m, 1d (default: 6h unless --cron is given).")
    private String every;

    @Option(
            names = "--cron",
            paramLabel = "EXPRESSION",
            description = "Scan at the times of a Unix cron expression, " + "e.g. \"0 3 * * *\".")
    private String cron;

    @Option(
            names = "--no-initial-scan",
            description = "Wait for the first scheduled time instead of scanning at start.")
    private boolean noInitialScan;

    @Mixin
    private DaemonWebOptions web;

    private final ConfigSources config;
    private final AtomicReference<DaemonScans> scans = new AtomicReference<>();
    private final CountDownLatch stopRequested = new CountDownLatch(1);

    DaemonCommand(ConfigSources config) {
        this.config = config;
    }

    @Override
    public Integer call()
            throws CatalogueException, ChromaprintUnavailableException, IOException, InterruptedException,
                    DaemonLock.AlreadyRunningException {
        Schedule schedule = schedule();
        List<Path> folders = folders();
        options.validate(context.spec().commandLine());
        HttpSettings http = web.httpSettings(context.spec().commandLine());
        Chromaprint chromaprint = Chromaprint.load();
        Catalogue catalogue = Catalogue.open(context.catalogueFile());
        try (DaemonLock lock = DaemonLock.acquire(catalogue.file())) {
            LoggerFactory.getLogger(DaemonCommand.class)
                    .info(
                            "daemon started (pid {}, lock {}), scanning {}",
                            ProcessHandle.current().pid(),
                            lock.file(),
                            folders);
            DaemonScans daemonScans = new DaemonScans(
                    folders,
                    catalogue,
                    chromaprint,
                    options.settings(),
                    options.busyTimeout(),
                    new ScanLoop(schedule, Clock.system(ZoneId.systemDefault())));
            // Between scans, and beside them, files are identified when an AcoustID key is set; without one, nothing
            // starts.
            IdentifySettings identifySettings = identifyOptions.settings();
            IdentificationService identification = new IdentificationService(
                    new IdentificationQueue(new IdentityStore(catalogue), identifySettings, Clock.systemUTC()),
                    IdentifyListener.NONE,
                    IDENTIFY_IDLE);
            daemonScans.observe(new ScanObserver() {
                @Override
                public void scanFinished(ImportSummary summary) {
                    identification.wake();
                }
            });
            identification.start();
            try {
                return runUntilStopped(daemonScans, http);
            } finally {
                identification.stop(identifySettings.requestTimeout());
            }
        }
    }

    /** Stops the daemon: no new scan starts, and the running one stops taking files. Safe from any thread. */
    void stop() {
        stopRequested.countDown();
        DaemonScans running = scans.get();
        if (running != null) {
            running.stopAll();
        }
    }

    private int runUntilStopped(DaemonScans daemonScans, HttpSettings http) throws InterruptedException {
        scans.set(daemonScans);
        if (stopRequested.getCount() == 0) {
            return ExitCodes.OK;
        }
        // A stop asked for is a clean end, not a failure: exit 0 rather than the signal's 128 + n.
        StopOnSignal signal = StopOnSignal.install(
                "stop-daemon",
                StopOnSignal.FILES_IN_FLIGHT,
                this::stop,
                () -> Runtime.getRuntime().halt(ExitCodes.OK));
        int exitCode = ExitCodes.OK;
        try (DaemonFace face = DaemonFace.open(web, http, daemonScans, version())) {
            face.runScans(!noInitialScan);
        } catch (DaemonFace.CannotStartException e) {
            context.spec().commandLine().getErr().println("audio-import: " + e.getMessage());
            daemonScans.stopAll();
            exitCode = ExitCodes.USAGE;
        } finally {
            signal.finish();
        }
        return exitCode;
    }

    private static String version() {
        try {
            return new VersionProvider().getVersion()[0];
        } catch (IOException e) {
            return "audio-import (version unknown)";
        }
    }

    private Schedule schedule() {
        try {
            if (cron != null && every != null) {
                throw new ParameterException(context.spec().commandLine(), "give --every or --cron, not both");
            }
            return cron != null ? Schedule.cron(cron) : Schedule.every(every != null ? every : "6h");
        } catch (IllegalArgumentException e) {
            throw new ParameterException(context.spec().commandLine(), e.getMessage());
        }
    }

    private List<Path> folders() {
        List<Path> folders = roots.isEmpty() ? ConfiguredFolders.of(config) : roots;
        if (folders.isEmpty()) {
            throw new ParameterException(
                    context.spec().commandLine(), "name the folders to scan, or set 'folders' in the config");
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new ParameterException(context.spec().commandLine(), folder + ": no such folder");
            }
        }
        return folders;
    }
}
