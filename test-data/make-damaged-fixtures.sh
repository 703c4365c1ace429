#!/usr/bin/env bash
# make-damaged-fixtures.sh: regenerate test-data/damaged/, FLAC files damaged the ways that make
# FFmpeg refuse a packet, with fpcalc's fingerprints of them beside (Debian 12: ffmpeg 5.1, fpcalc 1.5.1).
#
#   test-data/make-damaged-fixtures.sh
#
# Each one is the sample library's "1 - Neon Side.flac" (7 s, 22,050 Hz mono, 16-bit), changed
# with coreutils only, so the same source gives the same bytes:
#   cut.flac         its first 75 % of bytes, as an interrupted copy leaves a file: the last packet
#                    is cut mid-frame and FFmpeg refuses it
#   gap.flac         64 bytes zeroed in the middle of packet 45 of 67: FFmpeg refuses that packet
#                    and decodes the rest
# fpcalc never reads the frame decoded just before a refused packet (FingerprintSink does the same;
# see docs/benchmarks.md). No fixture has two damaged packets in a row: FFmpeg 5.1 refuses both, but
# FFmpeg 8 decodes one of them (to noise), so no in-process decode can see what fpcalc sees there.
#
# fpcalc.tsv, one row per file: path (relative to test-data/), then `fpcalc -raw -plain
# -ignore-errors` (default length 120 s): the raw items, comma-separated.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SOURCE=$HERE/sample/'Other Artist/Split Single/1 - Neon Side.flac'
OUT=$HERE/damaged

for tool in ffprobe fpcalc; do
  command -v "$tool" >/dev/null ||
    { echo "missing $tool: sudo apt-get install -y ffmpeg libchromaprint-tools" >&2; exit 1; }
done

# packet_middle N: the byte offset of the middle of the source's audio packet N (counted from 1).
packet_middle() {
  ffprobe -v error -select_streams a:0 -show_entries packet=pos,size -of csv=p=0 "$SOURCE" |
    awk -F, -v n="$1" 'NR == n { print $2 + int($1 / 2); exit }'
}

# zero FILE OFFSET: 64 zero bytes over FILE from OFFSET on.
zero() { dd if=/dev/zero of="$1" bs=1 seek="$2" count=64 conv=notrunc status=none; }

rm -rf "$OUT"
mkdir -p "$OUT"
size=$(stat -c %s "$SOURCE")
head -c $((size * 75 / 100)) "$SOURCE" >"$OUT/cut.flac"
cp "$SOURCE" "$OUT/gap.flac"
zero "$OUT/gap.flac" "$(packet_middle 45)"

printf 'path\tfingerprint\n' >"$OUT/fpcalc.tsv"
for name in cut gap; do
  printf 'damaged/%s.flac\t%s\n' "$name" "$(fpcalc -raw -plain -ignore-errors "$OUT/$name.flac" 2>/dev/null)" >>"$OUT/fpcalc.tsv"
done
echo "wrote $OUT ($(du -sh "$OUT" | cut -f1))" >&2
