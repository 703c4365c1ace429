package org.audioimport.series;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/** A {@link Series} of floats. */
public final class FloatSeries extends Series {

    public FloatSeries(int pageLength, int residentPages, Path folder) {
        super(pageLength, residentPages, folder, Float.BYTES);
    }

    public float get(long index) {
        return pageToRead(index).getFloat(offset(index));
    }

    /** Raises value {@code index} to {@code value} if it is lower: the running maximum of a peak. */
    public void raise(long index, float value) {
        ByteBuffer page = pageToWrite(index);
        int at = offset(index);
        page.putFloat(at, Math.max(page.getFloat(at), value));
    }
}
