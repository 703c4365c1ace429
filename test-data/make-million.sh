#!/usr/bin/env bash
# make-million.sh: makes a synthetic library of COUNT tiny audio files (a million by default) for the scale
# figures of docs/benchmarks.md. Not used by the tests or CI: it takes minutes and a million inodes' worth
# of directory entries.
#
#   test-data/make-million.sh [FOLDER] [COUNT]     (defaults: /tmp/audio-import-million, 1000000)
#
# 200 distinct short tagged files (0.5 s, FLAC and MP3, from make-write-bound.sh) are made once in
# FOLDER.sources; the library is folders of 1,000 hard links to them (5 links to each source per
# folder), copied folder by folder with `cp -al`. A hard link costs a directory entry, not a copy, so a
# million files take about 100 MB of directory blocks; every file is a valid, decodable, tagged file. The
# same 200 contents come back under many paths, which the importer treats as distinct files (it never
# compares contents of files that are all present). Each source has at most COUNT/200 links, far below
# ext4's 65,000 per inode.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
FOLDER=${1:-/tmp/audio-import-million}
COUNT=${2:-1000000}
SOURCES=200
PER_FOLDER=1000

[[ "$COUNT" =~ ^[0-9]+$ && "$COUNT" -ge "$PER_FOLDER" ]] || { echo "make-million.sh: COUNT must be at least $PER_FOLDER" >&2; exit 2; }
if [[ -e "$FOLDER" ]]; then
  echo "make-million.sh: $FOLDER exists; remove it first" >&2
  exit 2
fi
if [[ ! -d "$FOLDER.sources" ]]; then
  "$HERE/make-write-bound.sh" "$FOLDER.sources" "$SOURCES"
fi
mapfile -d '' sources < <(find "$FOLDER.sources" -type f -print0 | sort -z)
[[ ${#sources[@]} -eq $SOURCES ]] || { echo "make-million.sh: expected $SOURCES files in $FOLDER.sources" >&2; exit 1; }

WORK="$FOLDER.tmp"
rm -rf "$WORK"
first="$WORK/0000"
mkdir -p "$first"
for (( i = 0; i < PER_FOLDER; i++ )); do
  source=${sources[i % SOURCES]}
  ln "$source" "$(printf '%s/%04d - %s' "$first" "$i" "${source##*/}")"
done
folders=$(( COUNT / PER_FOLDER ))
for (( f = 1; f < folders; f++ )); do
  cp -al "$first" "$(printf '%s/%04d' "$WORK" "$f")"
done
mv "$WORK" "$FOLDER"
echo "make-million.sh: $(( folders * PER_FOLDER )) files in $FOLDER" >&2
