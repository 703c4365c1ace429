package org.audioimport.tags;

/** Normalising raw tag text: blanks (and NUL padding) to null, "3/12" to its numbers. */
final class TagValues {
    private TagValues() {}

    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        // RIFF INFO strings are padded to even length with NUL, which strip() does not remove.
        String trimmed = raw.replace("\u0000", "").strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** The number before a slash ("3" of "3/12"), or null when there is none. */
    static Integer position(String raw) {
        return number(part(raw, 0));
    }

    /** The number after a slash ("12" of "3/12"), or null when there is none. */
    static Integer total(String raw) {
        return number(part(raw, 1));
    }

    static Integer number(String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        int end = 0;
        while (end < value.length() && Character.isDigit(value.charAt(end))) {
            end++;
        }
        if (end == 0 || end > 9) {
            return null;
        }
        return Integer.parseInt(value.substring(0, end));
    }

    private static String part(String raw, int index) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        String[] parts = value.split("/", 2);
        return index < parts.length ? parts[index] : null;
    }

    /** The first non-null of the values. */
    @SafeVarargs
    static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
