#!/usr/bin/env bash
# make-fixtures.sh: regenerate test-data/sample/ (the shipped sample library), its
# expected.tsv, and test-data/reference/fpcalc.tsv, from nothing but Debian's sox, ffmpeg
# and fpcalc (libchromaprint-tools).
#
#   test-data/make-fixtures.sh            (KEEP_WORK=1 keeps the temporary work folder)
#
# Every piece of audio is synthesised by sox (fixed notes, -R for a fixed noise seed, -D for
# no dither), then encoded and tagged by ffmpeg with bit-exact flags and `-map_metadata -1`
# followed by explicit `-metadata`. The old sample/ is replaced as a whole, so the file set
# is always exactly what this script declares.
#
# Reproducibility (checked by running the script twice on Debian 12: ffmpeg 5.1.9, sox
# 14.4.2, LAME 3.100, libvorbis 1.3.7, libopus 1.3.1, fpcalc 1.5.1): every file, and
# fpcalc.tsv, came out byte-identical on the same machine. The PCM containers (WAV, AIFF) and FLAC are fully determined by the samples
# and tags. The lossy encoders (LAME, libvorbis, libopus, FFmpeg's native AAC) compute in
# floating point with CPU-dependent SIMD paths: their bytes may differ on another CPU or
# another package version, though the audio stays perceptually the same. Tests must not
# compare lossy files byte for byte across machines; that is why the files are committed.
#
# Tags a container cannot carry (ffmpeg 5.1 muxers), left empty in expected.tsv:
#   WAV (RIFF INFO): no album_artist, no disc, no MusicBrainz ids. INFO has IART, INAM,
#     IPRD (album), IPRT (track, written as "n/total"), ICRD (date), IGNR (genre) only.
#   AIFF carries everything: `-write_id3v2 1` puts a full ID3v2.4 tag in an "ID3 " chunk.
# MusicBrainz ids are written to the album's FLAC track only (Vorbis comments, Picard's
# names). The transcoded copies get the same ordinary tags but no MusicBrainz ids: ffmpeg
# cannot write the UFID frame (MP3) or the iTunes "----" atoms (M4A) where they belong.
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SAMPLE_DIR=$HERE/sample
REFERENCE_DIR=$HERE/reference

