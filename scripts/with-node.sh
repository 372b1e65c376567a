#!/usr/bin/env bash
# Runs a command under Node 24, provisioning it from the npm registry when the machine's Node is older.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=provision-node.sh
source "$here/provision-node.sh" 2>/dev/null || source "$here/provision-node.sh"
exec "$@"
