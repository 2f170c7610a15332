#!/usr/bin/env bash
# Packaging check: builds the .deb with cpack from an existing build directory, installs it with
# apt-get into a clean Debian root (dependencies from shlibdeps resolved from the Debian archive), runs
# `switchboard-cli --version` and `switchboard --version` (offscreen) from the installed paths, purges
# the package and fails if any of its files are left behind.
#
# usage: scripts/package-test.sh [BUILD_DIR]   (default: ./build; run as root)
#
# The clean root is made once with debootstrap (minbase) and kept under
# ${SWITCHBOARD_ROOT_CACHE:-~/.cache/switchboard}/root-<suite>.tar; each run unpacks a fresh copy, so
# nothing from an earlier run leaks in and the script can run again and again.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
suite=${SWITCHBOARD_SUITE:-bookworm}
mirror=${SWITCHBOARD_MIRROR:-http://deb.debian.org/debian}
cache=${SWITCHBOARD_ROOT_CACHE:-$HOME/.cache/switchboard}
tarball=$cache/root-$suite.tar

[[ $(id -u) == 0 ]] || { echo "package-test: run as root (chroot and apt-get need it)" >&2; exit 2; }
[[ -f $build/CPackConfig.cmake ]] || { echo "package-test: $build is not a configured build; run scripts/test.sh first" >&2; exit 2; }
for tool in debootstrap dpkg-deb cpack; do
  command -v "$tool" >/dev/null || { echo "package-test: $tool is missing (apt-get install debootstrap cmake)" >&2; exit 2; }
done

t0=$SECONDS
# the Flatpak manifest cannot be built here (no network for the runtime): its offline lint
echo "== Flatpak manifest"
if ! python3 scripts/lint_flatpak.py packaging/linux/dev.switchboard.Switchboard.yml | sed 's/^/   /'; then
  echo "package-test: the Flatpak manifest has problems (above)" >&2
  exit 1
fi

echo "== cpack (DEB)"
(cd "$build" && nice -n 10 cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/switchboard_*.deb | head -n 1)
echo "   $deb ($((SECONDS - t0)) s)"

if [[ ! -f $tarball ]]; then
  t1=$SECONDS
  echo "== debootstrap $suite (first run; cached in $tarball)"
  mkdir -p "$cache"
  tmp=$(mktemp -d "$cache/bootstrap.XXXXXX")
  debootstrap --variant=minbase "$suite" "$tmp" "$mirror" >"$cache/debootstrap.log" 2>&1 \
    || { echo "package-test: debootstrap failed, see $cache/debootstrap.log" >&2; rm -rf "$tmp"; exit 1; }
  chroot "$tmp" apt-get clean
  tar -C "$tmp" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
  rm -rf "$tmp"
  echo "   $((SECONDS - t1)) s"
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-root.XXXXXX")
cleanup() {
  for m in proc dev/pts dev; do mountpoint -q "$root/$m" && umount -l "$root/$m"; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$tarball"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
mkdir -m 0700 "$root/run/user-0"

t2=$SECONDS
echo "== apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/switchboard.deb"
before=$(mktemp)
in_root find / -xdev -path /proc -prune -o -path /tmp -prune -o -print | sort >"$before"
in_root apt-get update -qq 2>&1 | grep -v unsandboxed || true
in_root apt-get install -y -qq --no-install-recommends /tmp/switchboard.deb >/dev/null
echo "   $((SECONDS - t2)) s"

echo "== run from the installed paths"
in_root /usr/bin/switchboard-cli --version
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/user-0 /usr/bin/switchboard --version
# a database opened and migrated through Qt's SQLite driver, a plugin the package must depend on
in_root /usr/bin/switchboard-cli db migrate --data-dir /tmp/switchboard-data
rm -rf "$root/tmp/switchboard-data"
for f in /usr/share/applications/dev.switchboard.Switchboard.desktop /usr/share/metainfo/dev.switchboard.Switchboard.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/dev.switchboard.Switchboard.svg /usr/lib/systemd/user/switchboard-serve.service \
         /usr/lib/systemd/system/switchboard-team.service \
         /usr/share/doc/switchboard/copyright /usr/share/man/man1/switchboard.1.gz /usr/share/man/man1/switchboard-cli.1.gz; do
  [[ -f $root$f ]] || { echo "package-test: $f is not installed" >&2; exit 1; }
done

# the units as installed: systemd's own check of their syntax and directives (an unknown key is only a
# warning to it, so any output fails here). The host's systemd-analyze checks the executable on the
# host's paths, so each unit's copy names the root's switchboard-cli; the root has no systemd for
# --root. "man:" links are not looked up.
if command -v systemd-analyze >/dev/null 2>&1; then
  units=$(mktemp -d)
  for unit in /usr/lib/systemd/user/switchboard-serve.service /usr/lib/systemd/system/switchboard-team.service; do
    sed "s|/usr/bin/switchboard-cli|$root/usr/bin/switchboard-cli|g" "$root$unit" >"$units/$(basename "$unit")"
    problems=$(systemd-analyze verify --man=no "$units/$(basename "$unit")" 2>&1 || true)
    if [[ -n $problems ]]; then echo "package-test: $unit: $problems" >&2; exit 1; fi
  done
  rm -rf "$units"
  echo "   systemd-analyze verify: both units clean"
fi

# installed binaries carry no RPATH/RUNPATH and are hardened (PIE, full RELRO); readelf from the host
for exe in /usr/bin/switchboard /usr/bin/switchboard-cli; do
  dyn=$(readelf -d "$root$exe")
  if grep -qE '\((RPATH|RUNPATH)\)' <<<"$dyn"; then echo "package-test: $exe has an RPATH" >&2; exit 1; fi
  grep -q 'Flags:.*NOW' <<<"$dyn" || { echo "package-test: $exe is not linked with -z now" >&2; exit 1; }
  readelf -lW "$root$exe" | grep -q GNU_RELRO || { echo "package-test: $exe has no RELRO segment" >&2; exit 1; }
  readelf -hW "$root$exe" | grep -q 'DYN (' || { echo "package-test: $exe is not a PIE" >&2; exit 1; }
done
echo "   no RPATH; PIE, RELRO and BIND_NOW in both executables"

echo "== purge and look for leftovers"
files=$(dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|; s|/$||')
in_root apt-get purge -y -qq --autoremove switchboard >/dev/null
left=()
while read -r f; do
  [[ -z $f || -d $root$f ]] && continue
  [[ -e $root$f ]] && left+=("$f")
done <<<"$files"
if ((${#left[@]})); then
  echo "package-test: files left after purge: ${left[*]}" >&2
  exit 1
fi
after=$(mktemp)
in_root find / -xdev -path /proc -prune -o -path /tmp -prune -o -print | sort >"$after"
# dependencies' maintainer scripts may leave caches (fontconfig, mime, certificates): only paths that
# name switchboard fail the check, the rest is counted
new=$(comm -13 "$before" "$after" | grep -vE '^/var/(lib|cache|log)/(apt|dpkg)|^/var/log/|^/etc/ld.so.cache$' || true)
rm -f "$before" "$after"
if grep -i switchboard <<<"$new"; then
  echo "package-test: switchboard paths left after purge (above)" >&2
  exit 1
fi
echo "   none of the package's files left; $(grep -c . <<<"$new" || true) other new paths from dependencies' scripts"
echo "package-test: passed in $((SECONDS - t0)) s"
