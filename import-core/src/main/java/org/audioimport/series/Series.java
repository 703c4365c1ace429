package org.audioimport.series;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A growing array of numbers, indexed from 0 and zero until set, that holds {@code residentPages}
 * pages of {@code pageLength} values in memory and keeps the rest in a temporary file in {@code
 * folder} ({@link org.audioimport.series}). Reads and writes that move along the series in order cost
 * an array access; one that jumps to a page not in memory costs a page of file I/O. Not thread-safe.
 */
public abstract sealed class Series implements AutoCloseable permits FloatSeries, DoubleSeries {
    private final int pageLength;
    private final int valueBytes;
    private final Pages pages;

    Series(int pageLength, int residentPages, Path folder, int valueBytes) {
        this.pageLength = pageLength;
        this.valueBytes = valueBytes;
        this.pages = new Pages(Math.multiplyExact(pageLength, valueBytes), residentPages, folder);
    }

    /** The page holding value {@code index}, to read. */
    final ByteBuffer pageToRead(long index) {
        return pages.read(index / pageLength);
    }

    /** The page holding value {@code index}, to change. */
    final ByteBuffer pageToWrite(long index) {
        return pages.write(index / pageLength);
    }

    /** Where value {@code index} sits in its page, in bytes. */
    final int offset(long index) {
        return (int) (index % pageLength) * valueBytes;
    }

    /** Every value is zero again, and the temporary file is gone. */
    public final void clear() {
        pages.clear();
    }

    /** Values held in memory: past this many, the series uses its temporary file. */
    public final long residentLength() {
        return pages.retainedBytes() / valueBytes;
    }

    /** Bytes held in memory, whatever the series' length. */
    public final long retainedBytes() {
        return pages.retainedBytes();
    }

    /** Whether some of the values went to the temporary file since the last {@link #clear}. */
    public final boolean spilled() {
        return pages.spilled();
    }

    /** Empties the series, as {@link #clear} does: the temporary file is gone; the series can be used again. */
    @Override
    public final void close() {
        pages.clear();
    }
}