# ---------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------
require_tools() {
  local missing=() tool
  for tool in sox ffmpeg ffprobe fpcalc; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  ((${#missing[@]} == 0)) && return 0
  local packages=(ffmpeg sox libchromaprint-tools)
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "missing ${missing[*]}: installing ${packages[*]}" >&2
    apt-get install -y "${packages[@]}" || { apt-get update && apt-get install -y "${packages[@]}"; }
    for tool in "${missing[@]}"; do
      command -v "$tool" >/dev/null || { echo "$tool still missing after apt-get" >&2; exit 1; }
    done
  else
    echo "missing ${missing[*]}. Install them with:" >&2
    echo "  sudo apt-get install -y ${packages[*]}" >&2
    exit 1
  fi
}

# ---------------------------------------------------------------------------------------
# Synthesis with sox
# ---------------------------------------------------------------------------------------
# Notes are semitones relative to the piece's key, which is itself given in semitones from
# A4 = 440 Hz (sox's "%N" frequency syntax). A token is NOTE[:STEPS] or r[:STEPS] (a rest);
# one step lasts the piece's step_ms.

# shellcheck source=lib/sox-line.sh
. "$HERE/lib/sox-line.sh"

SOX=(sox -R -V2)          # -R: fixed random seed (noise); -V2: errors and warnings (clipping)
FLOAT=(-e floating-point -b 32)

# render_line OUT RATE KEY STEP_MS WAVE ATTACK_PCT RELEASE_PCT TOKEN...
# One monophonic line, each note with a short attack and a release over RELEASE_PCT of its length.
# Notes are at 0.4 of full scale: sox works in fixed point and clips anything beyond full
# scale, and compose sums a voice's two channel gains (up to 1.6) when it mixes to mono.
render_line() {
  local out=$1 rate=$2 key=$3 step=$4 wave=$5 attack=$6 release=$7
  shift 7
  sox_line "$out" "$rate" "$key" "$step" "$wave" 0.4 "$attack%" "$release" "$@"
}

# render_drums OUT RATE STEP_MS PATTERN
# PATTERN has one character per step: k kick (falling sine), s snare (band-passed noise),
# h hi-hat (high-passed noise), . nothing.
render_drums() {
  local out=$1 rate=$2 step=$3 pattern=$4
  local chains=() i hit len
  len=$(secs "$step")
  for ((i = 0; i < ${#pattern}; i++)); do
    hit=${pattern:i:1}
    ((${#chains[@]})) && chains+=(:)
    case $hit in
      k) chains+=(synth "$len" sine 150:45 vol 0.5 fade q 0.002 "$len" "$(secs $((step - 3)))") ;;
      s) chains+=(synth 0.080 whitenoise vol 0.35 bandpass 1800 1.2q fade q 0.001 0.080 0.075 pad 0 "$(secs $((step - 80)))") ;;
      h) chains+=(synth 0.030 whitenoise vol 0.2 highpass 7000 fade q 0.001 0.030 0.028 pad 0 "$(secs $((step - 30)))") ;;
      .) chains+=(synth "$len" sine 0 vol 0) ;;
      *) echo "bad drum hit '$hit'" >&2; return 1 ;;
    esac
  done
  "${SOX[@]}" -n -r "$rate" -c 1 "${FLOAT[@]}" "$out" "${chains[@]}"
}

# loop_to_length IN OUT LENGTH_MS: repeat a rendered pattern until it fills LENGTH_MS.
loop_to_length() {
  local in=$1 out=$2 length=$3 pattern_ms
  pattern_ms=$(soxi -D "$in" | { IFS=. read -r s f; f=${f}000; echo $((10#$s * 1000 + 10#${f:0:3})); })
  "${SOX[@]}" "$in" "$out" repeat $((length / pattern_ms + 1)) trim 0 "$(secs "$length")"
}

# compose NAME length=MS key=.. step=MS rate=.. channels=1|2 stereo=wide|dual lead=WAVE
#         melody=".." chords=".." chord_steps=.. pad=WAVE|none bass=WAVE drums=PATTERN
#         peak=DBFS lowpass=HZ
# Writes $MASTERS/NAME.wav (16-bit PCM, no dither): a lead melody, a three-voice pad
# playing the chord progression (chords as "0,4,7"), a bass on each chord's root two
# octaves down, and an optional drum pattern. A low-pass tames the aliasing of sox's naive
# square and sawtooth waves. Stereo pieces have their voices panned apart (wide) or
# centred with left = right (dual: FLAC then codes the empty side channel for nothing).
compose() {
  local name=$1; shift
  local length=8000 key=0 step=250 rate=44100 channels=2 stereo=wide lead=sine melody='' chords=''
  local chord_steps=8 pad=triangle bass=sine drums='' peak=-3 lowpass=9000 arg
  for arg in "$@"; do
    [[ $arg == *=* && -v ${arg%%=*} ]] || { echo "compose $name: unknown setting '$arg'" >&2; return 1; }
    local "$arg"
  done
  local dir=$WORK/voices/$name; mkdir -p "$dir"

  # Each voice: render its pattern once; "name gain_left gain_right" places it in the mix.
  # shellcheck disable=SC2086 # melody and chords are space-separated token lists
  render_line "$dir/lead.raw.wav" "$rate" "$key" "$step" "$lead" 2 60 $melody
  local chord c bass_notes=() roots=() thirds=() fifths=()
  for chord in $chords; do
    IFS=, read -r -a c <<<"$chord"
    bass_notes+=("$((c[0] - 24)):$chord_steps")
    roots+=("$((c[0] - 12)):$chord_steps") thirds+=("${c[1]}:$chord_steps") fifths+=("${c[2]}:$chord_steps")
  done
  render_line "$dir/bass.raw.wav" "$rate" "$key" "$step" "$bass" 5 30 "${bass_notes[@]}"
  local voices=("lead 1.0 0.6" "bass 1.0 1.0")
  if [[ $pad != none ]]; then
    render_line "$dir/pad1.raw.wav" "$rate" "$key" "$step" "$pad" 20 40 "${roots[@]}"
    render_line "$dir/pad2.raw.wav" "$rate" "$key" "$step" "$pad" 20 40 "${thirds[@]}"
    render_line "$dir/pad3.raw.wav" "$rate" "$key" "$step" "$pad" 20 40 "${fifths[@]}"
    voices+=("pad1 0.25 0.35" "pad2 0.35 0.25" "pad3 0.3 0.3")
  fi
  if [[ -n $drums ]]; then
    render_drums "$dir/drums.raw.wav" "$rate" "$step" "$drums"
    voices+=("drums 0.5 0.7")
  fi

  local mix=() v voice gain_l gain_r
  for v in "${voices[@]}"; do
    read -r voice gain_l gain_r <<<"$v"
    loop_to_length "$dir/$voice.raw.wav" "$dir/$voice.loop.wav" "$length"
    local remix=("1v$gain_l,1v$gain_r")                       # mono: both gains summed
    if ((channels == 2)) && [[ $stereo == dual ]]; then
      remix+=("${remix[0]}")                                   # left = right
    elif ((channels == 2)); then
      remix=("1v$gain_l" "1v$gain_r")                          # panned
    fi
    "${SOX[@]}" "$dir/$voice.loop.wav" "$dir/$voice.wav" remix "${remix[@]}"
    mix+=("$dir/$voice.wav")
  done
  "${SOX[@]}" -D -m "${mix[@]}" -b 16 "$MASTERS/$name.wav" \
    lowpass "$lowpass" gain -n "$peak" fade q 0.05 "$(secs "$length")" 0.6
}

# ---------------------------------------------------------------------------------------
# Encoding and tagging with ffmpeg
# ---------------------------------------------------------------------------------------
# Tag keys are FFmpeg's generic names (title, artist, album, album_artist, track, disc,
# date, genre); MUSICBRAINZ_* are written as given (Vorbis comment names used by Picard).
# Tags the container cannot carry are dropped here, so expected.tsv lists what was written.
container_keeps_tag() {
  local container=$1 key=$2
  case $container:$key in
    wav:album_artist | wav:disc | wav:MUSICBRAINZ_*) return 1 ;;
    *) return 0 ;;
  esac
}

# codec_args ARRAY FORMAT: set ARRAY to the ffmpeg output options of one format.
# (libopus overshoots 48k by half in its default unconstrained VBR on these sounds.)
# shellcheck disable=SC2034 # options is a nameref to the caller's array
codec_args() {
  local -n options=$1
  case $2 in
    flac)    options=(-c:a flac -sample_fmt s16 -compression_level 8) ;;
    mp3-cbr) options=(-c:a libmp3lame -b:a 128k -id3v2_version 4) ;;
    mp3-vbr) options=(-c:a libmp3lame -q:a 4 -id3v2_version 4) ;;
    mp3-96k) options=(-c:a libmp3lame -b:a 96k -id3v2_version 4) ;;
    ogg)     options=(-c:a libvorbis -q:a 2) ;;
    opus)    options=(-c:a libopus -b:a 48k -vbr constrained) ;;
    m4a)     options=(-c:a aac -b:a 64k) ;;
    wav)     options=(-c:a pcm_s16le) ;;
    aiff)    options=(-c:a pcm_s16be -write_id3v2 1 -id3v2_version 4) ;;
    *) echo "unknown format $2" >&2; return 1 ;;
  esac
}

