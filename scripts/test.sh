#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need, starts it on loopback,
# runs every test of the solution, and stops what it started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
cd "$CHATBOT_ROOT"

REDIS_PORT=${CHATBOT_TEST_REDIS_PORT:-6391}
MARIADB_PORT=${CHATBOT_TEST_MARIADB_PORT:-3391}

install_packages redis-server redis-tools mariadb-server mariadb-client

start_redis test "$REDIS_PORT"
start_mariadb test "$MARIADB_PORT"
trap 'stop_redis test; stop_mariadb test' EXIT

export CHATBOT_TEST_REDIS="127.0.0.1:$REDIS_PORT"
export CHATBOT_TEST_MYSQL
CHATBOT_TEST_MYSQL=$(mariadb_connection_string "$MARIADB_PORT")

dotnet test ChatBot.Bot.sln --configuration Release "$@"
