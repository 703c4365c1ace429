package org.audioimport.flavor;

/** {@link SignChangeKernel} in plain Java. */
final class ScalarSignChangeKernel implements SignChangeKernel {
    @Override
    public int signChanges(float[] x, int n) {
        return countFrom(x, 1, n);
    }

    /** The count over {@code i} from {@code first} to {@code n - 1}. */
    static int countFrom(float[] x, int first, int n) {
        // Without a branch: music changes sign at random, so a branch would mispredict often.
        int changes = 0;
        int wasPositive = x[first - 1] >= 0 ? 1 : 0;
        for (int i = first; i < n; i++) {
            int positive = x[i] >= 0 ? 1 : 0;
            changes += positive ^ wasPositive;
            wasPositive = positive;
        }
        return changes;
    }
}
