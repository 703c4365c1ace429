#!/usr/bin/env bash
# make-write-bound.sh: makes the library of `audio-import bench write-bound`: many short tagged files, so
# that an import of them spends its time writing rows rather than decoding.
#
#   test-data/make-write-bound.sh [FOLDER] [COUNT]     (defaults: test-data/write-bound, 2000)
#
# Each file is 0.5 s of a sine (its own frequency, so no two files hold the same audio), half FLAC and
# half MP3 (LAME 128k), tagged like an album track: 40 artists of 5 albums of 10 tracks, repeated past
# 2000 files. ffmpeg makes 50 files per run (one lavfi input each), so 2000 files take about a minute.
# The files are made in FOLDER.tmp and renamed to FOLDER at the end, so FOLDER is complete or absent.
# FLAC bytes are determined by the samples and tags; MP3 bytes may differ on another CPU (see
# make-fixtures.sh), which changes nothing the benchmark measures.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
FOLDER=${1:-$HERE/write-bound}
COUNT=${2:-2000}
PER_RUN=50
TRACKS_PER_ALBUM=10
ALBUMS_PER_ARTIST=5
ARTISTS=40

command -v ffmpeg >/dev/null || { echo "make-write-bound.sh: ffmpeg is missing (apt-get install ffmpeg)" >&2; exit 1; }
[[ "$COUNT" =~ ^[0-9]+$ && "$COUNT" -ge 1 ]] || { echo "make-write-bound.sh: COUNT must be a positive number" >&2; exit 2; }
if [[ -e "$FOLDER" ]]; then
  echo "make-write-bound.sh: $FOLDER exists; remove it first" >&2
  exit 2
fi
WORK="$FOLDER.tmp"
rm -rf "$WORK"
mkdir -p "$WORK"

# Appends to ARGS the input and the output of file number $1 (0-based), input $2 of this ffmpeg run.
add_file() {
  local n=$1 input=$2
  local track=$(( n % TRACKS_PER_ALBUM + 1 ))
  local album_number=$(( n / TRACKS_PER_ALBUM ))
  local artist=$(( album_number / ALBUMS_PER_ARTIST % ARTISTS + 1 ))
  local album=$(( album_number % (ALBUMS_PER_ARTIST * ARTISTS) + 1 ))
  local pass=$(( n / (TRACKS_PER_ALBUM * ALBUMS_PER_ARTIST * ARTISTS) ))
  local album_title
  album_title=$(printf 'Album %03d' "$album")
  [[ $pass -gt 0 ]] && album_title+=" (volume $(( pass + 1 )))"
  local dir
  dir=$(printf '%s/Artist %02d/%s' "$WORK" "$artist" "$album_title")
  mkdir -p "$dir"
  local frequency=$(( 110 + n % 4000 ))
  ARGS+=(-f lavfi -i "sine=frequency=$frequency:sample_rate=44100:duration=0.5")
  local tags=(-map_metadata -1 -metadata "artist=$(printf 'Artist %02d' "$artist")"
    -metadata "album_artist=$(printf 'Artist %02d' "$artist")" -metadata "album=$album_title"
    -metadata "title=$(printf 'Track %d of file %06d' "$track" "$n")"
    -metadata "track=$track/$TRACKS_PER_ALBUM" -metadata "date=2026" -metadata "genre=Test")
  if (( n % 2 == 0 )); then
    ARGS+=(-map "$input:a" "${tags[@]}" -ac 2 -c:a flac -fflags +bitexact -flags:a +bitexact
      "$(printf '%s/%02d - file %06d.flac' "$dir" "$track" "$n")")
  else
    ARGS+=(-map "$input:a" "${tags[@]}" -ac 2 -c:a libmp3lame -b:a 128k -write_xing 0 -id3v2_version 4
      -fflags +bitexact -flags:a +bitexact "$(printf '%s/%02d - file %06d.mp3' "$dir" "$track" "$n")")
  fi
}

for (( start = 0; start < COUNT; start += PER_RUN )); do
  ARGS=()
  for (( i = 0; i < PER_RUN && start + i < COUNT; i++ )); do
    add_file $(( start + i )) "$i"
  done
  # Inputs first, then outputs: ffmpeg reads every -i before the first output name.
  INPUTS=()
  OUTPUTS=()
  for (( j = 0; j < ${#ARGS[@]}; j++ )); do
    if [[ "${ARGS[j]}" == "-f" && "${ARGS[j+1]}" == "lavfi" ]]; then
      INPUTS+=("${ARGS[j]}" "${ARGS[j+1]}" "${ARGS[j+2]}" "${ARGS[j+3]}")
      j=$(( j + 3 ))
    else
      OUTPUTS+=("${ARGS[j]}")
    fi
  done
  ffmpeg -nostdin -hide_banner -loglevel error "${INPUTS[@]}" "${OUTPUTS[@]}"
done
mv "$WORK" "$FOLDER"
echo "make-write-bound.sh: $COUNT files in $FOLDER" >&2
