package org.audioimport.scanning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the system mounts disks: the mount points {@code fstab} names, and those {@code mountinfo} lists as
 * mounted now. A folder inside a library that fstab names but that nothing is mounted on, and that is
 * empty, is a disk that did not come up (a NAS switched off, a USB disk unplugged), not a folder whose
 * files were deleted: the walk keeps its files, as it does an empty library folder's.
 *
 * @param fstab the static table ({@code /etc/fstab}): a mount point is the second field of a line
 * @param mountinfo the mounts of this process's namespace ({@code /proc/self/mountinfo}): the fifth field
 */
public record MountPoints(Path fstab, Path mountinfo) {
    /** The system's tables. */
    public static final MountPoints SYSTEM = new MountPoints(Path.of("/etc/fstab"), Path.of("/proc/self/mountinfo"));

    /** Both tables write a space, a tab, a newline and a backslash in a path as an octal escape. */
    private static final Pattern OCTAL_ESCAPE = Pattern.compile("\\\\([0-7]{3})");

    /**
     * The folders fstab names that nothing is mounted on now, read afresh: a daemon's disk comes and goes.
     * Empty when either table cannot be read: then no folder is taken for a missing disk.
     */
    public Set<Path> awaitingTheirDisk() {
        Set<Path> configured = mountPoints(fstab, 1);
        Set<Path> mounted = mountPoints(mountinfo, 4);
        if (configured.isEmpty() || mounted.isEmpty()) {
            return Set.of();
        }
        configured.removeAll(mounted);
        return Set.copyOf(configured);
    }

    /** Whether {@code dir} is one of {@code awaiting}, by its path or its real path (a link to it). */
    static boolean isAwaitingItsDisk(Path dir, Set<Path> awaiting) {
        if (awaiting.isEmpty()) {
            return false;
        }
        try {
            return awaiting.contains(dir) || awaiting.contains(dir.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The absolute paths in field {@code field} of the table's lines; comments and entries with no path
     * (swap) are left out.
     */
    private static Set<Path> mountPoints(Path table, int field) {
        List<String> lines;
        try {
            lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new HashSet<>();
        }
        Set<Path> points = new HashSet<>();
        for (String line : lines) {
            String[] fields = line.strip().split("\\s+", -1);
            if (fields.length <= field || fields[0].startsWith("#") || !fields[field].startsWith("/")) {
                continue;
            }
            points.add(Path.of(unescape(fields[field])).normalize());
        }
        return points;
    }

    private static String unescape(String field) {
        Matcher escape = OCTAL_ESCAPE.matcher(field);
        StringBuilder text = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(
                    text, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 8))));
        }
        return escape.appendTail(text).toString();
    }
}
