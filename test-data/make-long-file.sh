#!/usr/bin/env bash
# make-long-file.sh: one long FLAC made of real tracks, to check that a passage of a file of hours is
# measured as the same track alone (docs/benchmarks.md, "Memory of the phases").
#
#   test-data/make-long-file.sh DATASET FOLDER [TRACKS]     (TRACKS: the 24 largest FLACs of DATASET)
#
# DATASET is what make-dataset.sh built. FOLDER receives tracks/NN.wav (each track as 44.1 kHz stereo
# 16-bit), long/long.flac (the tracks in order, each followed by 5 s of digital silence: about 1.9 hours
# for the 100-file dataset) and ebur128.tsv (FFmpeg's integrated loudness and range of each track).
# Import FOLDER/tracks and FOLDER/long into two catalogues, then compare them with compare-long-file.py.
set -euo pipefail
export LC_ALL=C

DATASET=${1:?usage: make-long-file.sh DATASET FOLDER [TRACKS]}
FOLDER=${2:?usage: make-long-file.sh DATASET FOLDER [TRACKS]}
TRACKS=${3:-24}
command -v ffmpeg >/dev/null || { echo "make-long-file.sh: ffmpeg is missing (apt-get install ffmpeg)" >&2; exit 1; }
if [[ -e "$FOLDER" ]]; then
  echo "make-long-file.sh: $FOLDER exists; remove it first" >&2
  exit 2
fi
mkdir -p "$FOLDER/tracks" "$FOLDER/long"
cd "$FOLDER"
ffmpeg -nostdin -v error -f lavfi -i anullsrc=r=44100:cl=stereo -t 5 -c:a pcm_s16le silence.wav
find "$DATASET" -type f -name '*.flac' -printf '%s\t%p\n' | sort -n | tail -n "$TRACKS" | cut -f2 | sort > list.txt
i=0
: > concat.txt
while IFS= read -r track; do
  i=$((i + 1))
  n=$(printf '%02d' "$i")
  ffmpeg -nostdin -v error -i "$track" -ac 2 -ar 44100 -c:a pcm_s16le "tracks/$n.wav"
  printf "file 'tracks/%s.wav'\nfile 'silence.wav'\n" "$n" >> concat.txt
done < list.txt
ffmpeg -nostdin -v error -f concat -safe 0 -i concat.txt -c:a flac long/long.flac
for wav in tracks/*.wav; do
  ffmpeg -nostdin -nostats -hide_banner -i "$wav" -af ebur128 -f null - 2>&1 |
    awk -v f="$(basename "$wav")" '/Integrated loudness:/ {s = 1} s && /I:/ {i = $2} s && /LRA:/ {l = $2} END {print f "\t" i "\t" l}'
done > ebur128.tsv
rm silence.wav concat.txt
echo "made $FOLDER: $i tracks"