# field_value KEY TAG...: the value of KEY among KEY=VALUE arguments, or nothing.
field_value() {
  local key=$1 tag; shift
  for tag in "$@"; do [[ ${tag%%=*} == "$key" ]] && { printf '%s' "${tag#*=}"; return; }; done
  return 0
}

# number_part N/TOTAL -> N ; total_part N/TOTAL -> TOTAL (empty when there is no "/").
number_part() { printf '%s' "${1%%/*}"; }
total_part()  { [[ $1 == */* ]] && printf '%s' "${1#*/}"; return 0; }

# The columns of expected.tsv; TAG_COLUMNS come from the tags the script writes.
FILE_COLUMNS=(path container codec sample_rate channels)
TAG_COLUMNS=(title artist album album_artist track track_total disc disc_total date genre
             musicbrainz_recording_id)

# tag_columns TAG...: the TAG_COLUMNS values of a file written with these tags.
tag_columns() {
  local track disc
  track=$(field_value track "$@"); disc=$(field_value disc "$@")
  tsv_row "$(field_value title "$@")" "$(field_value artist "$@")" \
    "$(field_value album "$@")" "$(field_value album_artist "$@")" \
    "$(number_part "$track")" "$(total_part "$track")" \
    "$(number_part "$disc")" "$(total_part "$disc")" \
    "$(field_value date "$@")" "$(field_value genre "$@")" \
    "$(field_value MUSICBRAINZ_TRACKID "$@")"
}

# emit SOURCE PATH FORMAT TAG...: encode SOURCE (a master or another sample file) to
# sample/PATH with exactly the given tags, and note it in the manifest.
emit() {
  local source=$1 path=$2 format=$3; shift 3
  local container=${path##*.} out=$BUILD/$path tag kept=() metadata=() args
  for tag in "$@"; do
    container_keeps_tag "$container" "${tag%%=*}" || continue
    kept+=("$tag"); metadata+=(-metadata "$tag")
  done
  codec_args args "$format"
  mkdir -p "$(dirname "$out")"
  ffmpeg -nostdin -v error -y -i "$source" -map 0:a -map_metadata -1 "${metadata[@]}" \
    -fflags +bitexact -flags:a +bitexact "${args[@]}" "$out"
  tsv_row "$path" "$container" "$(tag_columns "${kept[@]}")" >>"$MANIFEST"
  echo "  $path" >&2
}

# ---------------------------------------------------------------------------------------
# Verification and reference outputs
# ---------------------------------------------------------------------------------------
# probe FILE: fill PROBE (associative) with codec_name, sample_rate, channels and every
# format or stream tag, keys lower-cased.
declare -A PROBE
probe() {
  PROBE=()
  local line key
  while IFS= read -r line; do
    key=${line%%=*}; key=${key#TAG:}
    PROBE[${key,,}]=${line#*=}
  done < <(ffprobe -v error -show_entries stream=codec_name,sample_rate,channels:stream_tags:format_tags \
             -of default=nw=1 "$1")
}

declare -A EXPECTED_CODEC=([flac]=flac [mp3]=mp3 [ogg]=vorbis [opus]=opus [m4a]=aac
                           [wav]=pcm_s16le [aiff]=pcm_s16be)

# write_expected: check every manifest row against ffprobe, then write expected.tsv with
# codec, sample rate and channels as ffprobe reports them. Exits non-zero on a mismatch.
write_expected() {
  local out=$BUILD/expected.tsv errors=0
  tsv_row "${FILE_COLUMNS[@]}" "${TAG_COLUMNS[@]}" >"$out"
  local path container title artist album album_artist track track_total disc disc_total date genre mbid
  # Tabs are whitespace to `read`, which would merge empty cells: split on \037 instead.
  while IFS=$'\037' read -r path container title artist album album_artist track track_total \
      disc disc_total date genre mbid; do
    probe "$BUILD/$path"
    local -A want=([title]=$title [artist]=$artist [album]=$album [album_artist]=$album_artist
      [track]=$track${track_total:+/$track_total} [disc]=$disc${disc_total:+/$disc_total}
      [date]=$date [genre]=$genre [musicbrainz_trackid]=$mbid)
    local key
    for key in "${!want[@]}"; do
      if [[ ${PROBE[$key]-} != "${want[$key]}" ]]; then
        echo "MISMATCH $path: $key is '${PROBE[$key]-}', expected '${want[$key]}'" >&2
        errors=$((errors + 1))
      fi
    done
    if [[ ${PROBE[codec_name]-} != "${EXPECTED_CODEC[$container]}" ]]; then
      echo "MISMATCH $path: codec ${PROBE[codec_name]-}, expected ${EXPECTED_CODEC[$container]}" >&2
      errors=$((errors + 1))
    fi
    tsv_row "$path" "$container" "${PROBE[codec_name]}" "${PROBE[sample_rate]}" "${PROBE[channels]}" \
      "$title" "$artist" "$album" "$album_artist" "$track" "$track_total" "$disc" "$disc_total" \
      "$date" "$genre" "$mbid" >>"$out"
  done < <(sort "$MANIFEST" | tr '\t' '\037')
  if ((errors)); then
    echo "$errors tag mismatches: the files do not carry what expected.tsv would claim" >&2
    exit 1
  fi
}

# run_fpcalc [-raw] FILE: fpcalc as the tests will compare against. Debian's fpcalc 1.5.1
# reports "Error decoding audio frame (End of file)" at the end of valid files and exits 3;
# -ignore-errors makes that exit 0, and that one message is dropped here.
run_fpcalc() {
  fpcalc -length 120 -ignore-errors "$@" 2> >(grep -vF 'Error decoding audio frame (End of file)' >&2)
}

# write_fpcalc OUT: for every sample file, fpcalc's duration and both fingerprints.
write_fpcalc() {
  local out=$1 path compressed raw
  tsv_row path duration fingerprint_compressed fingerprint_raw >"$out"
  while IFS=$'\t' read -r path _; do
    compressed=$(run_fpcalc "$BUILD/$path")
    raw=$(run_fpcalc -raw "$BUILD/$path")
    tsv_row "$path" "$(sed -n 's/^DURATION=//p' <<<"$compressed")" \
      "$(sed -n 's/^FINGERPRINT=//p' <<<"$compressed")" "$(sed -n 's/^FINGERPRINT=//p' <<<"$raw")" >>"$out"
  done < <(sort "$MANIFEST")
}

# ---------------------------------------------------------------------------------------
# The sample library
# ---------------------------------------------------------------------------------------
compose_all() {
  # Each piece has its own key, tempo, timbre, chord progression and rhythm. Noise
  # percussion only goes to lossy files; the FLAC pieces are sines, quieter, and the
  # album's FLAC is centred, because FLAC is the bulk of the sample's size.
  compose first_frost    length=8000 key=-9 step=250 lead=sine pad=sine stereo=dual peak=-9 \
    melody="12 11 7 4 7:2 9 7 5 4 0:2 2:2 4 r 12 14 16:2 14 12 11 9 7:2 5 4 2 4:2 0:2" \
    chords="0,4,7 -3,0,4 -7,-3,0 -5,-1,2" drums="k.......k......."
  compose cafe_snow      length=7000 key=-4 step=200 lead=triangle pad=sine drums="k...h...k.k.h..." \
    melody="7 9 7 4 2:2 r 4 5 7 9 12:3 r 12 11 9 7 9:2 7 5 4:4 2 4 5 7 4:2 r:2" \
    chords="2,5,9 -5,-1,2 0,4,7 0,4,9"
  compose april_showers  length=7000 key=-2 step=150 lead=pluck pad=sine drums="k.......k.k....." \
    melody="0 4 7 12 7 4 0 4 2 5 9 14 9 5 2 5 -1 2 7 11 7 2 -1 2 0 4 7 12 16 12 7 4" \
    chords="0,4,7 2,5,9 -1,2,7 0,4,7"
  compose long_light     length=8000 key=-7 step=300 lead=sine pad=triangle \
    melody="0:2 3 5 7:3 5 3:2 2 0 -2:4 0:2 3:2 7 8 7 5 3:2 2:2 0:4" \
    chords="0,3,7 -4,0,3 -2,2,5 -5,-2,2"
  compose heat_haze      length=8000 key=-5 step=180 lead=sawtooth pad=triangle bass=square rate=48000 \
    melody="4 r 4 7 9 r 7 4 2 r 2 4 7 r 4 2 0 r 0 2 4 7 9 11 12 r 11 9 7 r 4 r" \
    chords="0,4,7 -3,0,4 5,9,12 7,11,14" drums="k..hk..hk..hk.sh"
  compose harvest_moon   length=7500 key=0 step=220 lead=pluck pad=sine \
    melody="0 3 7 3 8 7 3 0 -2 2 5 2 7 5 2 -2 -4 0 3 0 5 3 0 -4 -5 -1 2 5 7:2 r:2" \
    chords="0,3,7 -2,2,5 -4,0,3 -5,-1,2" drums="k.......s.......k.k.....s......."
  # WAV and AIFF are uncompressed (44 KB/s even in mono 22.05 kHz): 5 s keeps the sample
  # under 1.5 MB; every other piece lasts 7 to 8 s.
  compose falling_leaves length=5000 key=5 step=260 lead=square pad=triangle channels=1 \
    rate=22050 lowpass=4000 melody="12 11 9 7 9 7 5 4 5 4 2 0 2:2 r:2 7 5 4 2 4 2 0 -1 0:4 r:4" \
    chords="0,4,7 -3,0,4 -7,-3,0 -5,-1,2"
  compose solstice_night length=5000 key=-8 step=350 lead=exp pad=sine channels=1 rate=22050 \
    melody="0:3 7 5:2 3:2 2:3 3 0:4 -4:2 -2:2 0:4 3:2 5:2 7:4" \
    chords="0,3,7 -4,0,3 -2,2,5 -9,-5,-2"

  # Other Artist's single.
  compose neon_side      length=7000 key=-6 step=140 lead=sine pad=sine channels=1 rate=22050 peak=-9 \
    melody="0 0 12 0 10 0 7 0 0 0 12 0 15 12 10 7 5 5 12 5 10 5 8 5 7 7 14 7 12 10 7 2" \
    chords="0,3,7 -4,0,3 -7,-4,0 -5,-2,2" drums="k...k...k...k.k."
  compose chrome_side    length=7000 key=2 step=160 lead=trapezium pad=triangle bass=sawtooth \
    melody="0:2 -1 0 4:2 7 4 5:2 4 2 0:2 r:2 9:2 7 5 4:2 2 0 -1:2 0 2 0:2 r:2" \
    chords="0,4,7 5,9,12 -5,-1,2 0,4,7" drums="k..sk..sk..sk.ss"

  # The untagged file.
  compose unnamed        length=7000 key=-1 step=230 lead=sine pad=sine channels=1 rate=32000 peak=-9 \
    melody="7 r 7 r 9 7 5 r 4 r 4 r 5 4 2 r 0 2 4 5 7 9 11 12 11 9 7 5 4 2 0 r" \
    chords="0,4,9 2,5,9 -1,2,7 0,4,7" drums="k.....k.k......."
}

emit_all() {
  local album="The Fixtures/Synthetic Seasons"
  local seasons=(album="Synthetic Seasons" album_artist="The Fixtures" date=2024 genre=Ambient disc=1/1)
  local first_frost=(title="First Frost" artist="The Fixtures feat. Sine" track=1/8 "${seasons[@]}")
  local musicbrainz=(
    MUSICBRAINZ_TRACKID=5f0ec6b1-3c4e-4d8a-9b61-2a7d3e9c1f01
    MUSICBRAINZ_RELEASETRACKID=9a1c2d3e-4f50-4a6b-8c7d-0e1f2a3b4c02
    MUSICBRAINZ_ALBUMID=c8e1f6a2-7b3d-4e59-a0c4-5d6e7f8a9b03
    MUSICBRAINZ_ARTISTID=1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a04
    MUSICBRAINZ_ALBUMARTISTID=1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a04
    MUSICBRAINZ_RELEASEGROUPID=7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d05)
  emit "$MASTERS/first_frost.wav"    "$album/01 - First Frost.flac"      flac    "${first_frost[@]}" "${musicbrainz[@]}"
  emit "$MASTERS/cafe_snow.wav"      "$album/02 - Café in the Snow.mp3"  mp3-cbr title="Café in the Snow" artist="The Fixtures" track=2/8 "${seasons[@]}"
  emit "$MASTERS/april_showers.wav"  "$album/03 - April Showers.mp3"     mp3-vbr title="April Showers"    artist="The Fixtures" track=3/8 "${seasons[@]}"
  emit "$MASTERS/long_light.wav"     "$album/04 - Long Light.ogg"        ogg     title="Long Light"       artist="The Fixtures" track=4/8 "${seasons[@]}"
  emit "$MASTERS/heat_haze.wav"      "$album/05 - Heat Haze.opus"        opus    title="Heat Haze"        artist="The Fixtures" track=5/8 "${seasons[@]}"
  emit "$MASTERS/harvest_moon.wav"   "$album/06 - Harvest Moon.m4a"      m4a     title="Harvest Moon"     artist="The Fixtures" track=6/8 "${seasons[@]}"
  emit "$MASTERS/falling_leaves.wav" "$album/07 - Falling Leaves.wav"    wav     title="Falling Leaves"   artist="The Fixtures" track=7/8 "${seasons[@]}"
  emit "$MASTERS/solstice_night.wav" "$album/08 - Solstice Night.aiff"   aiff    title="Solstice Night"   artist="The Fixtures" track=8/8 "${seasons[@]}"

  local single=(artist="Other Artist" album="Split Single" album_artist="Other Artist" date=2019-05-01 genre=Electronic)
  emit "$MASTERS/neon_side.wav"   "Other Artist/Split Single/1 - Neon Side.flac"  flac    title="Neon Side"   track=1/2 "${single[@]}"
  emit "$MASTERS/chrome_side.wav" "Other Artist/Split Single/2 - Chrome Side.mp3" mp3-96k title="Chrome Side" track=2/2 "${single[@]}"

  emit "$MASTERS/unnamed.wav" "untagged/track 17.flac" flac

  # Duplicates: the album's FLAC track transcoded, with the same ordinary tags.
  emit "$BUILD/$album/01 - First Frost.flac" "copies/01 - First Frost.mp3" mp3-cbr "${first_frost[@]}"
  emit "$BUILD/$album/01 - First Frost.flac" "copies/01 - First Frost.m4a" m4a     "${first_frost[@]}"
}

main() {
  require_tools
  echo "$(ffmpeg -version | head -n1); $(sox --version 2>&1 | sed 's/^.*: *//'); $(fpcalc -version)" >&2
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/make-fixtures.XXXXXX")
  [[ -n ${KEEP_WORK-} ]] || trap 'rm -rf "$WORK"' EXIT
  MASTERS=$WORK/masters BUILD=$WORK/sample MANIFEST=$WORK/manifest.tsv
  mkdir -p "$MASTERS" "$BUILD"; : >"$MANIFEST"

  echo "synthesising with sox" >&2
  compose_all
  echo "encoding with ffmpeg" >&2
  emit_all
  echo "verifying tags with ffprobe" >&2
  write_expected
  echo "fingerprinting with fpcalc" >&2
  mkdir -p "$REFERENCE_DIR"
  write_fpcalc "$WORK/fpcalc.tsv"

  rm -rf "$SAMPLE_DIR"
  cp -R "$BUILD" "$SAMPLE_DIR"
  cp "$WORK/fpcalc.tsv" "$REFERENCE_DIR/fpcalc.tsv"
  echo "wrote $SAMPLE_DIR ($(du -sh "$SAMPLE_DIR" | cut -f1)) and $REFERENCE_DIR/fpcalc.tsv" >&2
}

main "$@"
