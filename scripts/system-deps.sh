#!/bin/sh
# Installs, or names, the system packages atelier's optional parts need: Noto fonts so
# every script renders in offline images, and tesseract with its language data so the
# copy in an image can be read back.
#
#   scripts/system-deps.sh PACKAGE...     (Debian package names; the Makefile passes its list)
#
# Each package is checked by name: a package dpkg has never heard of counts as missing,
# never as installed. As root with apt-get the missing ones are installed and checked
# again; anywhere else the script stops with the exact command to run. Exit codes:
# 0 all present, 1 something is missing or could not be installed.
set -u

if [ "$#" -eq 0 ]; then
  echo "system-deps: no packages named" >&2
  exit 1
fi

skip_hint() {
  echo "  or continue without them: make $1 SYSTEM_DEPS=skip" >&2
  echo "  (images then draw text with a fallback font, and copy that cannot be read back" >&2
  echo "  is held for human review; 'atelier doctor' shows what is missing)" >&2
}

missing_debian() {
  out=""
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) || status=""
    [ "$status" = "install ok installed" ] || out="$out $pkg"
  done
  printf '%s' "${out# }"
}

target=${SYSTEM_DEPS_TARGET:-demo}

if command -v dpkg-query >/dev/null 2>&1; then
  missing=$(missing_debian "$@")
  [ -z "$missing" ] && exit 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: installing $missing"
    # shellcheck disable=SC2086  # one word per package
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends $missing >/dev/null; }; then
      echo "error: apt-get could not install: $missing" >&2
      exit 1
    fi
    # apt-get may succeed and still leave a package out (a virtual name, a hold).
    # shellcheck disable=SC2086
    still=$(missing_debian $missing)
    if [ -n "$still" ]; then
      echo "error: still not installed after apt-get: $still" >&2
      exit 1
    fi
    exit 0
  fi
  echo "error: missing system packages: $missing" >&2
  if command -v apt-get >/dev/null 2>&1; then
    echo "  install them with: sudo apt-get install -y --no-install-recommends $missing" >&2
  else
    echo "  dpkg is here but apt-get is not; install with your package manager: $missing" >&2
  fi
  skip_hint "$target"
  exit 1
fi

# No dpkg: check what the packages provide instead of their names.
have_all=1
command -v tesseract >/dev/null 2>&1 || have_all=0
if [ "$have_all" = 1 ]; then
  langs=$(tesseract --list-langs 2>/dev/null)
  for lang in eng jpn kor chi_sim hin ben; do
    printf '%s\n' "$langs" | grep -qx "$lang" || have_all=0
  done
fi
if [ "$have_all" = 1 ]; then
  found=0
  for dir in "$HOME/Library/Fonts" /Library/Fonts /opt/homebrew/share/fonts \
      /usr/local/share/fonts /usr/share/fonts; do
    if [ -d "$dir" ] && find "$dir" -name 'NotoSansCJK*' 2>/dev/null | grep -q .; then
      found=1
    fi
  done
  [ "$found" = 1 ] || have_all=0
fi
[ "$have_all" = 1 ] && exit 0

echo "error: tesseract with its language data, or the Noto fonts, are missing" >&2
if [ "$(uname -s)" = Darwin ]; then
  echo "  install them with: brew install tesseract tesseract-lang && brew install --cask" \
    "font-noto-sans font-noto-sans-cjk font-noto-sans-devanagari font-noto-sans-bengali" >&2
else
  echo "  on Debian/Ubuntu: sudo apt-get install -y --no-install-recommends $*" >&2
  echo "  on macOS: brew install tesseract tesseract-lang && brew install --cask" \
    "font-noto-sans font-noto-sans-cjk font-noto-sans-devanagari font-noto-sans-bengali" >&2
fi
skip_hint "$target"
exit 1
