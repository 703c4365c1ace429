package org.audioimport.http;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security rules every request passes before its route runs:
 * <ol>
 *   <li>with a token, every API request carries {@code Authorization: Bearer TOKEN} (401 otherwise,
 *       logged without the token); the page and its files, and {@code /healthz}, hold no data and are open;</li>
 *   <li>without a token the server is on loopback, and the {@code Host} must name loopback too, so that a
 *       page elsewhere cannot reach it through DNS rebinding;</li>
 *   <li>a POST, and any request for data, from a browser must come from the page itself: a cross-site
 *       {@code Sec-Fetch-Site} or a cross-origin {@code Origin} gets 403, so that another site's page can
 *       neither change anything nor hold the event streams' places.</li>
 * </ol>
 */
final class RequestGuard {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final byte[] token;
    /** The names a Host may give: loopback's usual ones, and the address the server is bound to, as named. */
    private final Set<String> hostNames;

    /** {@code token} null: loopback only, no token asked. */
    RequestGuard(String token, InetSocketAddress bound) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        Set<String> names = new HashSet<>(LOOPBACK_NAMES);
        names.add(bound.getHostString().toLowerCase(Locale.ROOT));
        names.add(ApiServer.hostForUrl(bound.getAddress()));
        this.hostNames = Set.copyOf(names);
    }

    void check(HttpExchange exchange, String path) throws ApiException {
        String method = exchange.getRequestMethod();
        if (token == null) {
            checkLoopbackHost(exchange);
        } else if (!isOpen(method, path)) {
            checkToken(exchange, method, path);
        }
        if ("POST".equals(method) || !isOpen(method, path)) {
            checkSameOrigin(exchange);
        }
    }

    private static boolean isOpen(String method, String path) {
        return "GET".equals(method) && (path.equals("/") || path.startsWith("/static/") || path.equals("/healthz"));
    }

    private void checkToken(HttpExchange exchange, String method, String path) throws ApiException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        String problem;
        if (header == null) {
            problem = "no Authorization header";
        } else if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            problem = "an Authorization header that is not a Bearer token";
        } else if (!MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
            problem = "a wrong token";
        } else {
            return;
        }
        LOG.warn(
                "refused {} {} from {}: {}",
                method,
                path,
                exchange.getRemoteAddress().getAddress().getHostAddress(),
                problem);
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        throw new ApiException(401, "this request needs Authorization: Bearer TOKEN (the daemon's --http-token-file)");
    }

    private void checkLoopbackHost(HttpExchange exchange) throws ApiException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hostNames.contains(hostName(host))) {
            throw new ApiException(403, "the Host header must name this machine's loopback address");
        }
    }

    private static void checkSameOrigin(HttpExchange exchange) throws ApiException {
        String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new ApiException(403, "cross-site requests are refused");
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (origin == null) {
            return;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !origin.toLowerCase(Locale.ROOT).equals("http://" + host.toLowerCase(Locale.ROOT))) {
            throw new ApiException(403, "cross-origin requests are refused (Origin " + origin + ")");
        }
    }

    /** The name part of a Host header: without the port, brackets kept for IPv6. */
    private static String hostName(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        int colon = lower.lastIndexOf(':');
        return colon > lower.lastIndexOf(']') ? lower.substring(0, colon) : lower;
    }
}
