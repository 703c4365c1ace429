"""Album precision at 5 and copies nearest of a catalogue's flavor vectors, with the bench's protocol.

    python3 catalogue_p5.py CATALOGUE.db DATASET [PER_QUERY.npy]

Reads every file's vector from the catalogue (`audio-import import DATASET --db CATALOGUE.db`), the
truth from DATASET/SOURCES.tsv, and prints the figures `bench` prints; with a third argument, saves each
query's precision there, for `protocol.lead` to compare two catalogues of the same set query by query.
"""

import os
import sqlite3
import sys

import numpy as np

import dump
import protocol


def vectors(catalogue, dataset):
    """(relative path, vector) of every file SOURCES.tsv knows that has a vector, by path."""
    known = dump.truth(dataset)
    root = os.path.realpath(dataset)
    query = (
        "SELECT file.path, flavor.vector FROM flavor JOIN file ON file.id = flavor.file_id"
        " WHERE flavor.vector IS NOT NULL ORDER BY file.path"
    )
    rows = []
    with sqlite3.connect(catalogue) as db:
        for path, blob in db.execute(query):
            relative = os.path.relpath(os.path.realpath(path), root)
            if relative in known:
                rows.append((relative, np.frombuffer(blob, dtype="<f4").astype(np.float64)))
    return known, rows


def main(catalogue, dataset, per_query=None):
    known, rows = vectors(catalogue, dataset)
    albums = [known[path][0] for path, _ in rows]
    recordings = [known[path][1] for path, _ in rows]
    distances = protocol.cosine(np.array([vector for _, vector in rows]))
    asked, chance = protocol.queries(albums, recordings)
    precision = protocol.precision(distances, albums, recordings, asked)
    have, nearest = protocol.copies_nearest(distances, recordings)
    print(
        f"{catalogue}: {len(rows)} tracks, {len(asked)} queries, P@5 {precision.mean():.3f}"
        f" (random {chance:.3f}), copies nearest {nearest} of {have}"
    )
    if per_query:
        np.save(per_query, precision)


if __name__ == "__main__":
    main(*sys.argv[1:4])
