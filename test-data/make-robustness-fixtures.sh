#!/usr/bin/env bash
# make-robustness-fixtures.sh OUT_DIR: the awkward files real libraries hold, made from the committed
# sample library with Debian's ffmpeg and coreutils. The tests run it at test time (the big files are
# too large to commit) and import OUT_DIR. Everything is deterministic: the same run gives the same bytes.
#
#   big-cover/cover-12mb.mp3          an MP3 behind a 12 MB ID3v2.4 tag (one embedded PNG cover)
#   big-cover/cover-12mb-padded.mp3   the same, with 4 KiB of zero padding between the tag and the audio
#   big-cover/cover-12mb-twice.mp3    the same tag written twice before the audio (a tagger bug)
#   truncated/lying.wav               a WAV whose header declares 4 GB of data over 1 KiB of audio
#   truncated/cut.EXT                 the first part of a sample file of each container (wav, aiff, flac, mp3,
#                                     ogg, opus, m4a), cut mid-stream as an interrupted copy leaves it
#   truncated/cut-faststart.m4a       the same for an MP4 whose sample tables (moov) come before the audio
#   truncated/cut-info.mp3            the same for a CBR MP3 whose first frame is LAME's Info frame (a frame count)
#   truncated/cut-vbri.mp3            the same for an MP3 whose first frame is a Fraunhofer VBRI header
#   truncated/gap.ogg, gap.opus       Ogg Vorbis and Opus files whose middle third is zeros, as a download whose
#                                     missing pieces were preallocated leaves them: the last page is there
#   truncated/cut-repeated-headers.ogg  the first half of vorbis/repeated-headers.ogg (FFmpeg refuses it)
#   special/fifo.mp3                  a named pipe named like audio (opening it for reading would block)
#   special/null.flac                 a character device (1,3: /dev/null) named like audio, only as root
#   vorbis/repeated-headers.ogg       the sample's Ogg Vorbis with its three headers sent twice and a negative granule
#                                     position, as three HyperRogue tracks in Debian have them: FFmpeg refuses it
#                                     ("Header processing failed"), libvorbisfile plays it whole (both checked here)
#   vorbis/surround.ogg               3 s of six sines at six levels, one per channel, in 5.1 Vorbis
#   reference/repeated-headers.wav    what oggdec (libvorbisfile, the reference decoder) makes of repeated-headers.ogg
set -euo pipefail
export LC_ALL=C

