#!/usr/bin/env bash
# make-analysis-fixtures.sh: regenerate test-data/analysis/ (small FLAC files with known silences,
# fades and peaks) and test-data/analysis/reference.tsv (the truth the script builds in, plus
# FFmpeg's EBU R128 measurements of every analysis fixture and of every file in sample/).
#
#   test-data/make-analysis-fixtures.sh            (KEEP_WORK=1 keeps the temporary work folder)
#
# Needs sox and ffmpeg (Debian packages `sox ffmpeg`). Every sound is synthesised by sox with
# fixed notes and no dither (-D), mixed and normalised by sox, then encoded to 16-bit FLAC by
# ffmpeg with bit-exact flags and no metadata: the same tools and versions give byte-identical
# files (checked on Debian 12: ffmpeg 5.1.9, sox 14.4.2). Mono at 16 kHz keeps the folder
# small; the clipped fixture is 44.1 kHz, where true peak oversamples 4x as BS.1770-4 prescribes.
#
# reference.tsv, one row per file, paths relative to test-data/:
#   integrated_lufs, lra_lu  FFmpeg's ebur128 filter (`ebur128=peak=true:metadata=1`), the last
#                            frame's lavfi.r128.I and .LRA, printed to 3 decimals (the summary
#                            prints only 1). FFmpeg reports -70.000 LUFS when no block passes
#                            the gates (silence).
#   true_peak_dbtp           20 log10 of the last lavfi.r128.true_peak (linear, 3 decimals) when
#                            it is at least 0.1; below that 3 decimals are too coarse and the
#                            summary's "Peak:" (1 decimal, dBFS) is used. "-inf" for silence.
#   passages                 the truth, from how the script builds the file: "start-end" in
#                            seconds, space-separated; "none" for no audio; empty for sample/
#                            files (not built with known silences).
#   fade_in_s, fade_out_s    the length of the fade the script applied; "none" when the file
#                            starts or ends without one; empty when not asserted.
#   lead_in_s                where the loud part begins, for a file with a soft intro; empty
#                            when not asserted.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT_DIR=$HERE/analysis
SAMPLE_DIR=$HERE/sample

for tool in sox ffmpeg; do
  command -v "$tool" >/dev/null || { echo "missing $tool: sudo apt-get install -y sox ffmpeg" >&2; exit 1; }
done

SOX=(sox -R -D -V2)
FLOAT=(-e floating-point -b 32)

# shellcheck source=lib/sox-line.sh
. "$HERE/lib/sox-line.sh"

# line OUT RATE WAVE STEP_MS TOKEN...: a monophonic line at 0.5 of full scale, notes in semitones
# from A4, each with a 10 ms attack and a release over its last 30%.
line() {
  local out=$1 rate=$2 wave=$3 step=$4
  shift 4
  sox_line "$out" "$rate" 0 "$step" "$wave" 0.5 10ms 30 "$@"
}

# piece OUT RATE WAVE STEP_MS "MELODY" "BASS": a melody (WAVE) over a bass line (sine, two
# octaves down), mixed and normalised to a -3 dBFS peak. Both lines must last the same number of
# steps.
piece() {
  local out=$1 rate=$2 wave=$3 step=$4 melody=$5 bass=$6
  # shellcheck disable=SC2086
  line "$WORK/melody.wav" "$rate" "$wave" "$step" $melody
  local low=() token
  for token in $bass; do
    if [[ $token == r* ]]; then low+=("$token"); else low+=("$((${token%%:*} - 24))${token#"${token%%:*}"}"); fi
  done
  line "$WORK/bass.wav" "$rate" sine "$step" "${low[@]}"
  "${SOX[@]}" -m "$WORK/melody.wav" "$WORK/bass.wav" "${FLOAT[@]}" "$out" gain -n -3
}

# flac IN NAME: encode to 16-bit FLAC in the build folder, without dither or metadata.
flac() {
  "${SOX[@]}" "$1" -b 16 -e signed-integer "$WORK/pcm.wav"
  ffmpeg -nostdin -v error -y -i "$WORK/pcm.wav" -map_metadata -1 -fflags +bitexact \
    -flags:a +bitexact -c:a flac -compression_level 8 "$BUILD/$2"
  echo "  analysis/$2" >&2
}

# truth NAME PASSAGES FADE_IN FADE_OUT LEAD_IN: what the script built into a fixture.
declare -A TRUTH
truth() { TRUTH[analysis/$1]=$(tsv_row "$2" "$3" "$4" "$5"); }

MELODY_A="0 4 7 12 11 7 4 2 0:2 4 5 7:2 5 4 2 0 -1 2 5 7 0:2"
BASS_A="0:4 5:4 7:4 0:4 7:4 0:4"
MELODY_B="9 7 5 4 5 7 9:2 12 9 7 5 4:2 2 4"
BASS_B="5:4 0:4 7:4 0:4"

