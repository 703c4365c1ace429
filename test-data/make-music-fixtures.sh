#!/usr/bin/env bash
# make-music-fixtures.sh: regenerate test-data/music/, short excerpts of real music cut from the
# Debian music packages that make-dataset.sh uses, with the reference tools' values beside them.
#
#   test-data/make-music-fixtures.sh [CACHE]
#
# CACHE is the folder of unpacked packages that make-dataset.sh leaves in test-data/.cache/src
# (run it first; default: that folder). Needs ffmpeg and fpcalc (Debian packages `ffmpeg
# libchromaprint-tools`). The excerpts are the cases synthetic fixtures miss:
#   loud-aac.m4a   AAC whose decode goes above full scale (a loud Vorbis source, re-encoded)
#   loud-mp3.mp3   MP3 frames copied unchanged from the package's own file; decodes above full scale
#   quiet-24.flac  24-bit FLAC at 48 kHz, with detail below one 16-bit step
#   plain-16.flac  16-bit FLAC at 44.1 kHz
#   opus.opus      Opus at 96 kbit/s
#   mp2.mp2        MP2, which FFmpeg decodes to 16 bits (fpcalc's input is made from those, and a
#                  float conversion moves its first fingerprint item by a bit)
#   surround-51.flac  5.1 (ffmpeg's surround upmix, at 22.05 kHz): BS.1770's channel weights, the LFE
#                  left out, the surrounds +1.5 dB; each channel within 2 dB of the others' level
#   u8.wav         8-bit WAV, mono: fpcalc converts it from 16 bits, as it does 16-bit sources
#   quad.flac      4 channels, which FLAC holds as quad (FFmpeg's default for 4 is 4.0): fpcalc downmixes
#                  by the stream's layout
#   layout-21.wav  2.1 (a WAV's channel mask; FFmpeg's default for 3 channels is 2.1, FLAC's 3.0): the LFE
#                  weighs 0 in ebur128's loudness
# Encodes use ffmpeg's bit-exact flags and no metadata, so the same ffmpeg gives the same files,
# but for the Opus one: libopus's output depends on the machine (made again on another, a few
# fingerprint items and 0.002 dB of peak moved), so keep the committed opus.opus and its row.
#
# reference.tsv, one row per excerpt, paths relative to test-data/:
#   sample_peak_dbfs   astats's overall "Peak level dB" (Debian's ffmpeg, decoding in float)
#   integrated_lufs    the last frame's lavfi.r128.I of `ebur128=peak=true:metadata=1` (3 decimals)
#   true_peak_dbtp     20 log10 of the last lavfi.r128.true_peak (linear, 3 decimals); under 0.1
#                      linear, the summary's "Peak:" in dBFS (1 decimal), which is finer there
#   fingerprint        `fpcalc -raw -plain -ignore-errors`, the raw items, comma-separated
# LICENSES.tsv says where each excerpt comes from and under which licence; the packages'
# copyright files are copied beside it.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=${1:-$HERE/.cache/src}
OUT=$HERE/music

for tool in ffmpeg fpcalc; do
  command -v "$tool" >/dev/null ||
    { echo "missing $tool: sudo apt-get install -y ffmpeg libchromaprint-tools" >&2; exit 1; }
done
[ -d "$SRC" ] || { echo "no unpacked packages in $SRC: run test-data/make-dataset.sh first" >&2; exit 1; }