OUT=${1:?usage: make-robustness-fixtures.sh OUT_DIR}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SAMPLE=$HERE/sample
FFMPEG=(ffmpeg -v error -nostdin -y)
command -v ffmpeg >/dev/null || { echo "ffmpeg is missing: sudo apt-get install -y ffmpeg" >&2; exit 1; }
command -v oggdec >/dev/null || { echo "oggdec is missing: sudo apt-get install -y vorbis-tools" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing: sudo apt-get install -y python3" >&2; exit 1; }
mkdir -p "$OUT"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# id3v2_length FILE: the length in bytes of the ID3v2 tag FILE starts with (header + syncsafe size).
id3v2_length() {
  local b
  read -r -a b < <(od -A n -t u1 -j 6 -N 4 "$1")
  echo $((10 + (b[0] << 21) + (b[1] << 14) + (b[2] << 7) + b[3]))
}

big_covers() {
  local dir=$OUT/big-cover mp3=$SAMPLE/copies/'01 - First Frost.mp3' tag
  mkdir -p "$dir"
  # 2048x4096 pixels of geq's seeded noise: a PNG that does not compress, 12 MB.
  "${FFMPEG[@]}" -f lavfi -i "nullsrc=s=2048x4096,format=rgb24,geq=r='random(1)*255':g='random(2)*255':b='random(3)*255'" \
    -frames:v 1 -c:v png "$WORK/cover.png"
  "${FFMPEG[@]}" -i "$mp3" -i "$WORK/cover.png" -map 0:a -map 1 -c copy -id3v2_version 4 -fflags +bitexact \
    -metadata:s:v title="Album cover" -metadata:s:v comment="Cover (front)" "$dir/cover-12mb.mp3"
  tag=$(id3v2_length "$dir/cover-12mb.mp3")
  head -c "$tag" "$dir/cover-12mb.mp3" >"$WORK/tag"
  tail -c +"$((tag + 1))" "$dir/cover-12mb.mp3" >"$WORK/audio"
  { cat "$WORK/tag"; head -c 4096 /dev/zero; cat "$WORK/audio"; } >"$dir/cover-12mb-padded.mp3"
  cat "$WORK/tag" "$WORK/tag" "$WORK/audio" >"$dir/cover-12mb-twice.mp3"
}

special_files() {
  local dir=$OUT/special
  mkdir -p "$dir"
  rm -f "$dir/fifo.mp3" "$dir/null.flac"
  mkfifo "$dir/fifo.mp3"
  if [[ $(id -u) -eq 0 ]]; then
    mknod "$dir/null.flac" c 1 3
  fi
}

# cut SOURCE OUT FRACTION_PERCENT: the first FRACTION_PERCENT of SOURCE's bytes.
cut() { head -c "$(($(stat -c %s "$1") * $3 / 100))" "$1" >"$2"; }

# zero_middle SOURCE OUT: SOURCE with the bytes of its middle third (from 30 % to 60 %) set to zero.
zero_middle() {
  local size
  size=$(stat -c %s "$1")
  cp "$1" "$2"
  dd if=/dev/zero of="$2" bs=1 seek=$((size * 30 / 100)) count=$((size * 30 / 100)) conv=notrunc status=none
}

# be32 N: N as 4 big-endian bytes.
be32() { printf "$(printf '\\x%02x' $(($1 >> 24 & 255)) $(($1 >> 16 & 255)) $(($1 >> 8 & 255)) $(($1 & 255)))"; }

# vbri_mp3 SOURCE OUT: SOURCE, a 128 kbit/s 44.1 kHz MP3 whose first frame is LAME's Info frame, with that
# frame's Info header (and the LAME fields after it) replaced by a VBRI header, as Fraunhofer's encoders
# write it 32 bytes after the frame header, carrying the Info header's byte and frame counts.
vbri_mp3() {
  local source=$1 out=$2 frame info frames bytes
  frame=$(id3v2_length "$source")
  [[ $(od -A n -t x1 -j "$frame" -N 3 "$source" | tr -d ' ') == fffb90 ]] ||
    { echo "$source: the first frame is not 128 kbit/s 44.1 kHz without padding (417 bytes)" >&2; exit 1; }
  info=$((frame + 36))
  [[ $(dd if="$source" bs=1 skip="$info" count=4 status=none) == Info ]] ||
    { echo "$source: no Info header in the first frame" >&2; exit 1; }
  frames=$(od -A n -t u4 --endian=big -j $((info + 8)) -N 4 "$source" | tr -d ' ')
  bytes=$(od -A n -t u4 --endian=big -j $((info + 12)) -N 4 "$source" | tr -d ' ')
  cp "$source" "$out"
  dd if=/dev/zero of="$out" bs=1 seek="$info" count=$((417 - 36)) conv=notrunc status=none
  # "VBRI", version 1, delay 0, quality 75, bytes, frames, no table of contents (0 entries, scale 1, 2-byte entries).
  { printf 'VBRI\x00\x01\x00\x00\x00\x4b'; be32 "$bytes"; be32 "$frames"; printf '\x00\x00\x00\x01\x00\x02\x00\x00'; } |
    dd of="$out" bs=1 seek="$info" conv=notrunc status=none
}

# wav_data_offset FILE: where the data chunk's size field is (after "data"), walking the RIFF chunks.
wav_data_offset() {
  local file=$1 position=12 id size
  while :; do
    id=$(dd if="$file" bs=1 skip="$position" count=4 status=none)
    size=$(od -A n -t u4 -j "$((position + 4))" -N 4 "$file" | tr -d ' ')
    [[ $id == data ]] && { echo $((position + 4)); return; }
    position=$((position + 8 + size + (size & 1)))
  done
}

truncated_files() {
  local dir=$OUT/truncated seasons=$SAMPLE/'The Fixtures/Synthetic Seasons' wav offset
  mkdir -p "$dir"
  wav=$seasons/'07 - Falling Leaves.wav'
  offset=$(wav_data_offset "$wav")
  # RIFF size and data size 0xFFFFFFF0, then 1 KiB of the samples.
  { head -c 4 "$wav"; printf '\xf0\xff\xff\xff'; dd if="$wav" bs=1 skip=8 count=$((offset - 8)) status=none
    printf '\xf0\xff\xff\xff'; dd if="$wav" bs=1 skip=$((offset + 4)) count=1024 status=none; } >"$dir/lying.wav"
  cut "$wav" "$dir/cut.wav" 50
  cut "$seasons/08 - Solstice Night.aiff" "$dir/cut.aiff" 50
  cut "$seasons/01 - First Frost.flac" "$dir/cut.flac" 50
  cut "$seasons/03 - April Showers.mp3" "$dir/cut.mp3" 50
  cut "$seasons/04 - Long Light.ogg" "$dir/cut.ogg" 50
  cut "$seasons/05 - Heat Haze.opus" "$dir/cut.opus" 50
  cut "$seasons/06 - Harvest Moon.m4a" "$dir/cut.m4a" 50
  "${FFMPEG[@]}" -i "$seasons/06 - Harvest Moon.m4a" -c copy -map_metadata 0 -movflags +faststart -fflags +bitexact \
    "$WORK/faststart.m4a"
  cut "$WORK/faststart.m4a" "$dir/cut-faststart.m4a" 50
  cut "$seasons/02 - Café in the Snow.mp3" "$dir/cut-info.mp3" 50
  vbri_mp3 "$seasons/02 - Café in the Snow.mp3" "$WORK/vbri.mp3"
  cut "$WORK/vbri.mp3" "$dir/cut-vbri.mp3" 50
  zero_middle "$seasons/04 - Long Light.ogg" "$dir/gap.ogg"
  zero_middle "$seasons/05 - Heat Haze.opus" "$dir/gap.opus"
  cut "$OUT/vorbis/repeated-headers.ogg" "$dir/cut-repeated-headers.ogg" 50
}

vorbis_files() {
  local dir=$OUT/vorbis reference=$OUT/reference ogg
  mkdir -p "$dir" "$reference"
  ogg=$dir/repeated-headers.ogg
  python3 "$HERE/ogg-repeat-vorbis-headers.py" "$SAMPLE/The Fixtures/Synthetic Seasons/04 - Long Light.ogg" "$ogg"
  # The file is only worth testing while FFmpeg refuses it and libvorbisfile reads it.
  if ffmpeg -v error -nostdin -i "$ogg" -f null - 2>"$WORK/ffmpeg.log"; then
    echo "ffmpeg now decodes $ogg: it no longer tests the libvorbisfile fallback" >&2
    exit 1
  fi
  grep -q "Header processing failed" "$WORK/ffmpeg.log" || {
    echo "ffmpeg refuses $ogg for another reason than its headers:" >&2
    cat "$WORK/ffmpeg.log" >&2
    exit 1
  }
  oggdec -Q -o "$reference/repeated-headers.wav" "$ogg" || { echo "oggdec cannot decode $ogg" >&2; exit 1; }
  "${FFMPEG[@]}" -f lavfi \
    -i "aevalsrc=0.1*sin(2*PI*220*t)|0.2*sin(2*PI*330*t)|0.3*sin(2*PI*440*t)|0.4*sin(2*PI*550*t)|0.5*sin(2*PI*660*t)|0.6*sin(2*PI*770*t):c=5.1:s=44100:d=3" \
    -c:a libvorbis -q:a 4 -fflags +bitexact -flags:a +bitexact "$dir/surround.ogg"
}

big_covers
vorbis_files
truncated_files
special_files
