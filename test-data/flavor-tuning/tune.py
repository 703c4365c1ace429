"""Measures flavor candidates on a dumped dataset with the bench's protocol.

    python3 tune.py [--search] TUNING_DUMP TUNING_DATASET [CONFIRM_DUMP CONFIRM_DATASET]

A candidate is the version 3 vector with its groups reweighted, some dropped, and new groups
(features.py) added, each standardised by offsets and scales read off the tuning set only (median,
half the 10-90 % spread, clamped to +-3), then weighted by w / sqrt(values) as FlavorLayout does.
The same constants are applied to the confirmation set. Prints P@5, the lead over the version 3
vector with its paired bootstrap interval, copies nearest, on both sets. With --search, also searches the group weights of each start in
candidates.SEARCH on the tuning set, one group at a time, until no step helps.
"""

import os
import pickle
import sys

import numpy as np

import candidates
import dump
import features
import protocol


def prepare(dump_file, dataset):
    """The tracks' truth, v3 vectors and candidate groups, cached beside the dump until it or features.py change."""
    cache = dump_file + ".groups.pkl"
    sources = (dump_file, features.__file__)
    if os.path.exists(cache) and all(os.path.getmtime(cache) > os.path.getmtime(s) for s in sources):
        with open(cache, "rb") as f:
            return pickle.load(f)
    tracks = dump.load(dump_file, dataset)
    groups = [features.candidates(t["frames"]) for t in tracks]
    data = dict(
        albums=[t["album"] for t in tracks],
        recordings=[t["recording"] for t in tracks],
        v3=np.array([t["vector"] for t in tracks]),
        groups={n: np.array([g[n] for g in groups]) for n in groups[0]},
    )
    with open(cache, "wb") as f:
        pickle.dump(data, f)
    return data


def constants(data):
    """Offset and scale of every new group's values, read off one set."""
    out = {}
    for name, x in data["groups"].items():
        scale = (np.percentile(x, 90, 0) - np.percentile(x, 10, 0)) / 2
        out[name] = (np.median(x, 0), np.where(scale > 1e-9, scale, 1))
    return out


def vector(data, spec, consts):
    """spec: group name -> weight; v3 group names reweight that group of the v3 vector (0 drops it)."""
    parts = []
    for name, group in features.V3_GROUPS.items():
        w = spec.get(name, 1.0)
        if w:
            parts.append(data["v3"][:, group] * w)
    for name, w in spec.items():
        if name in features.V3_GROUPS or not w:
            continue
        offset, scale = consts[name]
        z = np.clip((data["groups"][name] - offset) / scale, -3, 3)
        parts.append(z * w / np.sqrt(z.shape[1]))
    return np.concatenate(parts, 1)


def measure(data, spec, consts, base=None):
    x = vector(data, spec, consts)
    asked, chance = protocol.queries(data["albums"], data["recordings"])
    d = protocol.cosine(x)
    p = protocol.precision(d, data["albums"], data["recordings"], asked)
    have, nearest = protocol.copies_nearest(d, data["recordings"])
    return dict(dim=x.shape[1], p=p, chance=chance, queries=len(asked), copies=(nearest, have))


def report(name, sets, spec, consts):
    cells = []
    for data in sets:
        base = measure(data, {}, consts)
        m = measure(data, spec, consts)
        value, low, high = protocol.lead(m["p"], base["p"])
        cells.append("%.3f (%+.3f [%+.3f,%+.3f]) copies %d/%d" % (m["p"].mean(), value, low, high, *m["copies"]))
    print("%-40s %3d  %s" % (name, m["dim"], "  |  ".join(cells)), flush=True)


def search(sets, consts, start, steps=(0, 0.5, 0.75, 1.25, 1.5, 2)):
    """Coordinate search of the weights of the groups in start, on the tuning set (sets[0]) only."""
    spec = dict(start)
    best = measure(sets[0], spec, consts)["p"].mean()
    improved = True
    while improved:
        improved = False
        for name in list(spec):
            for factor in steps:
                trial = dict(spec, **{name: round(spec[name] * factor, 3)})
                p = measure(sets[0], trial, consts)["p"].mean()
                if p > best + 1e-9:
                    best, spec, improved = p, trial, True
        report("search: " + str(spec), sets, spec, consts)
    return spec


def main(argv):
    searching = "--search" in argv
    argv = [a for a in argv if a != "--search"]
    sets = [prepare(argv[i], argv[i + 1]) for i in range(0, len(argv), 2)]
    consts = constants(sets[0])
    for data in sets:
        m = measure(data, {}, consts)
        print("set: %d tracks, %d queries, chance %.3f, v3 P@5 %.3f" % (
            len(data["albums"]), m["queries"], m["chance"], m["p"].mean()))
    for name, spec in candidates.SPECS:
        report(name, sets, spec, consts)
    if searching:
        for name, spec in candidates.SEARCH:
            search(sets, consts, spec)


if __name__ == "__main__":
    main(sys.argv[1:])
