package org.audioimport.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.http.HttpApi;
import org.audioimport.http.HttpSettings;
import org.audioimport.schedule.FolderWatcher;
import org.audioimport.schedule.ScanRequest;
import org.slf4j.LoggerFactory;

/** What the daemon opens beside its scan loop, as asked: the HTTP API and the folder watcher. */
final class DaemonFace implements AutoCloseable {
    private final List<AutoCloseable> opened;
    private final DaemonScans scans;

    private DaemonFace(List<AutoCloseable> opened, DaemonScans scans) {
        this.opened = opened;
        this.scans = scans;
    }

    /** The daemon cannot serve what was asked (the port is taken, the folders cannot be watched). */
    static final class CannotStartException extends Exception {
        private static final long serialVersionUID = 1L;

        CannotStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static DaemonFace open(DaemonWebOptions web, HttpSettings http, DaemonScans scans, String version)
            throws CannotStartException {
        List<AutoCloseable> opened = new ArrayList<>();
        DaemonFace face = new DaemonFace(opened, scans);
        try {
            if (http != null) {
                try {
                    HttpApi api = HttpApi.start(http, scans.catalogue(), scans, version, HttpApi.KEEPALIVE);
                    opened.add(api);
                    scans.observe(api);
                } catch (IOException e) {
                    throw new CannotStartException("cannot listen on " + http.address() + ": " + e.getMessage(), e);
                }
            }
            if (web.watch) {
                try {
                    opened.add(FolderWatcher.start(
                            scans.roots(), web.settle(), folders -> scans.request(new ScanRequest(folders, "watch"))));
                } catch (IOException e) {
                    throw new CannotStartException("cannot watch the folders: " + e.getMessage(), e);
                }
            }
            return face;
        } catch (CannotStartException e) {
            face.close();
            throw e;
        }
    }

    /** Runs the scan loop while the API and the watcher are open, until the daemon stops. */
    void runScans(boolean scanAtStart) throws InterruptedException {
        scans.loop().run(scans, scanAtStart);
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : opened.reversed()) {
            try {
                closeable.close();
            } catch (Exception e) {
                LoggerFactory.getLogger(DaemonFace.class).warn("closing {}: {}", closeable, e.getMessage());
            }
        }
    }
}
