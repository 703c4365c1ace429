package org.audioimport.identify;

import java.net.URI;

/** Joins a configured base URL (with or without a trailing slash, perhaps with a path) and a service path. */
final class Urls {
    private Urls() {}

    static URI under(URI base, String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text : text + "/") + path);
    }
}
