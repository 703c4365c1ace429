package org.audioimport.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.scanning.PathText;

/**
 * Checks the folders a client asks to scan: each must be inside a configured root as written (anything else
 * is refused before it is looked at, so that the answer tells nothing of what lies outside), and an existing
 * folder inside one once {@code ..} and symbolic links are resolved. A folder reached through a link out of the roots, a NUL byte,
 * a relative path or a name that does not exist is refused. A folder is named by its path's text, as the
 * API prints paths ({@code \xE9} for a byte that is not UTF-8, {@code \\} for a backslash). The path handed
 * on keeps the configured root's spelling, so the catalogue's paths do not change with the way a client
 * wrote it.
 */
final class RootGuard {
    private static final int MAX_ROOTS = 100;

    private final List<Path> roots;

    RootGuard(List<Path> roots) {
        this.roots = roots;
    }

    List<Path> check(List<String> requested) throws ApiException {
        if (requested.size() > MAX_ROOTS) {
            throw ApiException.badRequest("at most " + MAX_ROOTS + " roots per scan");
        }
        List<Path> checked = new ArrayList<>();
        for (String text : requested) {
            checked.add(check(text));
        }
        return checked;
    }

    private Path check(String text) throws ApiException {
        if (text.indexOf('\0') >= 0) {
            throw ApiException.badRequest("a root may not contain a NUL byte");
        }
        if (!text.startsWith("/")) {
            throw ApiException.badRequest(text + ": a root must be an absolute path");
        }
        Path asked;
        try {
            asked = PathText.toPath(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "not a path: " + e.getMessage(), e);
        }
        // Refused before anything of it is looked at, so that no answer tells what lies outside the roots.
        Path written = asked.normalize();
        if (roots.stream().noneMatch(root -> written.startsWith(root.normalize()))) {
            throw outside(text);
        }
        Path real;
        try {
            real = asked.toRealPath();
        } catch (IOException e) {
            throw new ApiException(400, text + ": no such folder", e);
        }
        for (Path root : roots) {
            try {
                Path realRoot = root.toRealPath();
                if (real.startsWith(realRoot)) {
                    if (!Files.isDirectory(real)) {
                        throw ApiException.badRequest(text + ": not a folder");
                    }
                    return root.resolve(realRoot.relativize(real)).normalize();
                }
            } catch (IOException rootGone) {
                // A configured root that is unreadable now holds nothing a client may name.
            }
        }
        throw outside(text);
    }

    private ApiException outside(String text) {
        return new ApiException(403, text + ": not inside the configured folders " + roots);
    }
}
