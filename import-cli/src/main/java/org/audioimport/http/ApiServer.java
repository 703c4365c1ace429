package org.audioimport.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JDK's own {@code com.sun.net.httpserver}, one virtual thread per exchange so that
 * long-lived event streams cost no platform thread. No dependency, no framework: the API is a handful of
 * routes on loopback, and everything else (routing, guards, errors) is a page of code in {@link Dispatcher}.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final HttpServer server;
    private final ExecutorService threads;
    private final EventHub events;

    private ApiServer(HttpServer server, ExecutorService threads, EventHub events) {
        this.server = server;
        this.threads = threads;
        this.events = events;
    }

    /** Binds {@code address} and serves {@code routes}; {@code token} null when on loopback without one. */
    public static ApiServer start(InetSocketAddress address, String token, List<Route> routes, EventHub events)
            throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(threads);
        server.createContext("/", new Dispatcher(new RequestGuard(token, address), routes, events));
        server.start();
        LOG.info(
                "HTTP API and page at http://{}:{}/{}",
                hostForUrl(address.getAddress()),
                server.getAddress().getPort(),
                token == null ? "" : " (Bearer token required)");
        return new ApiServer(server, threads, events);
    }

    /** An address as a URL's host names it: an IPv6 address in brackets. */
    static String hostForUrl(InetAddress address) {
        String literal = address.getHostAddress();
        return address instanceof Inet6Address ? "[" + literal + "]" : literal;
    }

    /** The port bound: the one asked for, or the one the system chose for port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        events.close();
        server.stop(1);
        threads.shutdownNow();
    }
}
