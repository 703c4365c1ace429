#!/usr/bin/env python3
"""Compares the passages of make-long-file.sh's long file with the same tracks imported alone.

    test-data/compare-long-file.py FOLDER TRACKS.db LONG.db [LONG2.db ...]

TRACKS.db is a catalogue of FOLDER/tracks, each LONG.db one of FOLDER/long (for instance made by two
versions of audio-import). Passages are paired in order: the tracks are in the long file in name order.
Prints, per passage, the integrated loudness and loudness range alone and in each long catalogue, with
FFmpeg's ebur128 figures of the track, then the worst differences from the track alone.
"""
import glob
import os
import sqlite3
import sys
import wave

TICKS_PER_SECOND = 28_224_000
PASSAGES = """select f.path, p.start_ticks, p.integrated_lufs, p.loudness_range_lu, p.lead_in_ticks
              from passage p join file f on f.id = p.file_id order by f.path, p.seq"""


def passages(db):
    return sqlite3.connect(db).execute(PASSAGES).fetchall()


def track_starts(folder):
    """Each track's first tick in the long file: the tracks before it and their 5 s silences."""
    starts, frames = {}, 0
    for path in sorted(glob.glob(os.path.join(folder, "tracks", "*.wav"))):
        starts[os.path.basename(path)] = frames * TICKS_PER_SECOND // 44_100
        with wave.open(path) as w:
            frames += w.getnframes() + 5 * 44_100
    return starts


def main(folder, alone_db, long_dbs):
    reference = {}
    with open(os.path.join(folder, "ebur128.tsv")) as lines:
        for line in lines:
            name, integrated, lra = line.rstrip("\n").split("\t")
            reference[name] = (integrated, lra)
    starts = track_starts(folder)
    alone = passages(alone_db)
    longs = [passages(db) for db in long_dbs]
    worst = [[0.0, 0.0, 0.0] for _ in long_dbs]
    print("track\tI alone\t" + "\t".join(f"I {os.path.basename(d)}" for d in long_dbs)
          + "\tLRA alone\t" + "\t".join(f"LRA {os.path.basename(d)}" for d in long_dbs) + "\tebur128 I\tebur128 LRA")
    for k, a in enumerate(alone):
        name = os.path.basename(a[0])
        ins = [rows[k] for rows in longs]
        print("\t".join([name, f"{a[2]:.3f}"] + [f"{r[2]:.3f}" for r in ins] + [f"{a[3]:.2f}"]
                        + [f"{r[3]:.2f}" for r in ins] + list(reference[name])))
        for w, r in zip(worst, ins):
            w[0] = max(w[0], abs(r[2] - a[2]))
            w[1] = max(w[1], abs(r[3] - a[3]))
            w[2] = max(w[2], abs(r[4] - starts[name] - a[4]) / TICKS_PER_SECOND)
    for db, (integrated, lra, lead_in) in zip(long_dbs, worst):
        print(f"{db}: worst |integrated - alone| {integrated:.3f} LU, |range - alone| {lra:.2f} LU, "
              f"|lead-in - alone| {lead_in:.3f} s")


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