# name | package folder in CACHE | file inside it | start s | length s | licence | ffmpeg codec options
# (the options last: read gives the last field the rest of the line, so they may hold a '|')
EXCERPTS=(
"loud-aac.m4a|ufoai-music_2.5-2|pk3/music/David01.ogg|49|6|CC-BY-3.0|-c:a aac -b:a 192k -f ipod"
"loud-mp3.mp3|asc-music_1.3-6|usr/share/games/asc/music/machine_wars.mp3|232|6|GPL-2+|-c:a copy -f mp3"
"quiet-24.flac|singularity-music_007-2|usr/share/games/singularity/music/Coherence.ogg|0|4|CC-BY-SA-3.0|-c:a flac -sample_fmt s32 -bits_per_raw_sample 24 -ar 48000 -f flac"
"plain-16.flac|wesnoth-1.16-music_1%3a1.16.9-1|usr/share/games/wesnoth/1.16/data/core/music/battle.ogg|30|4|GPL-2+|-c:a flac -sample_fmt s16 -f flac"
"opus.opus|singularity-music_007-2|usr/share/games/singularity/music/Coherence.ogg|150|6|CC-BY-SA-3.0|-c:a libopus -b:a 96k -f opus"
"mp2.mp2|wesnoth-1.16-music_1%3a1.16.9-1|usr/share/games/wesnoth/1.16/data/core/music/heroes_rite.ogg|0|4|GPL-2+|-c:a mp2 -b:a 256k -ar 44100 -f mp2"
"surround-51.flac|wesnoth-1.16-music_1%3a1.16.9-1|usr/share/games/wesnoth/1.16/data/core/music/battle.ogg|30|4|GPL-2+|-af surround=chl_out=5.1 -c:a flac -sample_fmt s16 -ar 22050 -f flac"
"u8.wav|wesnoth-1.16-music_1%3a1.16.9-1|usr/share/games/wesnoth/1.16/data/core/music/battle.ogg|60|4|GPL-2+|-c:a pcm_u8 -ac 1 -ar 22050 -f wav"
"quad.flac|wesnoth-1.16-music_1%3a1.16.9-1|usr/share/games/wesnoth/1.16/data/core/music/battle.ogg|90|4|GPL-2+|-af pan=quad|FL=FL|FR=FR|BL=0.8*FL+0.1*FR|BR=0.1*FL+0.8*FR -c:a flac -sample_fmt s16 -ar 22050 -f flac"
"layout-21.wav|wesnoth-1.16-music_1%3a1.16.9-1|usr/share/games/wesnoth/1.16/data/core/music/battle.ogg|120|4|GPL-2+|-af pan=2.1|FL=FL|FR=FR|LFE=0.5*FL+0.5*FR -c:a pcm_s16le -ar 16000 -f wav"
)

rm -rf "$OUT"; mkdir -p "$OUT"
printf 'path\tsample_peak_dbfs\tintegrated_lufs\ttrue_peak_dbtp\tfingerprint\n' > "$OUT/reference.tsv"
printf 'path\tpackage\tsource_file\tstart_s\tlength_s\tlicense\n' > "$OUT/LICENSES.tsv"
for line in "${EXCERPTS[@]}"; do
  IFS='|' read -r name pkg file start length license codec <<<"$line"
  src="$SRC/$pkg/$file"
  [ -f "$src" ] || { echo "missing source $src" >&2; exit 1; }
  # shellcheck disable=SC2086
  ffmpeg -nostdin -hide_banner -loglevel error -y -ss "$start" -t "$length" -i "$src" -map 0:a:0 \
    -map_metadata -1 -fflags +bitexact -flags:a +bitexact $codec "$OUT/$name"
  log=$(ffmpeg -nostdin -hide_banner -nostats -i "$OUT/$name" -map 0:a:0 \
    -af "ebur128=peak=true:metadata=1,ametadata=mode=print,astats" -f null - 2>&1)
  peak=$(awk '/Overall/ { o = 1 } o && /Peak level dB/ { print $NF; exit }' <<<"$log")
  lufs=$(grep -o 'lavfi.r128.I=[-0-9.]*' <<<"$log" | tail -1 | cut -d= -f2)
  tp=$(grep -o 'lavfi.r128.true_peak=[0-9.]*' <<<"$log" | tail -1 | cut -d= -f2)
  # Under 0.1 (linear) the metadata's 3 decimals are too coarse (0.027 is 0.0265 to 0.0275, 0.35 dB):
  # the summary's dBFS, to 1 decimal, is finer. bench.ReferenceTools reads it the same way.
  if awk -v x="$tp" 'BEGIN { exit !(x < 0.1) }'; then
    tpdb=$(awk '/True peak:/ { t = 1 } t && /Peak:/ { print $2; exit }' <<<"$log")
  else
    tpdb=$(awk -v x="$tp" 'BEGIN { printf "%.3f", 20 * log(x) / log(10) }')
  fi
  fp=$(fpcalc -raw -plain -ignore-errors "$OUT/$name" 2>/dev/null)
  printf 'music/%s\t%s\t%s\t%s\t%s\n' "$name" "$peak" "$lufs" "$tpdb" "$fp" >> "$OUT/reference.tsv"
  printf 'music/%s\t%s\t/%s\t%s\t%s\t%s\n' "$name" "${pkg%%_*}" "$file" "$start" "$length" "$license" >> "$OUT/LICENSES.tsv"
  base=${pkg%%_*}
  [ -f "$OUT/$base.copyright" ] || cp "$SRC/$pkg/usr/share/doc/$base/copyright" "$OUT/$base.copyright"
done
du -sh "$OUT"
cut -f1-4 "$OUT/reference.tsv"
