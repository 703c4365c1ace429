# Shared by ./audio-import and ./run-tests: picks a JDK >= 21, installs the Debian packages the
# build and the program need (as root; otherwise prints the command and stops), and builds the jar.
# Sourced, not run.

AUDIO_IMPORT_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
AUDIO_IMPORT_JAR="$AUDIO_IMPORT_HOME/import-cli/target/audio-import.jar"
# Runtime needs: libchromaprint1 (fingerprints) and libvorbisfile3 (the Ogg Vorbis streams FFmpeg refuses),
# both loaded through JNA.
AUDIO_IMPORT_RUNTIME_PACKAGES=(libchromaprint1 libvorbisfile3)
# Build needs: Maven.
AUDIO_IMPORT_BUILD_PACKAGES=(maven)
# Test needs beyond those: a real browser for the daemon's web page tests (Selenium drives it through
# chromedriver), Debian's ffmpeg command for reference frame counts, fpcalc for the accuracy
# benchmark's test (it runs the reference tools itself), oggdec and python3 for the Ogg Vorbis file
# FFmpeg refuses (test-data/make-robustness-fixtures.sh makes it and checks it), and xxh128sum, the
# reference the content hash is checked against.
AUDIO_IMPORT_TEST_PACKAGES=(ffmpeg vorbis-tools python3 chromium chromium-driver libchromaprint-tools xxhash)

say() { printf 'audio-import: %s\n' "$*" >&2; }

# The Java feature version of a JDK folder, from its release file; empty if it is not a JDK.
jdk_version() {
    local release="$1/release"
    [[ -x "$1/bin/java" && -r "$release" ]] || return 0
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
}

# Sets JAVA_HOME to a JDK >= 21: JAVA_HOME if it is one, else the newest under the usual places.
pick_jdk() {
    local candidate version best="" best_version=0
    if [[ -n "${JAVA_HOME:-}" ]]; then
        version="$(jdk_version "$JAVA_HOME")"
        if [[ -n "$version" && "$version" -ge 21 ]]; then
            export JAVA_HOME
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/*; do
        [[ -d "$candidate" ]] || continue
        version="$(jdk_version "$candidate")"
        if [[ -n "$version" && "$version" -ge 21 && "$version" -gt "$best_version" ]]; then
            best="$candidate"
            best_version="$version"
        fi
    done
    if [[ -z "$best" ]]; then
        say "no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm, /opt, /usr/local/lib/jvm and ~/.sdkman). Install one, e.g. Temurin 21+, and set JAVA_HOME."
        exit 1
    fi
    export JAVA_HOME="$best"
}

# Installs missing Debian packages when root; otherwise prints the command to run and stops.
ensure_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    if [[ "$(id -u)" -ne 0 ]]; then
        say "missing Debian packages: ${missing[*]}. Run: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
        exit 1
    fi
    say "installing ${missing[*]}"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
}

# Maven options: native access for sqlite-jdbc inside Maven's JVM (the jOOQ code generator); on JDK 24+
# also quiet the sun.misc.Unsafe warnings of Maven's own Guava, which say nothing about this project.
maven() {
    local options="--enable-native-access=ALL-UNNAMED"
    if [[ "$(jdk_version "$JAVA_HOME")" -ge 24 ]]; then
        options+=" --sun-misc-unsafe-memory-access=allow"
    fi
    (cd "$AUDIO_IMPORT_HOME" && MAVEN_OPTS="${MAVEN_OPTS:-} $options" mvn -B -ntp "$@")
}

# Builds the jar when no complete build of it is recorded, or any source or build file is newer than that
# record. The record is written only after a build succeeds: a build stopped half way (Ctrl-C) leaves a jar
# that is new but broken, and the next run builds again instead of running it.
build_if_stale() {
    local built="$AUDIO_IMPORT_JAR.built"
    if [[ -f "$AUDIO_IMPORT_JAR" && -f "$built" ]] && [[ -z "$(cd "$AUDIO_IMPORT_HOME" && find pom.xml \
            ./*/pom.xml ./*/src -newer "$built" -print -quit 2>/dev/null)" ]]; then
        return 0
    fi
    ensure_packages "${AUDIO_IMPORT_BUILD_PACKAGES[@]}"
    say "building the jar (first run or sources changed)..."
    rm -f "$built"
    if ! maven -q -DskipTests package >&2; then
        say "build failed"
        exit 1
    fi
    touch "$built"
}

# The class-data-sharing archive the launcher keeps beside the jar. The JVM makes it again when it is missing
# or another JDK made it, but not when the jar changed: then it runs without it, silently, after every rebuild.
# An archive older than the jar is removed, so that the next run makes a new one.
AUDIO_IMPORT_CLASS_ARCHIVE="${AUDIO_IMPORT_JAR%.jar}.jsa"
drop_stale_class_archive() {
    if [[ -f "$AUDIO_IMPORT_CLASS_ARCHIVE" && "$AUDIO_IMPORT_JAR" -nt "$AUDIO_IMPORT_CLASS_ARCHIVE" ]]; then
        rm -f "$AUDIO_IMPORT_CLASS_ARCHIVE"
    fi
}
