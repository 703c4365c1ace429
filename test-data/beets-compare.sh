#!/usr/bin/env bash
# beets-compare.sh: time beets on a folder, for comparison with `audio-import bench`.
#
#   test-data/beets-compare.sh DATASET_DIR [OUT.json] [--keep]
#
# Sets up a throwaway beets (Debian's beets 1.6.0) in a temporary folder and runs and times
# three steps over DATASET_DIR:
#   1. beet import -A DIR   import as-is: no autotagging, no copy or move, no tag writing
#   2. beet fingerprint     Chromaprint fingerprints (chroma plugin, pyacoustid, local only)
#   3. beet replaygain      track ReplayGain with the ffmpeg backend (ebur128), 1 thread per core
# It prints each step's wall time and maximum resident memory, then one JSON line
#   {"import_s":..,"fingerprint_s":..,"replaygain_s":..,"total_s":..,"files":..,...}
# to stdout, or to OUT.json when given. --keep leaves the temporary folder (library, logs).
#
# No network: the config enables only the chroma and replaygain plugins, with chroma
# `auto: no` (no AcoustID lookups at import) and `import.autotag: no` (no MusicBrainz
# lookups); `beet fingerprint` only computes fingerprints, and `beet submit` is never run.
# Run as root, each step also runs in an empty network namespace (`unshare --net`), so a
# lookup could not reach anything even by mistake. Audio files are only read: copy, move and
# write are all off, so neither the imported paths nor the fingerprints or gains touch them.
#
# Needs (Debian 12): beets python3-acoustid libchromaprint-tools ffmpeg time. Run as root it
# installs what is missing with apt-get; otherwise it prints the command and exits 1.
set -euo pipefail
export LC_ALL=C.UTF-8

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
DIR="" OUTF="" KEEP=no
for a in "$@"; do
  case "$a" in
    --keep) KEEP=yes ;;
    -h|--help) usage; exit 0 ;;
    *) if [ -z "$DIR" ]; then DIR=$a; elif [ -z "$OUTF" ]; then OUTF=$a; else echo "too many arguments" >&2; exit 2; fi ;;
  esac
done
[ -n "$DIR" ] || { usage >&2; exit 2; }
[ -d "$DIR" ] || { echo "not a folder: $DIR" >&2; exit 2; }
DIR=$(cd "$DIR" && pwd)

# --- tools -------------------------------------------------------------------------------
. "$(dirname "$0")/lib/install-packages.sh"
need=()
[ -x /usr/bin/beet ] || need+=(beets)
python3_sys=/usr/bin/python3
"$python3_sys" -c 'import acoustid' 2>/dev/null || need+=(python3-acoustid)
command -v fpcalc >/dev/null || need+=(libchromaprint-tools)
command -v ffmpeg >/dev/null || need+=(ffmpeg)
[ -x /usr/bin/time ] || need+=(time)
install_packages "${need[@]}"

# Run as root: every beet in a fresh network namespace with only a loopback that is down.
NETNS=()
if [ "$(id -u)" = 0 ] && unshare --net true 2>/dev/null; then
  NETNS=(unshare --net --)
  network="none (unshare --net)"
else
  network="not isolated (not root): no network by configuration only"
fi

# --- a throwaway beets ---------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/beets-compare.XXXXXX")
if [ $KEEP = no ]; then trap 'rm -rf "$WORK"' EXIT; fi
cat > "$WORK/config.yaml" <<EOF
# throwaway beets config made by audio-import's test-data/beets-compare.sh
directory: $WORK/music
library: $WORK/library.db
statefile: $WORK/state.pickle
threaded: yes
import:
  copy: no
  move: no
  link: no
  hardlink: no
  reflink: no
  write: no
  autotag: no
  resume: no
  incremental: no
  quiet: yes
  log: $WORK/import.log
plugins: chroma replaygain
chroma:
  auto: no
replaygain:
  auto: no
  backend: ffmpeg
  overwrite: yes
EOF
# BEETSDIR and HOME keep beets away from any user config and state.
export BEETSDIR=$WORK HOME=$WORK
beet() { "${NETNS[@]}" /usr/bin/beet -c "$WORK/config.yaml" "$@"; }

declare -A WALL RSS
step() { # name, then the beet arguments
  local name=$1; shift
  echo "== $name: beet $*" >&2
  if ! /usr/bin/time -f '%e %M' -o "$WORK/$name.time" "${NETNS[@]}" /usr/bin/beet -c "$WORK/config.yaml" "$@" \
      > "$WORK/$name.out" 2> "$WORK/$name.err"; then
    echo "beet $* failed; its output:" >&2; tail -20 "$WORK/$name.err" >&2; exit 1
  fi
  read -r WALL[$name] RSS[$name] < <(tail -1 "$WORK/$name.time")
  printf '   %8.2f s wall, max RSS %d MB\n' "${WALL[$name]}" $(( ${RSS[$name]} / 1024 )) >&2
}

echo "beets $(/usr/bin/beet version 2>/dev/null | sed -n 's/^beets version //p'), network: $network, dataset: $DIR" >&2
step import import -A "$DIR"
step fingerprint fingerprint
step replaygain replaygain

files=$(beet ls -f '$path' | wc -l)
albums=$(beet ls -a -f '$album' | wc -l)
fingerprinted=$(beet ls -f '$acoustid_fingerprint' | grep -c . || true)
gained=$(beet ls -f '$rg_track_gain' | grep -vc '^$' || true)
total=$(awk -v a="${WALL[import]}" -v b="${WALL[fingerprint]}" -v c="${WALL[replaygain]}" 'BEGIN { printf "%.2f", a + b + c }')
printf '   %8.2f s total; %d files in the library (%d albums), %d fingerprinted, %d with track gain\n' \
  "$total" "$files" "$albums" "$fingerprinted" "$gained" >&2

json=$(printf '{"import_s":%s,"fingerprint_s":%s,"replaygain_s":%s,"total_s":%s,"files":%d,"albums":%d,"fingerprinted":%d,"replaygain_tracks":%d,"import_max_rss_kb":%d,"fingerprint_max_rss_kb":%d,"replaygain_max_rss_kb":%d,"beets":"%s","network":"%s"}' \
  "${WALL[import]}" "${WALL[fingerprint]}" "${WALL[replaygain]}" "$total" "$files" "$albums" "$fingerprinted" "$gained" \
  "${RSS[import]}" "${RSS[fingerprint]}" "${RSS[replaygain]}" \
  "$(/usr/bin/beet version 2>/dev/null | sed -n 's/^beets version //p')" "$network")
if [ -n "$OUTF" ]; then echo "$json" > "$OUTF"; echo "wrote $OUTF" >&2; else echo "$json"; fi
[ $KEEP = yes ] && echo "kept $WORK" >&2
exit 0
