package org.audioimport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of an extended M3U playlist, read as players read the format: {@code #EXTM3U} first, then
 * per entry an {@code #EXTINF:<seconds>,<label>} line and the location on the next line; other lines
 * starting with {@code #} are comments. Anything else is refused, so a test that reads a playlist back
 * also checks its shape.
 */
record M3uEntry(long seconds, String label, String location) {
    private static final Pattern EXTINF = Pattern.compile("#EXTINF:(-?\\d+),(.*)");

    static List<M3uEntry> parse(String text) {
        if (text.startsWith("\uFEFF")) {
            throw new IllegalArgumentException("a byte-order mark before #EXTM3U");
        }
        String[] lines = text.split("\n", -1);
        if (!"#EXTM3U".equals(lines[0])) {
            throw new IllegalArgumentException("no #EXTM3U header: " + lines[0]);
        }
        if (!lines[lines.length - 1].isEmpty()) {
            throw new IllegalArgumentException("the last line does not end with a line break");
        }
        List<M3uEntry> entries = new ArrayList<>();
        for (int i = 1; i < lines.length - 1; i++) {
            Matcher info = EXTINF.matcher(lines[i]);
            if (!info.matches()) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not #EXTINF: " + lines[i]);
            }
            String location = lines[++i];
            if (location.isEmpty() || location.startsWith("#") || location.contains("\r")) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not a location: " + location);
            }
            entries.add(new M3uEntry(Long.parseLong(info.group(1)), info.group(2), location));
        }
        return entries;
    }
}
