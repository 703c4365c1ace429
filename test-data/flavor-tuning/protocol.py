"""The bench's protocol (similar.AlbumPrecision, similar.PairedBootstrap) on a distance matrix."""

import numpy as np


def queries(albums, recordings, k=5):
    """Indices asked and the random rate: a track with an album holding another non-copy track."""
    albums = np.array(albums, dtype=object)
    recordings = np.array(recordings, dtype=object)
    asked, chance = [], []
    n = len(albums)
    for q in range(n):
        copies = (recordings == recordings[q]).sum() - 1
        others = n - 1 - copies
        if albums[q] is None:
            continue
        same = (albums == albums[q]).sum() - 1 - copies
        if same < 1 or others < k:
            continue
        asked.append(q)
        chance.append(same / others)
    return np.array(asked), float(np.mean(chance))


def precision(distances, albums, recordings, asked, k=5):
    """Per query, the share of its k nearest (copies left out) from its album; ties to the earlier."""
    albums = np.array(albums, dtype=object)
    recordings = np.array(recordings, dtype=object)
    out = np.empty(len(asked))
    for i, q in enumerate(asked):
        d = distances[q].copy()
        d[recordings == recordings[q]] = np.inf
        nearest = np.argsort(d, kind="stable")[:k]
        out[i] = np.mean(albums[nearest] == albums[q])
    return out


def copies_nearest(distances, recordings):
    """(tracks with a copy, of them with a copy as nearest track)."""
    recordings = np.array(recordings, dtype=object)
    have = nearest = 0
    for q in range(len(recordings)):
        copy = recordings == recordings[q]
        copy[q] = False
        if not copy.any():
            continue
        d = distances[q].copy()
        d[q] = np.inf
        have += 1
        nearest += bool(copy[np.argmin(d)])
    return have, nearest


def lead(a, b, resamples=10000, seed=19):
    """Mean of a - b over the queries and its paired bootstrap 95 % interval."""
    d = np.asarray(a) - np.asarray(b)
    rng = np.random.default_rng(seed)
    means = d[rng.integers(0, len(d), (resamples, len(d)))].mean(1)
    return d.mean(), np.percentile(means, 2.5), np.percentile(means, 97.5)


def cosine(x):
    unit = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    return 1 - unit @ unit.T


def euclidean(x):
    s = (x**2).sum(1)
    return np.maximum(s[:, None] + s[None, :] - 2 * x @ x.T, 0)
