package org.audioimport.series;

import java.nio.file.Path;

/** A {@link Series} of doubles. */
public final class DoubleSeries extends Series {

    public DoubleSeries(int pageLength, int residentPages, Path folder) {
        super(pageLength, residentPages, folder, Double.BYTES);
    }

    public double get(long index) {
        return pageToRead(index).getDouble(offset(index));
    }

    public void set(long index, double value) {
        pageToWrite(index).putDouble(offset(index), value);
    }
}
