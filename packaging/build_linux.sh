#!/usr/bin/env bash
# Build the one-folder bundle from packaging/avtalsregister.spec on Linux and
# prove that it works, so that a broken bundle (missing resource, missing
# translation, missing hidden import) fails CI instead of a registrar's day.
#
# Usage: packaging/build_linux.sh [REPO_ROOT] [PYTHON]
#   REPO_ROOT  default: the folder above this script
#   PYTHON     the venv's python with the project installed
#              (default: REPO_ROOT/.venv/bin/python, else python3)
#
# Steps: install the pinned PyInstaller into that venv, build into
# REPO_ROOT/dist/avtalsregister, then, offscreen, with a throw-away home
# folder and the bundle folder as working directory (as a Start menu
# shortcut has it):
#   --version       prints the pyproject version
#   --bundle-check  every migration, seed file, font, .qm (ours and Qt's
#                   qtbase_sv.qm), module of desktop_app and the psycopg2
#                   driver is inside and loads through desktop_app.paths
#   init --demo, check   the CLI inside the bundle creates and reads a register
#   --smoke-test    (both executables) start, open a temporary register, exit 0
# and finally: nothing was written inside the bundle folder.
# Prints the build time, the smoke-test time and the bundle size.
set -euo pipefail

ROOT="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
PYTHON="${2:-}"
if [[ -z "$PYTHON" ]]; then
  if [[ -x "$ROOT/.venv/bin/python" ]]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON="python3"; fi
fi
cd "$ROOT"

fail() { echo "build_linux.sh: FAILED: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "installing build tools into $PYTHON"
"$PYTHON" -m pip install -q -r packaging/requirements.txt
"$PYTHON" -c "import desktop_app" || fail "the project is not installed in $PYTHON (pip install -e .[test])"
"$PYTHON" -c "import psycopg2" || fail "psycopg2 missing in $PYTHON: the bundle needs the PostgreSQL driver (pip install -e .[postgres])"

DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
BUNDLE="$DIST/avtalsregister"
step "building the bundle (PyInstaller)"
build_start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/avtalsregister.spec \
  || fail "PyInstaller could not build packaging/avtalsregister.spec"
build_seconds=$(( $(date +%s) - build_start ))
[[ -x "$BUNDLE/avtalsregister" && -x "$BUNDLE/avtalsregister-gui" ]] \
  || fail "the bundle lacks its executables: $(ls "$BUNDLE")"

# A fresh user: the register must land in its data folder, nowhere else.
SANDBOX="$(mktemp -d)"
trap 'rm -rf "$SANDBOX"' EXIT
export HOME="$SANDBOX/home" XDG_DATA_HOME="$SANDBOX/home/.local/share" \
  XDG_CONFIG_HOME="$SANDBOX/home/.config" XDG_CACHE_HOME="$SANDBOX/home/.cache"
mkdir -p "$HOME"
unset AVTALSREGISTER_DATABASE
export QT_QPA_PLATFORM=offscreen LANG=sv_SE.UTF-8
snapshot() { (cd "$BUNDLE" && find . -printf '%p %s %T@\n' | sort); }
snapshot > "$SANDBOX/before.txt"

run() {  # run NAME ARGS...: the bundled program, from inside the bundle folder
  local name="$1"; shift
  (cd "$BUNDLE" && timeout 180 "./$name" "$@")
}

smoke_start=$EPOCHREALTIME
step "--version"
expected="Avtalsregister $("$PYTHON" packaging/version_info.py --print)"
got="$(run avtalsregister --version)" || fail "--version exited non-zero"
[[ "$got" == "$expected" ]] || fail "--version printed '$got', expected '$expected'"
echo "$got"

step "--bundle-check"
run avtalsregister --bundle-check || fail "the bundle is incomplete (see above)"

step "init --demo and check inside the bundle"
run avtalsregister init --demo || fail "init --demo failed in the bundle"
rc=0
run avtalsregister check > "$SANDBOX/check.txt" || rc=$?
tail -1 "$SANDBOX/check.txt"
# check exits 1 when the register has rule errors; anything else is a crash.
[[ $rc -le 1 ]] || fail "check exited $rc in the bundle"
register="$XDG_DATA_HOME/Avtalsregister/avtalsregister.sqlite3"
[[ -f "$register" ]] || fail "the register was not created in the user data folder ($register)"

if [[ -f desktop_app/ui/app.py ]]; then
  for exe in avtalsregister avtalsregister-gui; do
    step "$exe --smoke-test"
    out="$(run "$exe" --smoke-test 2>&1)" || fail "$exe --smoke-test exited non-zero: $out"
    echo "$out" | tail -3
    if [[ "$exe" == avtalsregister ]]; then
      grep -q "smoke test ok" <<<"$out" || fail "$exe --smoke-test did not print 'smoke test ok'"
    fi
  done
else
  echo "NOTE: desktop_app/ui/app.py does not exist yet; --smoke-test skipped" >&2
fi
step "first start of the windowed program (welcome dialog, a fresh user)"
# A new user with no register: the program must come up and wait in the
# welcome dialog, not crash. It is stopped after a few seconds.
FRESH="$SANDBOX/fresh"
mkdir -p "$FRESH"
(
  export HOME="$FRESH" XDG_DATA_HOME="$FRESH/.local/share" XDG_CONFIG_HOME="$FRESH/.config"
  cd "$BUNDLE" && exec ./avtalsregister-gui > "$SANDBOX/first-start.txt" 2>&1
) &
gui_pid=$!
sleep 8
if ! kill -0 "$gui_pid" 2>/dev/null; then
  wait "$gui_pid" || true
  cat "$SANDBOX/first-start.txt" >&2
  fail "avtalsregister-gui ended on its own at first start instead of showing the welcome dialog"
fi
kill "$gui_pid"
wait "$gui_pid" 2>/dev/null || true
[[ ! -e "$FRESH/.local/share/Avtalsregister/avtalsregister.sqlite3" ]] \
  || fail "a register was created before the user chose one in the welcome dialog"
echo "running at the welcome dialog after 8 s; stopped"

smoke_seconds=$(awk -v a="$smoke_start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')

step "nothing written next to the program files"
snapshot > "$SANDBOX/after.txt"
if ! diff -u "$SANDBOX/before.txt" "$SANDBOX/after.txt" > "$SANDBOX/diff.txt"; then
  cat "$SANDBOX/diff.txt" >&2
  fail "the program wrote into its own folder $BUNDLE"
fi

size="$(du -sh "$BUNDLE" | cut -f1)"
files="$(find "$BUNDLE" -type f | wc -l)"
echo "bundle ok: $BUNDLE, $size in $files files; build ${build_seconds}s; checks ${smoke_seconds}s"
