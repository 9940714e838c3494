#!/usr/bin/env bash
# Installs code-server (VS Code served to a browser) for the editor end-to-end tests
# (tests/editors/vscode.e2e.test.ts), into a cache folder outside the checkout so that `npm ci`,
# `git clean` and the workspaces never see its ~600 MB of node_modules.
#
#   tests/editors/install-code-server.sh          # install, or do nothing when already there
#   DATELINE_EDITORS_CACHE=/some/dir tests/editors/install-code-server.sh
#
# It prints the path of the code-server executable on its last line. The tests find it through the
# symlink "$CACHE/code-server" (or the DATELINE_CODE_SERVER variable, which wins).
#
# Needs: Node 20 (code-server's postinstall refuses any other major), npm, a C/C++ toolchain and
# Debian's libkrb5-dev (the `kerberos` native module is compiled from source), ripgrep (/usr/bin/rg).
# Network: only the npm registry. Nothing here talks to GitHub.
set -euo pipefail
exec </dev/null # unattended: npm and node-gyp must never wait for an answer

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE="${DATELINE_EDITORS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dateline-editors}"
PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
BIN="$PREFIX/node_modules/.bin/code-server"
MARKER="$PREFIX/.installed" # written last: a half-finished install is never mistaken for a good one

log() { printf '[install-code-server] %s\n' "$*" >&2; }

# code-server writes a default config.yaml (and logs) under the XDG folders whenever it runs, even
# for --version: keep that inside the cache, not in the user's ~/.config and ~/.local.
code_server_version() {
  XDG_CONFIG_HOME="$CACHE/tmp/xdg-config" XDG_DATA_HOME="$CACHE/tmp/xdg-data" "$BIN" --version
}

link_current() {
  ln -sfn "code-server-$CODE_SERVER_VERSION" "$CACHE/code-server"
  echo "$BIN"
}

if [[ -f "$MARKER" && -x "$BIN" ]] && code_server_version >/dev/null 2>&1; then
  log "code-server $CODE_SERVER_VERSION is already installed in $PREFIX"
  link_current
  exit 0
fi

for tool in node npm tar rg; do
  command -v "$tool" >/dev/null || {
    log "missing '$tool' (Debian: apt-get install nodejs npm tar ripgrep)"
    exit 1
  }
done
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [[ "$node_major" != 20 ]]; then
  log "code-server $CODE_SERVER_VERSION runs on Node 20 only (found $(node --version))"
  exit 1
fi
if [[ ! -e /usr/include/krb5.h && ! -e /usr/include/gssapi/gssapi.h ]]; then
  # The `kerberos` dependency is a native module with no prebuilt binary for us: node-gyp compiles it
  # against the MIT Kerberos headers, and the whole install fails without them.
  log "missing Kerberos headers: apt-get install libkrb5-dev"
  exit 1
fi

rm -rf "$PREFIX"
mkdir -p "$PREFIX" "$CACHE/tmp"

# @vscode/ripgrep's postinstall downloads a ripgrep build from GitHub's API, which is unreachable
# here (only the npm registry and Debian's mirrors are). Its download.js first looks for the asset in
# its cache, `path.join(os.tmpdir(), "vscode-ripgrep-cache-<package version>")`, named
# `ripgrep-<VERSION>-<target>.tar.gz` (VERSION is a constant in its lib/postinstall.js, target is
# x86_64-unknown-linux-musl on linux x64), and untars it when present. So we read both versions
# from the published packages (npm's cache keeps the tarballs, nothing is downloaded twice) and put
# Debian's rg there, in a private TMPDIR so that nothing else in /tmp is involved.
export TMPDIR="$CACHE/tmp"
work="$(mktemp -d "$TMPDIR/seed.XXXXXX")"
trap 'rm -rf "$work"' EXIT

log "reading the @vscode/ripgrep version that code-server $CODE_SERVER_VERSION pins"
(cd "$work" && npm pack --silent "code-server@$CODE_SERVER_VERSION" >/dev/null)
tar -xzf "$work/code-server-$CODE_SERVER_VERSION.tgz" -C "$work" package/lib/vscode/npm-shrinkwrap.json
rg_package_version="$(node -p 'require(process.argv[1]).packages["node_modules/@vscode/ripgrep"].version' \
  "$work/package/lib/vscode/npm-shrinkwrap.json")"

(cd "$work" && npm pack --silent "@vscode/ripgrep@$rg_package_version" >/dev/null)
tar -xzf "$work/vscode-ripgrep-$rg_package_version.tgz" -C "$work" package/lib/postinstall.js
rg_release="$(sed -n "s/^const VERSION = '\([^']*\)'.*/\1/p" "$work/package/lib/postinstall.js")"
if [[ -z "$rg_release" ]]; then
  log "could not read VERSION from @vscode/ripgrep@$rg_package_version's lib/postinstall.js"
  exit 1
fi
case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-musl ;;
  *)
    log "unsupported machine $(uname -m)"
    exit 1
    ;;
esac
rg_cache="$TMPDIR/vscode-ripgrep-cache-$rg_package_version"
mkdir -p "$rg_cache" "$work/rg"
cp "$(command -v rg)" "$work/rg/rg" # the tarball holds a bare `rg` at its root, like the real asset
tar -czf "$rg_cache/ripgrep-$rg_release-$rg_target.tar.gz" -C "$work/rg" rg
log "seeded $rg_cache/ripgrep-$rg_release-$rg_target.tar.gz with $(command -v rg)"

# node-gyp compiles code-server's native modules (kerberos, node-pty, spdlog, ...) against Node's
# headers and, unless told where they are, downloads them from nodejs.org, which is unreachable
# here. Node's own installs ship them in <prefix>/include/node: point node-gyp there.
if [[ -z "${npm_config_nodedir:-}" ]]; then
  node_prefix="$(node -p 'require("path").resolve(process.execPath, "../..")')"
  if [[ -f "$node_prefix/include/node/node.h" ]]; then
    export npm_config_nodedir="$node_prefix"
  else
    log "no Node headers in $node_prefix/include/node: node-gyp will try to download them"
  fi
fi

log "installing code-server $CODE_SERVER_VERSION into $PREFIX (a few minutes: native modules compile)"
# - npm_config_unsafe_perm: as root, code-server's postinstall.sh refuses to run without it (its
#   nested `npm install` of VS Code's own dependencies must keep root's permissions).
# - npm_config_yes: this machine's npmrc says yes=false; nothing may prompt in CI.
# - A plain local install run from inside $PREFIX (its own package.json stops npm from climbing to a
#   parent folder), not `--global` nor `--prefix`: npm passes its config to lifecycle scripts as
#   npm_config_* variables, and code-server's postinstall runs a nested `npm install` in lib/vscode,
#   which with global=true installs lib/vscode (also named "code-server") over the outer package.
# - GITHUB_TOKEN unset: with the cache seeded, the token would be unused anyway; never leak one.
echo '{ "name": "dateline-editors-code-server", "private": true }' >"$PREFIX/package.json"
cd "$PREFIX"
env -u GITHUB_TOKEN \
  npm_config_unsafe_perm=true \
  npm_config_yes=true \
  npm_config_fund=false \
  npm_config_audit=false \
  npm_config_update_notifier=false \
  npm install --no-fund --no-audit --no-save "code-server@$CODE_SERVER_VERSION" >&2

code_server_version >&2
echo "$CODE_SERVER_VERSION" >"$MARKER"
log "installed"
link_current
