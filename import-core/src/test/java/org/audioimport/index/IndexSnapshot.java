package org.audioimport.index;

import java.util.ArrayList;
import java.util.List;

/** What an index answers to a fixed set of queries, to show that something left it unchanged. */
record IndexSnapshot(int size, List<List<Neighbour>> answers) {

    static IndexSnapshot of(VectorIndex index, float[][] queries) throws IndexException {
        List<List<Neighbour>> answers = new ArrayList<>();
        for (float[] query : queries) {
            answers.add(index.search(query, 10, 50, id -> true));
        }
        return new IndexSnapshot(index.size(), answers);
    }
}
