"""Reads a FlavorDump file and the dataset's SOURCES.tsv into tracks with their truth.

A track: path (relative to the dataset), album (None when it has none), recording (copies share
it), vector (the Java flavor vector of the dumped version) and frames (per hop: 40 log mel bands
in dB, loudness in dBFS or -120 when silent, onset strength, 1 when voiced).
"""

import csv
import os
import struct

import numpy as np

MEL_BANDS = 40
PER_FRAME = MEL_BANDS + 3
LOUDNESS, ONSET, VOICED = MEL_BANDS, MEL_BANDS + 1, MEL_BANDS + 2


def truth(dataset):
    """path -> (album, recording) from SOURCES.tsv; the album column, else the package."""
    out = {}
    with open(os.path.join(dataset, "SOURCES.tsv"), newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            album = row.get("album") or row["package"]
            album = None if album == "-" else album
            known = row["package"] != "-" and row["source_file"] != "-"
            recording = row["package"] + ":" + row["source_file"] if known else row["path"]
            out[row["path"]] = (album, recording)
    return out


def load(dump_file, dataset):
    """The tracks of the dump that SOURCES.tsv knows and that have a vector, in dump order."""
    known = truth(dataset)
    root = os.path.realpath(dataset)
    tracks = []
    with open(dump_file, "rb") as f:
        data = f.read()
    i = 0
    while i + 4 <= len(data):
        (n,) = struct.unpack(">i", data[i : i + 4])
        path = data[i + 4 : i + 4 + n].decode()
        i += 4 + n
        if i + 4 > len(data):
            break
        (m,) = struct.unpack(">i", data[i : i + 4])
        vector = np.frombuffer(data[i + 4 : i + 4 + 4 * m], dtype=">f4").astype(np.float64)
        i += 4 + 4 * m
        (k,) = struct.unpack(">i", data[i : i + 4])
        if i + 4 + 4 * k * PER_FRAME > len(data):
            break  # a dump still being written: its last file is incomplete
        frames = np.frombuffer(data[i + 4 : i + 4 + 4 * k * PER_FRAME], dtype=">f4")
        frames = frames.astype(np.float64).reshape(k, PER_FRAME)
        i += 4 + 4 * k * PER_FRAME
        rel = os.path.relpath(os.path.realpath(path), root)
        if rel in known and m > 0:
            album, recording = known[rel]
            tracks.append(dict(path=rel, album=album, recording=recording, vector=vector, frames=frames))
    return tracks
