"""Candidate descriptor groups of one track, from its dumped frames.

Each function returns raw values (not standardised); tune.py standardises them with constants
read off the tuning set, as FlavorLayout does with its fixed offsets and scales.
"""

import numpy as np

from dump import LOUDNESS, MEL_BANDS, ONSET, VOICED

MFCCS = 13
# The Java flavor's DCT: orthonormal DCT-II of the 40 log mel bands, coefficients 1..13.
DCT = np.sqrt(2 / MEL_BANDS) * np.cos(
    np.pi * np.arange(1, MFCCS + 1)[:, None] * (np.arange(MEL_BANDS) + 0.5)[None, :] / MEL_BANDS
)

# The groups of a version 3 vector: name -> slice of its values.
V3_GROUPS = {
    "cepstrum": slice(0, 26),
    "spectrum": slice(26, 38),
    "rhythm": slice(38, 43),
    "harmony": slice(43, 51),
    "dynamics": slice(51, 54),
    "spectral_pattern": slice(54, 66),
    "fluctuation": slice(66, 102),
}


def voiced_mfccs(frames):
    voiced = frames[:, VOICED] > 0.5
    return frames[voiced, :MEL_BANDS] @ DCT.T


def upper(matrix, diagonal):
    return matrix[np.triu_indices(len(matrix), 0 if diagonal else 1)]


def candidates(frames):
    """name -> raw values of every candidate group."""
    mfcc = voiced_mfccs(frames)
    out = {}
    cov = np.cov(mfcc.T)
    std = np.sqrt(np.diag(cov))
    corr = cov / np.outer(std, std)
    for k in (4, 5, 6, 8, 10, 13):
        out[f"corr{k}"] = upper(corr[:k, :k], False)
        out[f"cov{k}"] = upper(cov[:k, :k], False)
        w, v = np.linalg.eigh(cov[:k, :k])
        log = (v * np.log(np.maximum(w, 1e-6))) @ v.T
        # Off-diagonal terms count twice in the matrix's Frobenius norm.
        weight = np.where(np.eye(k, dtype=bool), 1.0, np.sqrt(2))
        out[f"logcov{k}"] = upper(log * weight, True)
    delta = np.diff(mfcc, axis=0)
    out["mfcc_delta_std"] = delta.std(0)
    out["mfcc_mean"] = mfcc.mean(0)
    out["mfcc_logstd"] = np.log(mfcc.std(0))
    # Timbre change from hop to hop, as Java could keep it: the root mean square of each MFCC's
    # change over the hop before, 0 where that hop was silent.
    previous = np.vstack([np.zeros(MEL_BANDS), frames[:-1, :MEL_BANDS]]) @ DCT.T
    step = (frames[:, :MEL_BANDS] @ DCT.T - previous)
    voiced = frames[:, VOICED] > 0.5
    after_voiced = np.concatenate([[False], voiced[:-1]])
    step[~after_voiced] = 0
    out["mfcc_step_rms"] = np.sqrt((step[voiced] ** 2).mean(0))
    out["mfcc_step_rms6"] = out["mfcc_step_rms"][:6]
    onset = frames[:, ONSET] - frames[:, ONSET].mean()
    acf = np.correlate(onset, onset, "full")[len(onset) - 1 :] if len(onset) < 20000 else None
    lags = np.unique(np.round(np.geomspace(5, 64, 8)).astype(int))
    out["onset_acf"] = acf[lags] / max(acf[0], 1e-9)
    groups = np.array_split(np.arange(MEL_BANDS), 12)
    levels = np.stack([frames[voiced][:, g].mean(1) for g in groups], 1)
    relative = levels - levels.mean(1, keepdims=True)
    out["group_rel_std"] = relative.std(0)
    out["group_step"] = np.abs(np.diff(levels, axis=0)).mean(0)
    bands = frames[voiced, :MEL_BANDS]
    relative_bands = bands - bands.mean(1, keepdims=True)
    out["band_rel_mean"] = relative_bands.mean(0)
    out["band_rel_std"] = relative_bands.std(0)
    out["band_std"] = bands.std(0)
    out["group_rel_pct"] = np.percentile(relative, [10, 90], axis=0).ravel()
    loud = frames[frames[:, VOICED] > 0.5, LOUDNESS]
    out["loud_pct"] = np.percentile(loud, [10, 50, 90])
    out["loud_pct5"] = np.percentile(loud, [5, 25, 50, 75, 95])
    out["loud_pct_2"] = np.percentile(loud, [10, 90])
    out["loud_pct_1"] = np.percentile(loud, [90])
    out["loud_pct_range"] = np.percentile(loud, [90]) - np.percentile(loud, [10])
    out["loud_pct_rel"] = np.percentile(loud, [10, 90]) - np.median(loud)
    return out
