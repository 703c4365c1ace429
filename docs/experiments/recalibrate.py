"""Moves flavor's standardisation to a changed analysis, for an experiment (docs/benchmarks.md).

    python3 recalibrate.py FlavorLayout.java BEFORE.txt AFTER.txt OUT.txt

BEFORE.txt and AFTER.txt are what FlavorCalibration (core tests) prints over the same folders with the
jar before and after the change. Each descriptor's offset moves by the change of its median, and its scale
by the ratio of its 10-90 % spreads, so the change is measured with the vector standardised as the
released one is, not with a calibration of its own. OUT.txt has a line "index offset scale" per
descriptor: the experiment's jar reads it (flavor-11025.patch, -Dflavor.calibration=OUT.txt).
"""

import re
import sys


def released(layout_source, dimension):
    """(offset, scale) of each of the vector's `dimension` descriptors, in its order, from FlavorLayout.java."""
    source = open(layout_source).read()
    pairs = [
        (float(o), float(s))
        for o, s in re.findall(r'new Descriptor\("[^"]*", Group\.\w+, ([-\d.]+), ([-\d.]+)\)', source)
    ]
    levels = re.search(r"RELATIVE_LEVEL_OFFSET_SCALE = \{(.*?)\};", source, re.S).group(1)
    pairs += [(float(o), float(s)) for o, s in re.findall(r"\{([-\d.]+), ([-\d.]+)\}", levels)]
    percentiles = re.search(r"LOUDNESS_PERCENTILE_OFFSET_SCALE = \{(.*?)\};", source).group(1)
    last = [(float(o), float(s)) for o, s in re.findall(r"\{([-\d.]+), ([-\d.]+)\}", percentiles)]
    scale = float(re.search(r"FLUCTUATION_SCALE = ([\d.]+)", source).group(1))
    offsets = re.search(r"FLUCTUATION_OFFSET = \{(.*?)\}", source).group(1).split(",")
    # Each modulation band's offset serves every pair of band groups: the rest of the vector.
    groups = (dimension - len(pairs) - len(last)) // len(offsets)
    for offset in offsets:
        pairs += [(float(offset), scale)] * groups
    return pairs + last


def spread(table):
    """(median, p90 - p10) of every descriptor of a FlavorCalibration table."""
    rows = []
    for line in open(table).read().splitlines()[2:]:
        fields = line.split()
        p10, median, p90 = map(float, fields[-6:-3])
        rows.append((median, p90 - p10))
    return rows


def main(layout_source, before, after, out):
    old, new = spread(before), spread(after)
    pairs = released(layout_source, len(old))
    if not len(pairs) == len(old) == len(new):
        sys.exit(f"descriptors: {len(pairs)} in the layout, {len(old)} and {len(new)} in the tables")
    with open(out, "w") as lines:
        for i, ((offset, scale), (m0, s0), (m1, s1)) in enumerate(zip(pairs, old, new)):
            ratio = s1 / s0 if s0 > 0 and s1 > 0 else 1
            lines.write(f"{i} {offset + m1 - m0:.6g} {scale * ratio:.6g}\n")


if __name__ == "__main__":
    main(*sys.argv[1:5])
