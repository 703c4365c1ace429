#!/usr/bin/env bash
# make-dataset.sh: build the 100-file benchmark dataset in test-data/dataset/.
#
# Real game music from pinned Debian 12 packages, transcoded by Debian's ffmpeg into a
# realistic mix (about 40% FLAC, 35% MP3, 15% M4A/AAC, 10% Ogg Vorbis/Opus), tagged, plus a few
# deterministic edge cases (cross-format duplicates, a hidden track after 30 s of digital
# silence, a truncated FLAC, a zero-byte .mp3, a text file named .mp3).
#
#   test-data/make-dataset.sh            build (or rebuild) test-data/dataset/
#   test-data/make-dataset.sh --clean    remove test-data/dataset/ (keeps the cache)
#   test-data/make-dataset.sh --purge    remove test-data/dataset/ and test-data/.cache/
#   test-data/make-dataset.sh --jobs N   run N ffmpeg jobs at a time (default 2)
#   test-data/make-dataset.sh --reencode encode every file again instead of reusing the copies
#                                        kept in test-data/.cache/encoded/ (checks determinism)
#   test-data/make-dataset.sh --eval     build the flavor evaluation set test-data/eval-dataset/
#                                        instead: 300 tracks of 16 other soundtracks, no
#                                        bad files, 6 cross-format copies (with --clean: remove it)
#   test-data/make-dataset.sh --cache D  keep the .debs and unpacked packages in D instead of
#                                        test-data/.cache (e.g. another checkout's, to reuse it)
#
# The .debs are fetched once with `apt-get download PKG=VERSION` into test-data/.cache/debs/,
# checked against the SHA-256 pinned below, and unpacked with dpkg-deb -x (no installation).
# After that the script works offline. Neither the dataset nor the cache is committed (the
# root .gitignore ignores both). See test-data/README.md, "The benchmark dataset".
set -euo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$HERE/dataset
CACHE=$HERE/.cache
DEBS=$CACHE/debs
SRC=$CACHE/src
JOBS=2
REENCODE=no
EVAL=no

# --- the sources -------------------------------------------------------------------------
# One line per package, fields separated by '|':
#   package | version | sha256 of the .deb | music folder inside the unpacked package
#   (pk3 archives are unzipped into pk3/ first) | min s | max s | quota | artist | album |
#   year | genre | default license (for copyright files that are not machine-readable) |
#   prefix removed from file names before they become titles
# Selection rule, per package: every *.ogg, *.opus, *.mp3 under the music folder, sorted by
# path (C locale), that ffprobe can read and whose duration is within [min, max]; of those M
# files take the quota N evenly spread: indexes floor(i*M/N) for i = 0..N-1.
PACKAGES=(
"wesnoth-1.16-music|1:1.16.9-1|f9bc3cde92b4ab30db5d7b85f89b4bcc3d788dd92602956d0347250850bf59bb|usr/share/games/wesnoth/1.16/data/core/music|60|360|21|The Battle for Wesnoth Project|The Battle for Wesnoth Soundtrack|2022|Soundtrack|GPL-2+|"
"ufoai-music|2.5-2|2465d55e9dce75a3a2a1ad1c8ca67da84e251c04e0965d63a8562b2d9f76f9e6|pk3/music|60|360|28|The UFO:AI Team|UFO: Alien Invasion Soundtrack|2014|Soundtrack||"
"singularity-music|007-2|139ba1e408eeb0a72f1fff3760ca46558b9f81bed97dc8c0efa108c4007f4845|usr/share/games/singularity/music|60|420|10|Max McCracken|Endgame: Singularity Soundtrack|2012|Soundtrack|CC-BY-SA-3.0|"
"nexuiz-music|2.5.2-12|d1a7d6e2c0a5bbe6670dbf73354e38f742597310d425e373250fc71a636f8dda|pk3/sound/cdtracks|60|360|9|Alientrap|Nexuiz Soundtrack|2009|Game|GPL-2+|"
"warzone2100-music|4.3.3-3|d3b2c9f90ea5438d45d4aff18339a03ec808e1affa9dac91f7dad61cb15ee64e|usr/share/games/warzone2100/music|60|420|6|LupusMechanicus|Warzone 2100 Soundtrack|2021|Soundtrack||"
"drascula-music|1.0+ds4-2|340e0beb1bacf005cbabebc07ebdd88adf6aee363d437f8a7d73cb0c77a93e79|usr/share/scummvm/drascula/audio|60|420|11|Alcachofa Soft|Drascula: The Vampire Strikes Back Soundtrack|1996|Game||"
"hyperrogue-music|12.0q-1|61ab9f4c2169442d85f42c42d26e80c1a18b93c741f3d44f1b9d83015904e7f7|usr/share/hyperrogue/music|60|420|7|Shawn Parrotte|HyperRogue Soundtrack|2021|Game||hr3-|hr-"
"asc-music|1.3-6|369f2d396adb8db9003ef73b797d529e284a7764a5ff4b59a50a4c8b9294da5f|usr/share/games/asc/music|60|480|3|Michael Kievernagel|Advanced Strategic Command Soundtrack|2002|Soundtrack||"
"planetblupi-music-ogg|1.14.2-3|7d89a6d00b43cdb601e35256ab1a62814d203b5922cfed6a0e73e98486e82fa6|usr/share/planetblupi/music|600|660|1|EPSITEC SA|Planet Blupi Soundtrack|1997|Game||"
)
# The hidden-track file joins the last two picks of this package (its quota includes them).
HIDDEN_PKG=singularity-music
# Cover art embedded in this package's FLAC, MP3 and M4A files (a 200x200 PNG it ships).
COVER_PKG=warzone2100-music
COVER_FILE=usr/share/games/warzone2100/music/albums/legacy_soundtrack/albumcover.png
# Duplicates: the first 16-bit FLAC of DUP_MP3_PKG again as MP3 CBR 320k (same folder), the
# first MP3 of DUP_M4A_PKG again as AAC 256k (same folder), the first M4A of DUP_OPUS_PKG again
# as Opus 160k (in Unsorted/). The truncated file is the last 16-bit FLAC of TRUNC_PKG.
DUP_MP3_PKG=wesnoth-1.16-music
DUP_M4A_PKG=nexuiz-music
DUP_OPUS_PKG=ufoai-music
TRUNC_PKG=ufoai-music
# The non-audio .mp3 is a copy of this package's copyright file.
TEXT_PKG=drascula-music

