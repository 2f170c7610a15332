#!/usr/bin/env bash
# Formats the C++ sources with the checked-in .clang-format (clang-format from Debian's package).
#   scripts/format.sh           rewrites the files that differ
#   scripts/format.sh --check   lists them and exits 1 (CI), changes nothing
# Only files git knows are touched (never the npm packages or build trees).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v clang-format >/dev/null 2>&1 || { echo "format: clang-format is not installed (scripts/deps.sh --with-tests installs it)" >&2; exit 2; }
check=0
[[ "${1:-}" == "--check" ]] && check=1
mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '^tests/e2e/node_modules/')
differ=()
for f in "${files[@]}"; do
  if ! clang-format --style=file "$f" | cmp -s - "$f"; then
    differ+=("$f")
    ((check)) || clang-format --style=file -i "$f"
  fi
done
if ((check)) && ((${#differ[@]})); then
  echo "format: ${#differ[@]} file(s) differ from .clang-format ($(clang-format --version | head -n1)); run scripts/format.sh:" >&2
  printf '  %s\n' "${differ[@]}" >&2
  exit 1
fi
((check)) && echo "format: ${#files[@]} files follow .clang-format"
exit 0
