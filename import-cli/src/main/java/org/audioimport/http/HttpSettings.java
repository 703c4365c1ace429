package org.audioimport.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where the API listens and the token it asks for. {@code [ADDR:]PORT}, ADDR 127.0.0.1 by default; any
 * address but loopback needs a token file that only its owner can read, or the daemon refuses to start.
 */
public record HttpSettings(InetSocketAddress address, String token) {
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    /** A setting the daemon cannot start with; the message says what to change. */
    public static final class InvalidException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidException(String message) {
            super(message);
        }

        InvalidException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Never shows the token, so that it cannot end up in a log. */
    @Override
    public String toString() {
        return "HttpSettings[address=" + address + ", token=" + (token == null ? "none" : "set") + "]";
    }

    public static HttpSettings of(String listen, Path tokenFile) throws InvalidException {
        InetSocketAddress address = address(listen);
        String token = tokenFile == null ? null : token(tokenFile);
        if (token == null && !address.getAddress().isLoopbackAddress()) {
            throw new InvalidException("--http " + listen + " listens beyond this machine: give --http-token-file "
                    + "with a secret only the daemon's user can read, or listen on 127.0.0.1");
        }
        return new HttpSettings(address, token);
    }

    static InetSocketAddress address(String listen) throws InvalidException {
        String text = listen.strip();
        int colon = text.lastIndexOf(':');
        boolean portOnly = colon < 0 || colon < text.lastIndexOf(']');
        String host = portOnly ? "127.0.0.1" : text.substring(0, colon);
        String port = portOnly ? text : text.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new InvalidException("--http " + listen + ": give [ADDR:]PORT, e.g. 8080 or 127.0.0.1:8080", e);
        }
        if (number < 0 || number > 65535) {
            throw new InvalidException("--http " + listen + ": the port must be from 0 to 65535");
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host.isEmpty() ? "127.0.0.1" : host), number);
        } catch (UnknownHostException e) {
            throw new InvalidException("--http " + listen + ": unknown address " + host, e);
        }
    }

    private static String token(Path file) throws InvalidException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                throw new InvalidException(
                        "the token file " + file + " can be read by other users: " + "run chmod 600 " + file);
            }
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (token.length() < 16) {
                throw new InvalidException("the token file " + file + " must hold a secret of at least 16 characters");
            }
            return token;
        } catch (IOException e) {
            throw new InvalidException("the token file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
