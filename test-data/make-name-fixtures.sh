#!/usr/bin/env bash
# make-name-fixtures.sh OUT_DIR: files whose names are not valid UTF-8, as old Samba shares or Windows
# copies leave them (Latin-1 bytes), beside the names a lossless text of them must keep apart. Copies of
# the committed sample files, each a different recording, so that every row can be told from the others.
# Only coreutils; the same run gives the same names and bytes.
#
#   names/latin1-\xe9t\xe9.flac       Latin-1 é, not valid UTF-8 (a copy of untagged/track 17.flac)
#   names/latin1-\xe8t\xe8.flac       Latin-1 è (Split Single/1 - Neon Side.flac): differs from the name
#                                     above only in bytes that are not UTF-8, so Java's string of both
#                                     names is the same, with U+FFFD for each of those bytes
#   names/latin1-\\xE9t\\xE9.flac     a valid name holding two backslashes, spelt as the text of the first
#                                     name (Synthetic Seasons/01 - First Frost.flac)
#   names/dossier-\xe9/utf8-été.ogg   a UTF-8 name in a folder named in Latin-1 (Synthetic Seasons/04 - Long
#                                     Light.ogg)
#   names/broken-\xe9.mp3             not audio: fails, and is listed by failed
#
# (\xHH is the byte HH; \\ is one backslash.)
set -euo pipefail
export LC_ALL=C

OUT=${1:?usage: make-name-fixtures.sh OUT_DIR}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SAMPLE=$HERE/sample
SEASONS=$SAMPLE/'The Fixtures/Synthetic Seasons'
DIR=$OUT/names

rm -rf "$DIR"
mkdir -p "$DIR/$(printf 'dossier-\xe9')"
cp "$SAMPLE/untagged/track 17.flac" "$DIR/$(printf 'latin1-\xe9t\xe9.flac')"
cp "$SAMPLE/Other Artist/Split Single/1 - Neon Side.flac" "$DIR/$(printf 'latin1-\xe8t\xe8.flac')"
cp "$SEASONS/01 - First Frost.flac" "$DIR/latin1-\\xE9t\\xE9.flac"
cp "$SEASONS/04 - Long Light.ogg" "$DIR/$(printf 'dossier-\xe9/utf8-\xc3\xa9t\xc3\xa9.ogg')"
printf 'not audio at all\n' >"$DIR/$(printf 'broken-\xe9.mp3')"