# The evaluation set (--eval): other soundtracks, none of the packages above, so that a
# flavor tuned on one set is confirmed on tracks it never saw. Same fields; the quota is an
# upper bound here (a package with fewer eligible files gives them all).
EVAL_PACKAGES=(
"supertux-data|0.6.3-2|a6ad8865972f1dbb5e7b49f4e1b381dd16a68f3028a3502cfeaca2400285d27f|usr/share/games/supertux2/music|45|600|60|The SuperTux Team|SuperTux Soundtrack|2021|Game|GPL-2+||"
"supertuxkart-data|1.4+dfsg-2|568d69cda50dc8ad1facb89514bd14953dfca736fdb83c49ae330b0aa7dd2364|usr/share/games/supertuxkart/data/music|45|600|60|The SuperTuxKart Team|SuperTuxKart Soundtrack|2022|Game|GPL-3+||"
"naev-data|0.8.2-1|a98849cacdfc72779e03ceb68f32af03cb3c3f382ba8b82e3299ef87254b454d|usr/share/naev/dat/snd/music|45|600|60|The Naev Team|Naev Soundtrack|2021|Soundtrack|GPL-3+||"
"widelands-data|2:1.1-3|0e23d645b15bcfb9e3bcae0de9bc1bdfa75a6ecb36b2e449759d6eb0b4bbd8fb|usr/share/games/widelands/data/music|45|600|60|The Widelands Team|Widelands Soundtrack|2022|Soundtrack|GPL-2+||"
"hedgewars-data|1.0.2-6|722225903a72604403e6e0026e40e9a6953f47a74d94efc5f55504bc05bb4761|usr/share/games/hedgewars/Data/Music|45|600|60|The Hedgewars Project|Hedgewars Soundtrack|2022|Game|GPL-2||"
"colobot-common-sounds|0.2.0-2|819e799542eac69c95b072567b5584eb3e0b2bb900de13efa3684915747b1644|usr/share/games/colobot/music|45|600|60|TerranovaTeam|Colobot: Gold Edition Soundtrack|2021|Soundtrack|GPL-3+||"
"freedroidrpg-data|1.0-1|16c3cfeb82b1ec20c98493bbe1de2e356bd1aec832845630a5a7f12e303baa2b|usr/share/freedroidrpg/data/sound/music|45|600|60|The FreedroidRPG Team|FreedroidRPG Soundtrack|2019|Game|GPL-2+||"
"warmux-data|1:11.04.1+repack2-4|cceec72afcc9d5b0515149eb505bf0d883bd47399e602b30a805cafa2d91eb70|usr/share/games/warmux/music|45|600|60|The Warmux Team|Warmux Soundtrack|2011|Game|GPL-2+||"
"unknown-horizons|2019.1-6|ff49ea196d0f57c80d4cd4509c030240cbe632881f8c5b2a1265dd3e3795f100|usr/share/unknown-horizons/content/audio/music|45|600|60|The Unknown Horizons Team|Unknown Horizons Soundtrack|2019|Soundtrack|GPL-2+||"
"pushover-data|0.0.5+git20180909-4|75f52ad553c73660489631b4b4eeb308c3601beee68a097abdd5f2e4e442cbfb|usr/share/pushover/themes|45|600|60|The Pushover Team|Pushover Soundtrack|2018|Game|GPL-3+||"
"openclonk-data|8.1-3|1505314b47196c5052caf75e870ea2cf36bdb4e1d0c7e3f133da93815b7e642f|usr/share/games/openclonk/Music.ocg|45|600|60|The OpenClonk Team|OpenClonk Soundtrack|2018|Game|ISC|@|"
"flare-game|1.14-1|4ab6a8298276013d35a0806257e130d992761af1b749041433b409c3dafec508|usr/share/games/flare/mods/fantasycore/music|45|600|60|Brandon Morris|Flare Soundtrack|2022|Soundtrack|CC-BY-SA-3.0||"
"xmoto-data|0.6.1+repack-9|458966c8291579df7dd215a3ebf48cb89fc94e94fe871d124b542eb6233c0e66|usr/share/games/xmoto/Textures/Musics|45|600|60|The X-Moto Team|X-Moto Soundtrack|2011|Game|GPL-2+||"
"extremetuxracer-data|0.8.2-1|8ce6c82e6fb89549d284f43f6c4b0a9d82e6c0e5da753bee0ef419276a21470c|usr/share/games/etr/music|45|600|60|The Extreme Tux Racer Team|Extreme Tux Racer Soundtrack|2022|Game|GPL-2+||"
"btanks-data|0.9.8083-9|fbe1a476d95c68fe73d87715f4f0aecc1bc5428a979cd19451722665c9dbb5ae|usr/share/games/btanks/data/tunes|45|600|60|Netive Media Group|Battle Tanks Soundtrack|2009|Game|GPL-2+||"
"freedink-data|1.08.20190120-2|5c3f0c22958364460057d9df5318a9a2a0fb84b9174cab57a9d50ad03a73d66c|usr/share/games/dink/dink/Sound|60|600|60|RTSoft|Dink Smallwood Soundtrack|1997|Game|GPL-3+||"
)

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

ACTION=build
while [ $# -gt 0 ]; do
  case "$1" in
    --clean) ACTION=clean ;;
    --purge) ACTION=purge ;;
    --jobs) JOBS=${2:?--jobs needs a number}; shift ;;
    --reencode) REENCODE=yes ;;
    --eval) EVAL=yes ;;
    --cache) CACHE=$(cd "${2:?--cache needs a folder}" && pwd); shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

DEBS=$CACHE/debs
SRC=$CACHE/src
if [ "$EVAL" = yes ]; then
  OUT=$HERE/eval-dataset
  PACKAGES=("${EVAL_PACKAGES[@]}")
fi
if [ "$ACTION" = clean ]; then rm -rf "$OUT"; echo "removed $OUT"; exit 0; fi
if [ "$ACTION" = purge ]; then rm -rf "$OUT" "$CACHE"; echo "removed $OUT and $CACHE"; exit 0; fi

