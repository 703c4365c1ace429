"""The candidates tune.py measures: (name, spec), spec as in tune.vector; SEARCH: starts of --search."""

SPECS = [("v3", {})]
for k in (4, 5, 6):
    SPECS.append((f"v3 + loud_pct + logcov{k}", {"loud_pct": 1.0, f"logcov{k}": 1.0}))
    SPECS.append((f"v3 + loud_pct_2 + logcov{k}", {"loud_pct_2": 1.0, f"logcov{k}": 1.0}))
SPECS.append(("v3 + loud_pct_2 + logcov6 x0.7", {"loud_pct_2": 1.0, "logcov6": 0.7}))
SPECS.append(("v3 + loud_pct_2 + logcov6 x1.4", {"loud_pct_2": 1.0, "logcov6": 1.4}))

V3 = ("cepstrum", "spectrum", "rhythm", "harmony", "dynamics", "spectral_pattern", "fluctuation")
SEARCH = [("v3 weights", {g: 1.0 for g in V3})]
