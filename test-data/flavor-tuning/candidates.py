"""The candidates tune.py measures: (name, spec), spec as in tune.vector."""

SPECS = [("v3", {})]
for k in (4, 6, 8, 13):
    for kind in ("corr", "cov", "logcov"):
        SPECS.append((f"v3 + {kind}{k}", {f"{kind}{k}": 1.0}))
SPECS += [
    ("v3 + mfcc delta std", {"mfcc_delta_std": 1.0}),
    ("v3 + loudness percentiles", {"loud_pct": 1.0}),
]
for group in ("cepstrum", "spectrum", "rhythm", "harmony", "dynamics", "spectral_pattern", "fluctuation"):
    SPECS.append((f"v3, {group} x0", {group: 0.0}))
    SPECS.append((f"v3, {group} x2", {group: 2.0}))
SPECS += [
    ("v3 + mfcc step rms", {"mfcc_step_rms": 1.0}),
    ("v3 + mfcc step rms 1-6", {"mfcc_step_rms6": 1.0}),
    ("v3 + onset acf", {"onset_acf": 1.0}),
    ("v3 + group rel std", {"group_rel_std": 1.0}),
    ("v3 + group step", {"group_step": 1.0}),
]
