#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need, starts it on loopback,
# runs every test of the solution, and stops what it started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
cd "$CHATBOT_ROOT"

REDIS_PORT=${CHATBOT_TEST_REDIS_PORT:-6391}
MARIADB_PORT=${CHATBOT_TEST_MARIADB_PORT:-3391}
IFS=, read -r -a REDIS_CLUSTER_PORTS <<<"${CHATBOT_TEST_REDIS_CLUSTER_PORTS:-7001,7002,7003}"

install_packages redis-server redis-tools mariadb-server mariadb-client chromium
command -v node >/dev/null 2>&1 || install_packages nodejs npm

# Web Chat: rebuild the committed bundle from the locked npm packages, and install the Node Direct Line client
# the tests drive (botframework-directlinejs). The browser test uses Debian's chromium, never a download.
(cd Bot/ClientApp && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)
(cd tests/Bot.Tests/DirectLineClient && npm ci --no-audit --no-fund --loglevel=error)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

start_redis test "$REDIS_PORT"
start_redis_cluster test-cluster "${REDIS_CLUSTER_PORTS[@]}"
start_mariadb test "$MARIADB_PORT"
trap 'stop_redis test; stop_redis_cluster test-cluster "${REDIS_CLUSTER_PORTS[@]}"; stop_mariadb test' EXIT

export CHATBOT_TEST_REDIS="127.0.0.1:$REDIS_PORT"
CHATBOT_TEST_REDIS_CLUSTER=$(printf '127.0.0.1:%s,' "${REDIS_CLUSTER_PORTS[@]}")
export CHATBOT_TEST_REDIS_CLUSTER=${CHATBOT_TEST_REDIS_CLUSTER%,}
export CHATBOT_TEST_MYSQL
CHATBOT_TEST_MYSQL=$(mariadb_connection_string "$MARIADB_PORT")

dotnet test ChatBot.Bot.sln --configuration Release "$@"
