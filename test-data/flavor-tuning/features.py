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
    voiced = frames[:, VOICED] > 0.5
    mfcc = voiced_mfccs(frames)
    out = {}

    # Timbre as a distribution: the MFCCs' covariance (first k coefficients), as correlations, as
    # covariances, or as the matrix logarithm (log-Euclidean: distances between these approximate a
    # Riemannian distance between the covariances).
    cov = np.cov(mfcc.T)
    std = np.sqrt(np.diag(cov))
    corr = cov / np.outer(std, std)
    for k in (4, 6, 8, 13):
        out[f"corr{k}"] = upper(corr[:k, :k], False)
        out[f"cov{k}"] = upper(cov[:k, :k], False)
        w, v = np.linalg.eigh(cov[:k, :k])
        log = (v * np.log(np.maximum(w, 1e-6))) @ v.T
        # Off-diagonal terms count twice in the matrix's Frobenius norm.
        weight = np.where(np.eye(k, dtype=bool), 1.0, np.sqrt(2))
        out[f"logcov{k}"] = upper(log * weight, True)

    # Timbre change from hop to hop, as Java could keep it: the root mean square of each MFCC's
    # change over the hop before, 0 where that hop was silent.
    all_mfccs = frames[:, :MEL_BANDS] @ DCT.T
    step = all_mfccs - np.vstack([np.zeros(MFCCS), all_mfccs[:-1]])
    step[~np.concatenate([[False], voiced[:-1]])] = 0
    out["mfcc_step_rms"] = np.sqrt((step[voiced] ** 2).mean(0))

    # Rhythm pattern: the onset envelope's autocorrelation at 8 lags from 0.23 s to 3 s.
    onset = frames[:, ONSET] - frames[:, ONSET].mean()
    spectrum = np.fft.rfft(onset, 2 * len(onset))
    acf = np.fft.irfft(np.abs(spectrum) ** 2)[: len(onset)]
    lags = np.unique(np.round(np.geomspace(5, 64, 8)).astype(int))
    out["onset_acf"] = acf[lags] / max(acf[0], 1e-9)

    # Block-level variants: 12 band groups (as the Java spectral pattern), or the 40 bands.
    groups = np.array_split(np.arange(MEL_BANDS), 12)
    levels = np.stack([frames[voiced][:, g].mean(1) for g in groups], 1)
    relative = levels - levels.mean(1, keepdims=True)
    out["group_rel_std"] = relative.std(0)
    out["group_rel_pct"] = np.percentile(relative, [10, 90], axis=0).ravel()
    out["group_step"] = np.abs(np.diff(levels, axis=0)).mean(0)
    bands = frames[voiced, :MEL_BANDS]
    relative_bands = bands - bands.mean(1, keepdims=True)
    out["band_rel_mean"] = relative_bands.mean(0)
    out["band_rel_std"] = relative_bands.std(0)
    out["band_std"] = bands.std(0)

    # Loudness as a distribution over the voiced frames (flavor v4 keeps loud_pct).
    loud = frames[voiced, LOUDNESS]
    out["loud_pct"] = np.percentile(loud, [10, 50, 90])
    out["loud_pct_2"] = np.percentile(loud, [10, 90])
    out["loud_pct_1"] = np.percentile(loud, [90])
    out["loud_pct_range"] = np.percentile(loud, [90]) - np.percentile(loud, [10])
    out["loud_pct_rel"] = np.percentile(loud, [10, 90]) - np.median(loud)
    return out