build() {
  # A tune with a 3 s linear fade-in and a 4 s linear fade-out, between 1 s silences. The fades
  # start and end 40 dB down (ramps of 3.03 s and 4.04 s, their first and last hundredth cut
  # off): a fade all the way to zero would have no sharp end to measure against, since its
  # last tens of milliseconds fall under any threshold. The cut at 11.8 s is inside the last
  # note's sustain.
  piece "$WORK/a.wav" 16000 triangle 250 "$MELODY_A $MELODY_A" "$BASS_A $BASS_A"
  "${SOX[@]}" "$WORK/a.wav" "${FLOAT[@]}" "$WORK/fades.wav" fade t 3.03 11.84 4.04 trim 0.03 =11.8 pad 1 1
  flac "$WORK/fades.wav" fades.flac
  truth fades.flac "1.000-12.770" 3.0 4.0 ""

  # A hidden track: 6 s of music, 12 s of digital silence, 4 s of music.
  piece "$WORK/first.wav" 16000 triangle 250 "$MELODY_A" "$BASS_A"
  piece "$WORK/hidden.wav" 16000 sine 250 "$MELODY_B" "$BASS_B"
  "${SOX[@]}" "$WORK/first.wav" "${FLOAT[@]}" "$WORK/gap12.wav" pad 0 12
  "${SOX[@]}" "$WORK/gap12.wav" "$WORK/hidden.wav" "${FLOAT[@]}" "$WORK/hidden-track.wav"
  flac "$WORK/hidden-track.wav" hidden-track.flac
  truth hidden-track.flac "0.000-6.000 18.000-22.000" none none ""

  # One song with a soft intro (4 s, 36 dB below the rest), a loud part, a 1.5 s pause of
  # digital silence, and a loud end: one passage, no fade-in (a step, not a ramp), lead-in at 4 s.
  "${SOX[@]}" "$WORK/hidden.wav" "${FLOAT[@]}" "$WORK/intro.wav" vol 0.0158
  "${SOX[@]}" "$WORK/first.wav" "${FLOAT[@]}" "$WORK/loud5.wav" trim 0 5 pad 0 1.5
  "${SOX[@]}" "$WORK/intro.wav" "$WORK/loud5.wav" "$WORK/hidden.wav" "${FLOAT[@]}" "$WORK/quiet-gap.wav"
  flac "$WORK/quiet-gap.wav" quiet-gap.flac
  truth quiet-gap.flac "0.000-14.500" none none 4.0

  # Five seconds of digital silence.
  "${SOX[@]}" -n -r 16000 -c 1 "${FLOAT[@]}" "$WORK/silence.wav" trim 0 5
  flac "$WORK/silence.wav" silence.flac
  truth silence.flac none "" "" ""

  # A loud, clipped piece at 44.1 kHz: a square-wave melody (sox's squares jump between two
  # samples, so the band-limited signal overshoots them) driven 6 dB into full scale.
  piece "$WORK/c.wav" 44100 square 250 "$MELODY_B" "$BASS_B"
  # sox clips at full scale inside the gain effect and warns about it: expected here.
  "${SOX[@]}" "$WORK/c.wav" "${FLOAT[@]}" "$WORK/clipped.wav" trim 0 4 gain 9 2>/dev/null
  flac "$WORK/clipped.wav" clipped.flac
  truth clipped.flac "0.000-4.000" "" "" ""
}

# measure FILE: "I<TAB>LRA<TAB>TP_DBTP" from FFmpeg's ebur128 filter.
measure() {
  local meta summary i lra tp peak
  meta=$(ffmpeg -nostdin -nostats -v error -i "$1" -map 0:a \
           -af ebur128=peak=true:metadata=1,ametadata=mode=print:file=- -f null - 2>/dev/null)
  summary=$(ffmpeg -nostdin -nostats -hide_banner -i "$1" -map 0:a -af ebur128=peak=true -f null - 2>&1)
  i=$(sed -n 's/^lavfi\.r128\.I=//p' <<<"$meta" | tail -n1)
  lra=$(sed -n 's/^lavfi\.r128\.LRA=//p' <<<"$meta" | tail -n1)
  tp=$(sed -n 's/^lavfi\.r128\.true_peak=//p' <<<"$meta" | tail -n1)
  peak=$(sed -n 's/^ *Peak: *\([^ ]*\) dBFS.*/\1/p' <<<"$summary" | tail -n1)
  tp=$(awk -v lin="$tp" -v sum="$peak" 'BEGIN {
         if (lin + 0 >= 0.1) printf "%.3f", 20 * log(lin) / log(10);
         else if (sum == "-inf" || lin + 0 == 0) print "-inf";
         else printf "%.1f", sum }')
  tsv_row "$i" "$lra" "$tp"
}

main() {
  echo "$(ffmpeg -version | head -n1); $(sox --version 2>&1 | sed 's/^.*: *//')" >&2
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/make-analysis-fixtures.XXXXXX")
  [[ -n ${KEEP_WORK-} ]] || trap 'rm -rf "$WORK"' EXIT
  BUILD=$WORK/analysis
  mkdir -p "$BUILD"
  echo "synthesising with sox, encoding with ffmpeg" >&2
  build

  echo "measuring with ffmpeg's ebur128" >&2
  local tsv=$WORK/reference.tsv path
  tsv_row path integrated_lufs lra_lu true_peak_dbtp passages fade_in_s fade_out_s lead_in_s >"$tsv"
  for path in $(cd "$BUILD" && ls *.flac | sort); do
    tsv_row "analysis/$path" "$(measure "$BUILD/$path")" "${TRUTH[analysis/$path]}" >>"$tsv"
  done
  while IFS= read -r path; do
    tsv_row "sample/$path" "$(measure "$SAMPLE_DIR/$path")" "" "" "" "" >>"$tsv"
  done < <(cd "$SAMPLE_DIR" && find . -type f ! -name '*.tsv' | sed 's|^\./||' | sort)

  # The folder's README is the only file kept: the rest is what this script makes.
  find "$OUT_DIR" -mindepth 1 ! -name README.md -delete 2>/dev/null || true
  mkdir -p "$OUT_DIR"
  cp "$BUILD"/*.flac "$tsv" "$OUT_DIR/"
  echo "wrote $OUT_DIR ($(du -sh "$OUT_DIR" | cut -f1))" >&2
}

main "$@"
