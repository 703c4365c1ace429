package org.audioimport.series;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/** A {@link Series} of doubles. */
public final class DoubleSeries extends Series {

    public DoubleSeries(int pageLength, int residentPages, Path folder) {
        super(pageLength, residentPages, folder, Double.BYTES);
    }

    public double get(long index) {
        return pageToRead(index).getDouble(offset(index));
    }

    /** Adds {@code value} to value {@code index}: the running sum of an energy. */
    public void add(long index, double value) {
        ByteBuffer page = pageToWrite(index);
        int at = offset(index);
        page.putDouble(at, page.getDouble(at) + value);
    }
}
