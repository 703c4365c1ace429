"""The candidates tune.py measures: (name, spec), spec as in tune.vector; SEARCH: starts of --search.

The list of the flavor v4 round (docs/benchmarks.md), measured against dumps of flavor v3: flavor v4
is "v3 + loud_pct". Against a dump of v4, "v3" reads as v4 and "+ loud_pct" counts it twice.
"""

V3 = ("cepstrum", "spectrum", "rhythm", "harmony", "dynamics", "spectral_pattern", "fluctuation")

SPECS = [("v3", {})]
for k in (4, 8, 13):
    for kind in ("corr", "cov", "logcov"):
        SPECS.append((f"v3 + {kind}{k}", {f"{kind}{k}": 1.0}))
for group in ("mfcc_step_rms", "onset_acf", "group_rel_std", "group_step", "band_rel_mean", "band_rel_std",
              "band_std", "group_rel_pct", "loud_pct", "loud_pct_2", "loud_pct_1", "loud_pct_range", "loud_pct_rel"):
    SPECS.append((f"v3 + {group}", {group: 1.0}))
for w in (0.5, 1.5, 2):
    SPECS.append((f"v3 + loud_pct x{w}", {"loud_pct": w}))
for group in V3:
    SPECS.append((f"v3, {group} x0", {group: 0.0}))
    SPECS.append((f"v3, {group} x2", {group: 2.0}))
SPECS += [
    ("v3 + loud_pct, dynamics x0", {"loud_pct": 1.0, "dynamics": 0}),
    ("v3 + loud_pct + logcov6", {"loud_pct": 1.0, "logcov6": 1.0}),
    ("v3 + loud_pct_2 + logcov6", {"loud_pct_2": 1.0, "logcov6": 1.0}),
    ("v3 + loud_pct + logcov8 (over 128 values)", {"loud_pct": 1.0, "logcov8": 1.0}),
]

SEARCH = [("v3 weights", {g: 1.0 for g in V3})]