T0=$(date +%s.%N)
elapsed() { awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
log() { printf '[%6ss] %s\n' "$(elapsed)" "$*"; }
die() { echo "make-dataset: $*" >&2; exit 1; }
field() { echo "$1" | cut -d'|' -f"$2"; }

# --- tools -------------------------------------------------------------------------------
. "$HERE/lib/install-packages.sh"
need=()
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || need+=(ffmpeg)
command -v unzip >/dev/null || need+=(unzip)
install_packages "${need[@]}"
command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || die "needs apt-get and dpkg-deb (Debian)"

# --- fetch and unpack (cached) ----------------------------------------------------------
mkdir -p "$DEBS" "$SRC"
apt_updated=no
fetch_deb() { # pkg version sha -> prints the path of the verified .deb
  local pkg=$1 ver=$2 sha=$3 deb tmp
  deb="$DEBS/${pkg}_${ver//:/%3a}_all.deb"
  if [ -f "$deb" ] && echo "$sha  $deb" | sha256sum -c --status; then echo "$deb"; return; fi
  rm -f "$deb"
  if ! apt-cache show "$pkg=$ver" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && [ $apt_updated = no ]; then
      apt-get update -q >/dev/null; apt_updated=yes
    fi
    apt-cache show "$pkg=$ver" >/dev/null 2>&1 ||
      die "apt does not know $pkg=$ver (run 'apt-get update' as root; a Debian 12 machine is needed)"
  fi
  tmp=$(mktemp -d "$DEBS/.dl.XXXXXX")
  # The download runs as the calling user: no _apt sandbox needed for a folder of ours.
  (cd "$tmp" && apt-get download -q -o APT::Sandbox::User="$(id -un)" "$pkg=$ver" >&2)
  mv "$tmp"/*.deb "$deb"; rmdir "$tmp"
  echo "$sha  $deb" | sha256sum -c --status || die "$deb: SHA-256 differs from the pinned one"
  echo "$deb"
}

for line in "${PACKAGES[@]}"; do
  pkg=$(field "$line" 1); ver=$(field "$line" 2); sha=$(field "$line" 3)
  dir="$SRC/${pkg}_${ver//:/%3a}"
  if [ ! -f "$dir/.unpacked" ]; then
    deb=$(fetch_deb "$pkg" "$ver" "$sha")
    log "unpacking $(basename "$deb")"
    rm -rf "$dir"; mkdir -p "$dir"
    dpkg-deb -x "$deb" "$dir"
    find "$dir" -name '*.pk3' -print0 | sort -z | while IFS= read -r -d '' pk3; do
      unzip -q -o "$pk3" -d "$dir/pk3"
    done
    touch "$dir/.unpacked"
  fi
  # Durations of every candidate file, probed once per package version.
  if [ ! -f "$dir/.durations.tsv" ]; then
    mdir=$(field "$line" 4)
    (cd "$dir" && find "$mdir" -type f \( -name '*.ogg' -o -name '*.opus' -o -name '*.mp3' \) | sort) |
    while IFS= read -r rel; do
      d=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$dir/$rel" 2>/dev/null || true)
      printf '%s\t%s\n' "$rel" "${d:-unreadable}"
    done > "$dir/.durations.tsv.tmp"
    mv "$dir/.durations.tsv.tmp" "$dir/.durations.tsv"
  fi
done
log "sources ready in $SRC"

# A track title from its file name (awk; the strip prefixes in s1 and s2): the folder, the extension and
# one of the prefixes dropped, underscores and dashes as spaces, camelCase and letter/digit boundaries
# split, each word capitalised.
TITLE_AWK='
  function title(p,   b, t, i, w, out, nw, c, pc) {
    b = p; sub(/.*\//, "", b); sub(/\.[^.]*$/, "", b)
    if (s1 != "" && index(b, s1) == 1) b = substr(b, length(s1) + 1)
    else if (s2 != "" && index(b, s2) == 1) b = substr(b, length(s2) + 1)
    gsub(/[_-]+/, " ", b)
    t = ""
    for (i = 1; i <= length(b); i++) {
      c = substr(b, i, 1); pc = substr(b, i - 1, 1)
      if (i > 1 && ((pc ~ /[a-z]/ && c ~ /[A-Z0-9]/) || (pc ~ /[A-Za-z]/ && c ~ /[0-9]/))) t = t " "
      t = t c
    }
    nw = split(t, w, / +/); out = ""
    for (i = 1; i <= nw; i++) if (w[i] != "") out = out (out == "" ? "" : " ") toupper(substr(w[i], 1, 1)) substr(w[i], 2)
    return out
  }
'

# --- the evaluation set (--eval) ------------------------------------------------------------
# Picks as for the benchmark set (evenly spread, in path order), but the quota is a maximum.
# Formats by error diffusion over all picks: 70% the source stream copied as it is (Ogg Vorbis,
# re-tagged), 15% FLAC 16-bit, 10% MP3 (VBR -q:a 2 and CBR 192k in turn), 5% AAC 192k; every
# 50th pick also gets a copy in another format (Unsorted/), so that "a copy is its original's
# nearest neighbour" is checked on this set too. Ground truth is in the tags, as for the
# benchmark set: album (one per package), and the copies' shared recording.
eval_encode_job() {
  local line=$1
  IFS=$'\t' read -r out mode pkg ver src title artist album track total year genre <<<"$line"
  local dir="$SRC/${pkg}_${ver//:/%3a}" dst="$EVAL_BUILD/$out" key
  mkdir -p "$(dirname "$dst")"
  key=$ENCODED/eval-$(printf '%s\n%s\n' "$EVAL_ENCODER_ID" "$line" | sha256sum | cut -c1-32)
  if [ -f "$key" ]; then cp "$key" "$dst"; return 0; fi
  local -a codec=()
  local fmt
  case "$mode" in
    copy)       codec=(-c:a copy); fmt=${out##*.} ;;
    flac16)     codec=(-c:a flac -sample_fmt s16 -compression_level 5); fmt=flac ;;
    mp3_vbr2)   codec=(-c:a libmp3lame -q:a 2 -id3v2_version 4); fmt=mp3 ;;
    mp3_cbr*)   codec=(-c:a libmp3lame -b:a "${mode#mp3_cbr}k" -id3v2_version 3); fmt=mp3 ;;
    aac_*)      codec=(-c:a aac -b:a "${mode#aac_}" -movflags +faststart); fmt=ipod ;;
    opus_*)     codec=(-c:a libopus -b:a "${mode#opus_}"); fmt=opus ;;
    *) echo "unknown mode $mode" >&2; return 1 ;;
  esac
  ffmpeg -nostdin -hide_banner -loglevel error -y -i "$dir/$src" -map 0:a:0 \
    -map_metadata -1 -map_chapters -1 -fflags +bitexact -flags:a +bitexact "${codec[@]}" \
    -metadata "title=$title" -metadata "artist=$artist" -metadata "album_artist=$artist" \
    -metadata "album=$album" -metadata "track=$track/$total" -metadata "disc=1/1" \
    -metadata "date=$year" -metadata "genre=$genre" -f "$fmt" "$dst.part" ||
    { echo "ffmpeg failed for $out" >&2; return 1; }
  mv "$dst.part" "$dst"
  cp "$dst" "$key.part" && mv "$key.part" "$key"
}

if [ "$EVAL" = yes ]; then
  EVAL_BUILD=$CACHE/eval-build
  rm -rf "$EVAL_BUILD"; mkdir -p "$EVAL_BUILD"
  for line in "${PACKAGES[@]}"; do
    IFS='|' read -r pkg ver sha mdir dmin dmax quota artist album year genre lic strip1 strip2 <<<"$line"
    awk -F'\t' -v OFS='\t' -v min="$dmin" -v max="$dmax" -v n="$quota" -v pkg="$pkg" -v ver="$ver" \
        -v artist="$artist" -v album="$album" -v year="$year" -v genre="$genre" -v s1="$strip1" -v s2="$strip2" "$TITLE_AWK"'
      BEGIN { m = 0 }
      $2 != "unreadable" && $2 + 0 >= min && $2 + 0 <= max { f[m] = $1; d[m] = $2; m++ }
      END {
        if (m < 2) { print "fewer than 2 eligible files in " pkg > "/dev/stderr"; exit 1 }
        if (n > m) n = m
        for (i = 0; i < n; i++) { k = int(i * m / n); print pkg, ver, f[k], d[k], i + 1, n, artist, album, year, genre, title(f[k]) }
      }' "$SRC/${pkg}_${ver//:/%3a}/.durations.tsv" || die "selection failed for $pkg"
  done > "$EVAL_BUILD/picks.tsv"
  awk -F'\t' -v OFS='\t' '
    function safe(s) { gsub(/: /, " - ", s); gsub(/[:\/]/, "-", s); return s }
    { P[NR] = $0 }
    END {
      split("copy flac mp3 m4a", F, " "); share["copy"] = 0.7; share["flac"] = 0.15; share["mp3"] = 0.1; share["m4a"] = 0.05
      for (r = 1; r <= NR; r++) {
        split(P[r], c, "\t"); best = ""; bs = -1e9
        for (j = 1; j <= 4; j++) { s = share[F[j]] * r - cnt[F[j]]; if (s > bs + 1e-9) { bs = s; best = F[j] } }
        k = cnt[best]++
        src_ext = c[3]; sub(/.*\./, "", src_ext)
        if (best == "copy") { mode = "copy"; ext = src_ext }
        else if (best == "flac") { mode = "flac16"; ext = "flac" }
        else if (best == "mp3") { mode = (k % 2 == 0) ? "mp3_vbr2" : "mp3_cbr192"; ext = "mp3" }
        else { mode = "aac_192k"; ext = "m4a" }
        base = safe(c[7]) "/" safe(c[8]) "/" sprintf("%02d", c[5]) " - " safe(c[11])
        # out, mode, pkg, ver, src, title, artist, album, track, total, year, genre
        print base "." ext, mode, c[1], c[2], c[3], c[11], c[7], c[8], c[5], c[6], c[9], c[10]
        if (r % 50 == 25) {
          m2 = (ext == "flac") ? "mp3_cbr192" : (ext == "mp3") ? "aac_192k" : (ext == "m4a") ? "opus_128k" : "flac16"
          e2 = (m2 ~ /^mp3/) ? "mp3" : (m2 ~ /^aac/) ? "m4a" : (m2 ~ /^opus/) ? "opus" : "flac"
          print "Unsorted/" safe(c[7]) " - " safe(c[11]) "." e2, m2, c[1], c[2], c[3], c[11], c[7], c[8], c[5], c[6], c[9], c[10]
        }
      }
    }' "$EVAL_BUILD/picks.tsv" > "$EVAL_BUILD/jobs.tsv"
  ENCODED=$CACHE/encoded
  mkdir -p "$ENCODED" "$EVAL_BUILD/out"
  EVAL_ENCODER_ID=$( { ffmpeg -version | head -1; declare -f eval_encode_job; } | sha256sum | cut -c1-64)
  export -f eval_encode_job
  export SRC ENCODED EVAL_ENCODER_ID
  export EVAL_BUILD=$EVAL_BUILD/out
  log "encoding $(wc -l < "$CACHE/eval-build/jobs.tsv") files, $JOBS at a time"
  tr '\n' '\0' < "$CACHE/eval-build/jobs.tsv" | xargs -0 -P "$JOBS" -n 1 bash -c 'eval_encode_job "$1"' _ ||
    die "some encodes failed"
  EVAL_BUILD=$CACHE/eval-build
  mkdir -p "$EVAL_BUILD/out/LICENSES"
  for line in "${PACKAGES[@]}"; do
    pkg=$(field "$line" 1); ver=$(field "$line" 2)
    cp "$SRC/${pkg}_${ver//:/%3a}/usr/share/doc/$pkg/copyright" "$EVAL_BUILD/out/LICENSES/$pkg.copyright"
  done
  {
    printf 'path\tpackage\tversion\tsource_file\talbum\n'
    awk -F'\t' -v OFS='\t' '{ print $1, $3, $4, "/" $5, $8 }' "$EVAL_BUILD/jobs.tsv" | sort
  } > "$EVAL_BUILD/out/SOURCES.tsv"
  (cd "$EVAL_BUILD/out" && find . -type f \( -name '*.flac' -o -name '*.mp3' -o -name '*.m4a' -o -name '*.ogg' -o -name '*.opus' \) |
    sed 's|^\./||' | sort | xargs -d '\n' sha256sum) > "$EVAL_BUILD/out/SHA256SUMS"
  n=$(wc -l < "$EVAL_BUILD/out/SHA256SUMS")
  [ "$n" = "$(wc -l < "$EVAL_BUILD/jobs.tsv")" ] || die "expected $(wc -l < "$EVAL_BUILD/jobs.tsv") audio files, got $n"
  rm -rf "$OUT"; mv "$EVAL_BUILD/out" "$OUT"; rm -rf "$EVAL_BUILD"
  log "done: $OUT"
  echo "files: $n in $(cut -f5 "$OUT/SOURCES.tsv" | tail -n +2 | sort -u | wc -l) albums"
  echo "per extension: $(sed 's/.*\.//' "$OUT/SHA256SUMS" | sort | uniq -c | awk '{ printf "%s %s  ", $2, $1 }')"
  printf 'size: %s\n' "$(du -sh "$OUT" | cut -f1)"
  echo "took: $(elapsed) s"
  exit 0
fi

# --- select ------------------------------------------------------------------------------
BUILD=$CACHE/build
rm -rf "$BUILD"; mkdir -p "$BUILD/out"
PICKS=$BUILD/picks.tsv     # one row per picked source file, in package-table order
: > "$PICKS"
for line in "${PACKAGES[@]}"; do
  IFS='|' read -r pkg ver sha mdir dmin dmax quota artist album year genre lic strip1 strip2 <<<"$line"
  dir="$SRC/${pkg}_${ver//:/%3a}"
  awk -F'\t' -v OFS='\t' -v min="$dmin" -v max="$dmax" -v n="$quota" -v pkg="$pkg" -v ver="$ver" \
      -v artist="$artist" -v album="$album" -v year="$year" -v genre="$genre" -v lic="$lic" \
      -v s1="$strip1" -v s2="$strip2" -v hidden="$HIDDEN_PKG" "$TITLE_AWK"'
    BEGIN { m = 0 }
    $2 != "unreadable" && $2 + 0 >= min && $2 + 0 <= max { f[m] = $1; d[m] = $2; m++ }
    END {
      if (m < n) { print "only " m " eligible files in " pkg ", quota " n > "/dev/stderr"; exit 1 }
      total = (pkg == hidden) ? n - 1 : n      # the hidden-track file (A+B) is the last track
      for (i = 0; i < n; i++) {
        k = int(i * m / n)
        role = (pkg == hidden && i == n - 2) ? "hiddenA" : (pkg == hidden && i == n - 1) ? "hiddenB" : "single"
        tr = (role == "hiddenB") ? n - 1 : i + 1
        print pkg, ver, f[k], d[k], role, tr, total, artist, album, year, genre, (lic == "" ? "-" : lic), title(f[k])
      }
    }' "$dir/.durations.tsv" >> "$PICKS" || die "selection failed for $pkg"
done

# --- plan --------------------------------------------------------------------------------
# Formats over the 94 single picks by error diffusion, so every album mixes formats and the
# totals are exact: 39 FLAC (one becomes the truncated file), 32 MP3, 14 M4A, 9 Ogg/Opus.
# With the hidden-track FLAC, 3 duplicates (MP3, M4A, Opus) and 3 bad files (2 of them .mp3)
# that makes 40 FLAC, 35 MP3, 15 M4A, 10 Ogg/Opus = 100.
JOBSF=$BUILD/jobs.tsv
awk -F'\t' -v OFS='\t' -v cover_pkg="$COVER_PKG" -v trunc_pkg="$TRUNC_PKG" \
    -v dup_mp3_pkg="$DUP_MP3_PKG" -v dup_m4a_pkg="$DUP_M4A_PKG" -v dup_opus_pkg="$DUP_OPUS_PKG" '
  function safe(s) { gsub(/: /, " - ", s); gsub(/[:\/]/, "-", s); return s }
  function path(a, al, tr, t, ext) { return safe(a) "/" safe(al) "/" sprintf("%02d", tr) " - " safe(t) "." ext }
  { P[NR] = $0; role[NR] = $5; if ($5 == "single") S[++ns] = NR }
  END {
    split("flac mp3 m4a ogg", F, " "); tgt["flac"] = 39; tgt["mp3"] = 32; tgt["m4a"] = 14; tgt["ogg"] = 9
    for (i = 1; i <= ns; i++) {
      best = ""; bs = -1e9
      for (j = 1; j <= 4; j++) { s = tgt[F[j]] * i / ns - cnt[F[j]]; if (s > bs + 1e-9) { bs = s; best = F[j] } }
      fmt[S[i]] = best; idx[S[i]] = cnt[best]++
    }
    # MP3 modes cycle: VBR -q:a 2..5 and CBR 128/192/320
    split("vbr2 cbr192 vbr4 cbr320 vbr3 cbr128 vbr5", MP3, " ")
    split("192k 128k 256k", AAC, " ")
    dupmp3 = dupm4a = dupopus = trunc = 0
    for (i = 1; i <= ns; i++) {
      r = S[i]; split(P[r], c, "\t"); f = fmt[r]; k = idx[r]; p = c[1]
      if (f == "flac") {
        mode = (k % 16 == 3) ? "flac24_96000" : (k % 8 == 6) ? "flac24_48000" : (k % 5 == 4) ? "flac16_c8" : "flac16"
        ext = "flac"
        if (p == dup_mp3_pkg && !dupmp3 && mode == "flac16") dupmp3 = r
        if (p == trunc_pkg && mode == "flac16") trunc = r        # the last one wins
      } else if (f == "mp3") {
        mode = "mp3_" MP3[k % 7 + 1]; ext = "mp3"
        if (p == dup_m4a_pkg && !dupm4a) dupm4a = r
      } else if (f == "m4a") {
        mode = "aac_" AAC[k % 3 + 1]; ext = "m4a"
        if (p == dup_opus_pkg && !dupopus) dupopus = r
      } else {
        if (k % 2 == 0) { mode = (k % 4 == 2) ? "vorbis_q3" : "vorbis_q5"; ext = "ogg" }
        else            { mode = (k % 4 == 3) ? "opus_96k" : "opus_128k"; ext = "opus" }
      }
      out[r] = path(c[8], c[9], c[6], c[13], ext); mo[r] = mode
    }
    if (!dupmp3 || !dupm4a || !dupopus || !trunc) { print "cannot place the duplicates or the truncated file" > "/dev/stderr"; exit 1 }
    # job columns (tab-separated; "-" for none, since bash read collapses empty tab fields):
    # out, kind, mode, pkg, ver, src, src2, dur, title, artist, album, track, total, year, genre, lic, cover
    for (i = 1; i <= ns; i++) {
      r = S[i]; split(P[r], c, "\t")
      kind = (r == trunc) ? "truncated" : "good"
      cov = (c[1] == cover_pkg && mo[r] !~ /^(vorbis|opus)/) ? "cover" : "-"
      print out[r], kind, mo[r], c[1], c[2], c[3], "-", c[4], c[13], c[8], c[9], c[6], c[7], c[10], c[11], c[12], cov
      if (r == dupmp3 || r == dupm4a || r == dupopus) {
        if (r == dupmp3) { m2 = "mp3_cbr320"; o2 = out[r]; sub(/\.[a-z0-9]+$/, ".mp3", o2) }
        if (r == dupm4a) { m2 = "aac_256k";  o2 = out[r]; sub(/\.[a-z0-9]+$/, ".m4a", o2) }
        if (r == dupopus) { m2 = "opus_160k"; o2 = "Unsorted/" safe(c[8]) " - " safe(c[13]) ".opus" }
        cov = (c[1] == cover_pkg && m2 !~ /^opus/) ? "cover" : "-"
        print o2, "duplicate-of:" out[r], m2, c[1], c[2], c[3], "-", c[4], c[13], c[8], c[9], c[6], c[7], c[10], c[11], c[12], cov
      }
    }
    for (r = 1; r <= NR; r++) {
      if (role[r] == "hiddenA") a = r
      if (role[r] == "hiddenB") b = r
    }
    split(P[a], c, "\t"); split(P[b], d, "\t")
    print path(c[8], c[9], d[6], c[13], "flac"), "hidden-track", "flac16_44100", c[1], c[2], c[3], d[3], \
          c[4] "+" d[4], c[13], c[8], c[9], d[6], d[7], c[10], c[11], c[12], "-"
  }' "$PICKS" > "$JOBSF"

# --- encode ------------------------------------------------------------------------------
# One ffmpeg per output file, $JOBS at a time. -map_metadata -1 drops the source tags;
# +bitexact keeps library version strings out of the files, so that they depend only on the
# input, the options and the encoders' versions.
encode_job() {
  local line=$1
  IFS=$'\t' read -r out kind mode pkg ver src src2 dur title artist album track total year genre lic cover <<<"$line"
  local dir="$SRC/${pkg}_${ver//:/%3a}" dst="$BUILD/out/$out" tmp key
  mkdir -p "$(dirname "$dst")"
  # Reuse an earlier encode of exactly this job (same line, ffmpeg build and this function)
  key=$ENCODED/$(printf '%s\n%s\n' "$ENCODER_ID" "$line" | sha256sum | cut -c1-32)
  if [ "$REENCODE" = no ] && [ -f "$key" ]; then
    cp "$key" "$dst"; [ -f "$key.fullsize" ] && cp "$key.fullsize" "$dst.fullsize"
    return 0
  fi
  local -a in=(-i "$dir/$src") map=(-map 0:a:0) codec=() pic=()
  if [ "$cover" = cover ]; then
    in+=(-i "$dir/$COVER_FILE")
    pic=(-map 1:v -c:v copy -disposition:v attached_pic -metadata:s:v "title=Album cover" -metadata:s:v "comment=Cover (front)")
  fi
  case "$mode" in
    flac16)        codec=(-c:a flac -sample_fmt s16 -compression_level 5) ;;
    flac16_c8)     codec=(-c:a flac -sample_fmt s16 -compression_level 8) ;;
    flac24_*)      codec=(-c:a flac -sample_fmt s32 -bits_per_raw_sample 24 -ar "${mode#flac24_}" -compression_level 5) ;;
    flac16_44100)  codec=(-c:a flac -sample_fmt s16 -compression_level 5) ;;
    mp3_vbr*)      codec=(-c:a libmp3lame -q:a "${mode#mp3_vbr}" -id3v2_version 4) ;;
    mp3_cbr128)    codec=(-c:a libmp3lame -b:a 128k -id3v2_version 3 -write_id3v1 1) ;;
    mp3_cbr*)      codec=(-c:a libmp3lame -b:a "${mode#mp3_cbr}k" -id3v2_version 3) ;;
    aac_*)         codec=(-c:a aac -b:a "${mode#aac_}" -movflags +faststart) ;;
    vorbis_q*)     codec=(-c:a libvorbis -q:a "${mode#vorbis_q}") ;;
    opus_*)        codec=(-c:a libopus -b:a "${mode#opus_}") ;;
    *) echo "unknown mode $mode" >&2; return 1 ;;
  esac
  if [ "$kind" = hidden-track ]; then
    # track A, exactly 30 s of digital silence, track B; all at 44.1 kHz stereo s16
    local fmt="aresample=44100,aformat=sample_fmts=s16:sample_rates=44100:channel_layouts=stereo"
    in=(-i "$dir/$src" -i "$dir/$src2")
    map=(-filter_complex "[0:a]$fmt[a];anullsrc=r=44100:cl=stereo,atrim=duration=30,$fmt[s];[1:a]$fmt[b];[a][s][b]concat=n=3:v=0:a=1[out]" -map "[out]")
  fi
  tmp=$dst.part
  [ "$kind" = truncated ] && tmp=$BUILD/full-$(echo "$out" | cksum | cut -d' ' -f1).flac
  ffmpeg -nostdin -hide_banner -loglevel error -y "${in[@]}" "${map[@]}" "${pic[@]}" \
    -map_metadata -1 -map_chapters -1 -fflags +bitexact -flags:a +bitexact "${codec[@]}" \
    -metadata "title=$title" -metadata "artist=$artist" -metadata "album_artist=$artist" \
    -metadata "album=$album" -metadata "track=$track/$total" -metadata "disc=1/1" \
    -metadata "date=$year" -metadata "genre=$genre" \
    -f "$(case "$mode" in flac*) echo flac;; mp3*) echo mp3;; aac*) echo ipod;; opus*) echo opus;; *) echo ogg;; esac)" \
    "$tmp" || { echo "ffmpeg failed for $out" >&2; return 1; }
  if [ "$kind" = truncated ]; then
    local size; size=$(stat -c %s "$tmp")
    head -c $((size * 40 / 100)) "$tmp" > "$dst"
    echo "$size" > "$dst.fullsize"; rm -f "$tmp"
    cp "$dst.fullsize" "$key.fullsize"
  else
    mv "$tmp" "$dst"
  fi
  cp "$dst" "$key.part" && mv "$key.part" "$key"
}

ENCODED=$CACHE/encoded
mkdir -p "$ENCODED"
ENCODER_ID=$( { ffmpeg -version | head -1; declare -f encode_job; sha256sum "$SRC/${COVER_PKG}_"*"/$COVER_FILE" | cut -c1-64; } | sha256sum | cut -c1-64)
export -f encode_job
export SRC BUILD COVER_FILE ENCODED ENCODER_ID REENCODE
reused=$(while IFS= read -r l; do
  if [ -f "$ENCODED/$(printf '%s\n%s\n' "$ENCODER_ID" "$l" | sha256sum | cut -c1-32)" ]; then echo; fi
done < "$JOBSF" | wc -l)
[ "$REENCODE" = yes ] && reused=0
log "encoding $(wc -l < "$JOBSF") files, $JOBS at a time ($reused reused from $ENCODED)"
tr '\n' '\0' < "$JOBSF" | xargs -0 -P "$JOBS" -n 1 bash -c 'encode_job "$1"' _ ||
  die "some encodes failed"

# --- bad files, licenses, lists ---------------------------------------------------------
mkdir -p "$BUILD/out/Unsorted" "$BUILD/out/LICENSES"
: > "$BUILD/out/Unsorted/Unknown Artist - Untitled.mp3"
for line in "${PACKAGES[@]}"; do
  pkg=$(field "$line" 1); ver=$(field "$line" 2)
  dir="$SRC/${pkg}_${ver//:/%3a}"
  cp "$dir/usr/share/doc/$pkg/copyright" "$BUILD/out/LICENSES/$pkg.copyright"
  if [ "$pkg" = "$TEXT_PKG" ]; then
    cp "$dir/usr/share/doc/$pkg/copyright" "$BUILD/out/Unsorted/Track 01.mp3"
    TEXT_VER=$ver
  fi
done
# Warzone 2100's albums carry their own license notes; keep them beside the copyright file.
wzdir="$SRC/warzone2100-music_4.3.3-3/usr/share/games/warzone2100/music/albums"
for a in "$wzdir"/*/license.txt; do
  [ -f "$a" ] && cp "$a" "$BUILD/out/LICENSES/warzone2100-music.$(basename "$(dirname "$a")").license.txt"
done

# License of one file: the last matching "Files:" paragraph of a machine-readable (DEP-5)
# copyright file; the table's default for the others. A pattern matches when the path ends
# with it (globs allowed) or, for pk3 entries, when it ends with the path's last two parts.
default_license() { local x; for x in "${PACKAGES[@]}"; do if [ "$(field "$x" 1)" = "$1" ]; then field "$x" 12; fi; done; }
license_of() { # pkg ver relpath default
  local cr="$SRC/${1}_${2//:/%3a}/usr/share/doc/$1/copyright"
  if ! head -1 "$cr" | grep -q '^Format:'; then echo "$4"; return; fi
  awk -v path="$3" '
    function g2r(p,   r) { r = p; gsub(/[.+]/, "[&]", r); gsub(/\?/, "[^/]", r); gsub(/\*/, ".*", r); return r }
    function matches(p,   n, parts, tail) {
      if (p == "*") return 1
      if (path ~ ("(^|/)" g2r(p) "$")) return 1
      n = split(path, parts, "/"); tail = parts[n - 1] "/" parts[n]
      return p !~ /[*?]/ && length(p) >= length(tail) + 1 && substr(p, length(p) - length(tail)) == "/" tail
    }
    /^[^ \t]/ { infiles = 0 }
    /^Files:/ { nf = 0; for (i = 2; i <= NF; i++) pat[++nf] = $i; infiles = 1; hit = 0; next }
    infiles && /^[ \t]/ { for (i = 1; i <= NF; i++) pat[++nf] = $i; next }
    /^License:/ && nf > 0 { hit = 0; for (i = 1; i <= nf; i++) if (matches(pat[i])) hit = 1; if (hit) lic = $2; nf = 0 }
    END { print lic }' "$cr"
}

{
  printf 'path\tpackage\tversion\tsource_file\tlicense\n'
  while IFS=$'\t' read -r out kind mode pkg ver src src2 dur rest; do
    l=$(license_of "$pkg" "$ver" "$src" "$(default_license "$pkg")")
    s="/$src"; case "$src" in pk3/*) s="$(cd "$SRC/${pkg}_${ver//:/%3a}" && find . -name '*.pk3' | sed 's/^\.//'):${src#pk3/}" ;; esac
    if [ "$src2" != - ]; then
      s2="/$src2"
      l2=$(license_of "$pkg" "$ver" "$src2" "$(default_license "$pkg")")
      s="$s + $s2"; [ "$l2" = "$l" ] || l="$l + $l2"
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$out" "$pkg" "$ver" "$s" "$l"
  done < "$JOBSF"
  printf '%s\t%s\t%s\t%s\t%s\n' "Unsorted/Track 01.mp3" "$TEXT_PKG" "$TEXT_VER" "/usr/share/doc/$TEXT_PKG/copyright" \
    "$(license_of "$TEXT_PKG" "$TEXT_VER" "debian/copyright" "")"
  printf '%s\t-\t-\t-\t-\n' "Unsorted/Unknown Artist - Untitled.mp3"
} | { read -r h; echo "$h"; sort; } > "$BUILD/out/SOURCES.tsv"

describe() { # mode -> human encoding
  case "$1" in
    flac16)        echo "FLAC 16-bit, level 5" ;;
    flac16_44100)  echo "FLAC 16-bit 44100 Hz, level 5" ;;
    flac16_c8)     echo "FLAC 16-bit, level 8" ;;
    flac24_*)      echo "FLAC 24-bit ${1#flac24_} Hz, level 5" ;;
    mp3_vbr*)      echo "MP3 VBR -q:a ${1#mp3_vbr}, ID3v2.4" ;;
    mp3_cbr128)    echo "MP3 CBR 128k, ID3v2.3 + ID3v1" ;;
    mp3_cbr*)      echo "MP3 CBR ${1#mp3_cbr}k, ID3v2.3" ;;
    aac_*)         echo "AAC-LC ${1#aac_} (FFmpeg aac)" ;;
    vorbis_q*)     echo "Ogg Vorbis -q:a ${1#vorbis_q}" ;;
    opus_*)        echo "Ogg Opus ${1#opus_}" ;;
  esac
}
{
  printf 'path\tkind\tencoding\tduration_s\tnotes\n'
  while IFS=$'\t' read -r out kind mode pkg ver src src2 dur title artist album track total year genre lic cover; do
    notes=""; [ "$cover" = cover ] && notes="embedded cover art (PNG)"
    case "$kind" in
      truncated)
        full=$(cat "$BUILD/out/$out.fullsize"); rm -f "$BUILD/out/$out.fullsize"
        kind="bad:truncated"
        notes=$(printf 'first 40%% (%s of %s bytes) of a complete FLAC; its header still claims the whole %.3f s' \
          "$(stat -c %s "$BUILD/out/$out")" "$full" "$dur")
        d="" ;;
      hidden-track)
        a=${dur%+*}; b=${dur#*+}
        d=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", a + 30 + b }')
        notes=$(awk -v a="$a" -v b="$b" -v sa="$(basename "$src")" -v sb="$(basename "$src2")" 'BEGIN {
          printf "track A 0-%.3f s (%s), digital silence %.3f-%.3f s, track B %.3f-%.3f s (%s); times nominal, from the sources",
            a, sa, a, a + 30, a + 30, a + 30 + b, sb }')
        # Measured: the whole stretch below -90 dBFS (track A may fade out into it early)
        notes="$notes; measured below -90 dBFS: $(ffmpeg -nostdin -hide_banner -i "$BUILD/out/$out" \
          -af silencedetect=n=-90dB:d=20 -f null - 2>&1 | awk '/silence_start/ { s = $NF } /silence_end/ { e = $5 }
          END { printf "%.3f-%.3f s", s, e }')" ;;
      *) d=$(printf '%.3f' "$dur") ;;
    esac
    printf '%s\t%s\t%s\t%s\t%s\n' "$out" "$kind" "$(describe "$mode")" "$d" "$notes"
  done < "$JOBSF"
  printf '%s\t%s\t%s\t\t%s\n' "Unsorted/Track 01.mp3" "bad:not-audio" "text" "a copy of /usr/share/doc/$TEXT_PKG/copyright named .mp3"
  printf '%s\t%s\t%s\t\t%s\n' "Unsorted/Unknown Artist - Untitled.mp3" "bad:zero-byte" "empty" "0 bytes"
} | { read -r h; echo "$h"; sort; } > "$BUILD/out/EXPECTED.tsv"

# --- verify --------------------------------------------------------------------------------
(cd "$BUILD/out" && find . -type f \( -name '*.flac' -o -name '*.mp3' -o -name '*.m4a' -o -name '*.ogg' -o -name '*.opus' \) | sed 's|^\./||' | sort) > "$BUILD/files.txt"
n=$(wc -l < "$BUILD/files.txt")
[ "$n" = 100 ] || die "expected 100 audio files, got $n"
[ "$(tail -n +2 "$BUILD/out/EXPECTED.tsv" | cut -f1 | sort | diff - "$BUILD/files.txt" && echo same)" = same ] ||
  die "EXPECTED.tsv and the files differ"
bad=0
while IFS=$'\t' read -r out kind rest; do
  case "$kind" in bad:*) continue ;; esac
  # Ogg keeps its Vorbis comments on the stream, the other containers in the format
  t=$(ffprobe -v error -show_entries format_tags=title:stream_tags=title -of default=nw=1:nk=1 "$BUILD/out/$out" 2>/dev/null || true)
  [ -n "$t" ] || { echo "no readable title tag in $out" >&2; bad=1; }
done < <(tail -n +2 "$BUILD/out/EXPECTED.tsv")
# The hidden track's gap must be there: at least 29.9 s of digital silence (-90 dBFS) where
# EXPECTED.tsv says.
hid=$(awk -F'\t' '$2 == "hidden-track" { print $1 }' "$BUILD/out/EXPECTED.tsv")
gap=$(ffmpeg -nostdin -hide_banner -i "$BUILD/out/$hid" -af silencedetect=n=-90dB:d=20 -f null - 2>&1 |
  awk '/silence_end/ { for (i = 1; i <= NF; i++) if ($i == "silence_duration:") d = $(i + 1); if (d + 0 > 29.9) print d }')
[ -n "$gap" ] || { echo "no 30 s digital silence found in $hid" >&2; bad=1; }
[ $bad = 0 ] || die "verification failed"
(cd "$BUILD/out" && xargs -a "$BUILD/files.txt" -d '\n' sha256sum) > "$BUILD/out/SHA256SUMS"

# Same FLACs as the previous build? (The lossy encoders are deterministic too on one machine
# and package set, but may differ across CPUs; FLAC must not.)
if [ -f "$OUT/SHA256SUMS" ]; then
  flac_diff=$(diff <(grep '\.flac$' "$OUT/SHA256SUMS") <(grep '\.flac$' "$BUILD/out/SHA256SUMS") | grep -c '^>' || true)
  all_diff=$(diff "$OUT/SHA256SUMS" "$BUILD/out/SHA256SUMS" | grep -c '^>' || true)
  log "compared with the previous build ($reused of $(wc -l < "$JOBSF") encodes reused): $flac_diff FLAC files and $all_diff files in all differ"
  [ "$flac_diff" = 0 ] || echo "WARNING: FLAC outputs differ from the previous build" >&2
fi

rm -rf "$OUT"; mv "$BUILD/out" "$OUT"; rm -rf "$BUILD"

# --- summary -------------------------------------------------------------------------------
log "done: $OUT"
body() { tail -n +2 "$OUT/EXPECTED.tsv"; }
echo "files: $(body | wc -l)"
echo "per extension: $(body | cut -f1 | sed 's/.*\.//' | sort | uniq -c | awk '{ printf "%s %s  ", $2, $1 }')"
echo "per kind: $(body | cut -f2 | sed 's/:.*//' | sort | uniq -c | awk '{ printf "%s %s  ", $2, $1 }')"
echo "per encoding:"; body | cut -f3 | sort | uniq -c | sed 's/^ */  /'
body | awk -F'\t' '$4 != "" { s += $4 } END { printf "audio: %.2f hours (nominal lengths, bad files not counted)\n", s / 3600 }'
printf 'size: %s (%s bytes)\n' "$(du -sh "$OUT" | cut -f1)" "$(du -sb "$OUT" | cut -f1)"
echo "took: $(elapsed) s"
