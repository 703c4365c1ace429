#!/usr/bin/env bash
# Makes a folder of the dataset's real music in the formats and layouts the dataset itself lacks
# (ALAC, WavPack, TTA, AIFF, WMA, MP2, AC-3, 8/24-bit and float WAV, mono, 5.1), so that
# `audio-import bench accuracy` can check every analysis against the reference tools on them.
#
# Usage: test-data/make-formats.sh DATASET OUT   (DATASET as test-data/make-dataset.sh builds it)
#
# Six FLAC sources spanning the dataset's rates and depths (22.05 kHz to 96 kHz, 16 and 24 bits),
# the first 150 s of each, converted by Debian 12's ffmpeg 5.1. Tags are copied, so each source's
# conversions share its album. The output is about 500 MB and is not committed.
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 DATASET OUT" >&2
    exit 2
fi
dataset=$1
out=$2
seconds=150

sources=(
    "Alientrap/Nexuiz Soundtrack/05 - Desert 3.flac"
    "Max McCracken/Endgame - Singularity Soundtrack/04 - By Product.flac"
    "Max McCracken/Endgame - Singularity Soundtrack/05 - Coherence.flac"
    "Shawn Parrotte/HyperRogue Soundtrack/03 - Desert.flac"
    "Michael Kievernagel/Advanced Strategic Command Soundtrack/01 - Frontiers.flac"
    "The Battle for Wesnoth Project/The Battle for Wesnoth Soundtrack/12 - Nunc Dimittis.flac"
)

# convert NAME EXTENSION FFMPEG-OUTPUT-OPTIONS...: each source into OUT/NAME/, as EXTENSION.
convert() {
    local name=$1 extension=$2
    shift 2
    for source in "${sources[@]}"; do
        local target
        target="$out/$name/$(basename "$source" .flac).$extension"
        mkdir -p "$out/$name"
        ffmpeg -nostdin -hide_banner -loglevel error -y -t "$seconds" -i "$dataset/$source" \
            -map 0:a:0 -map_metadata 0 "$@" "$target"
    done
}

convert alac m4a -c:a alac
convert wavpack wv -c:a wavpack
convert tta tta -c:a tta
convert aiff aiff -c:a pcm_s16be
convert wav-u8 wav -c:a pcm_u8
convert wav-s24 wav -c:a pcm_s24le
convert wav-f32 wav -c:a pcm_f32le
# WMA, MP2 and AC-3 take at most 48 kHz (AC-3 no 22.05 kHz): those three are made at 44.1 kHz.
convert wma wma -c:a wmav2 -b:a 192k -ar 44100
convert mp2 mp2 -c:a mp2 -b:a 256k -ar 44100
convert ac3 ac3 -c:a ac3 -b:a 384k -ar 44100
convert mono-flac flac -c:a flac -ac 1
convert mono-mp3 mp3 -c:a libmp3lame -q:a 2 -ac 1
# Stereo spread over 5.1: the centre and LFE carry the mid, the surrounds the sides, quieter.
convert surround-flac flac -c:a flac \
    -af 'pan=5.1(side)|FL=FL|FR=FR|FC=0.5*FL+0.5*FR|LFE=0.2*FL+0.2*FR|SL=0.6*FL|SR=0.6*FR'
find "$out" -type f | wc -l
