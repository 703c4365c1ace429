package org.audioimport.series;

import java.nio.file.Path;

/** A {@link Series} of floats. */
public final class FloatSeries extends Series {

    public FloatSeries(int pageLength, int residentPages, Path folder) {
        super(pageLength, residentPages, folder, Float.BYTES);
    }

    public float get(long index) {
        return pageToRead(index).getFloat(offset(index));
    }

    public void set(long index, float value) {
        pageToWrite(index).putFloat(offset(index), value);
    }
}
