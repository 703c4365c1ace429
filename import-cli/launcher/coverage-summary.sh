#!/usr/bin/env bash
# Prints JaCoCo's line and branch coverage per module and in total, from the CSV reports of `mvn verify`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
shopt -s nullglob
reports=(./*/target/site/jacoco/jacoco.csv)
if [[ ${#reports[@]} -eq 0 ]]; then
    echo "coverage: no JaCoCo report found" >&2
    exit 1
fi
awk -F, '
    FNR == 1 { next }
    { module = $1; lm[module] += $8; lc[module] += $9; bm[module] += $6; bc[module] += $7 }
    END {
        for (m in lm) {
            printf "coverage %-22s lines %5.1f%% (%d/%d), branches %5.1f%%\n", m,
                100 * lc[m] / (lc[m] + lm[m]), lc[m], lc[m] + lm[m], 100 * bc[m] / (bc[m] + bm[m] + 0.0001)
            tlm += lm[m]; tlc += lc[m]; tbm += bm[m]; tbc += bc[m]
        }
        printf "coverage TOTAL                  lines %5.1f%% (%d/%d), branches %5.1f%%\n",
            100 * tlc / (tlc + tlm), tlc, tlc + tlm, 100 * tbc / (tbc + tbm)
    }' "${reports[@]}"
