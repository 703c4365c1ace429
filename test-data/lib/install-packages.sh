# Sourced by the test-data scripts that need Debian packages:
#   install_packages PACKAGE...
# installs the packages with apt-get when run as root, and otherwise prints the command that would and
# exits 1. With no package named it does nothing.
install_packages() {
  (($# == 0)) && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "installing $* with apt-get" >&2
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
  else
    echo "missing packages; install them with:" >&2
    echo "  sudo apt-get install -y --no-install-recommends $*" >&2
    exit 1
  fi
}
