#!/usr/bin/env bash
# Loopback servers for tests and benchmarks: Redis and MariaDB from Debian, each started in a
# private directory under .local/ on a port of its own, never as a system service.
# Source this file, then call the functions; every function is idempotent.
set -euo pipefail

CHATBOT_ROOT=${CHATBOT_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
CHATBOT_LOCAL=${CHATBOT_LOCAL:-$CHATBOT_ROOT/.local}

log() { printf '[services] %s\n' "$*" >&2; }

# install_packages PKG...: apt-get install what is missing (CI starts on a machine without them).
install_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# start_redis NAME PORT [extra redis-server args...]: a throw-away Redis on 127.0.0.1:PORT.
start_redis() {
    local name=$1 port=$2; shift 2
    local dir=$CHATBOT_LOCAL/redis-$name
    mkdir -p "$dir"
    if redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1; then return 0; fi
    redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no --daemonize yes \
        --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" "$@"
    for _ in $(seq 1 100); do
        redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    log "redis $name did not start on $port"; cat "$dir/redis.log" >&2; return 1
}

# stop_redis NAME: stops the Redis started by start_redis NAME, by its PID file.
stop_redis() {
    local pidfile=$CHATBOT_LOCAL/redis-$1/redis.pid
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
}

# start_redis_cluster NAME PORT...: a throw-away Redis Cluster on 127.0.0.1, one primary per PORT, no replicas.
start_redis_cluster() {
    local name=$1 port nodes=(); shift
    if redis-cli -h 127.0.0.1 -p "$1" cluster info 2>/dev/null | grep -q 'cluster_state:ok'; then return 0; fi
    for port in "$@"; do
        stop_redis "$name-$port"
        for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 || break; sleep 0.1; done
        rm -f "$CHATBOT_LOCAL/redis-$name-$port/nodes.conf"
        start_redis "$name-$port" "$port" --cluster-enabled yes --cluster-config-file nodes.conf \
            --cluster-node-timeout 2000
        nodes+=("127.0.0.1:$port")
    done
    redis-cli --cluster create "${nodes[@]}" --cluster-replicas 0 --cluster-yes >/dev/null
    for _ in $(seq 1 100); do
        redis-cli -h 127.0.0.1 -p "$1" cluster info | grep -q 'cluster_state:ok' && return 0
        sleep 0.1
    done
    log "redis cluster $name did not become ready on ports $*"; return 1
}

# stop_redis_cluster NAME PORT...: stops the nodes started by start_redis_cluster NAME PORT...
stop_redis_cluster() {
    local name=$1 port; shift
    for port in "$@"; do stop_redis "$name-$port"; done
}

# start_mariadb NAME PORT: a throw-away MariaDB on 127.0.0.1:PORT with database and user "chatbot".
start_mariadb() {
    local name=$1 port=$2
    local dir=$CHATBOT_LOCAL/mariadb-$name
    local sock=$dir/mysqld.sock
    mkdir -p "$dir"
    if mariadb-admin --no-defaults --socket="$sock" -uroot ping >/dev/null 2>&1; then return 0; fi
    if [ ! -d "$dir/data/mysql" ]; then
        mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$dir/data" --skip-test-db \
            --auth-root-authentication-method=socket >"$dir/install.log" 2>&1 \
            || { cat "$dir/install.log" >&2; return 1; }
    fi
    mariadbd --no-defaults --user="$(id -un)" --datadir="$dir/data" --socket="$sock" --port="$port" \
        --bind-address=127.0.0.1 --pid-file="$dir/mariadbd.pid" --log-error="$dir/error.log" \
        --skip-name-resolve --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --innodb-flush-log-at-trx-commit=2 --max-connections=500 >"$dir/stdout.log" 2>&1 &
    for _ in $(seq 1 300); do
        mariadb-admin --no-defaults --socket="$sock" -uroot ping >/dev/null 2>&1 && break
        sleep 0.1
    done
    mariadb --no-defaults --socket="$sock" -uroot -e "
        CREATE DATABASE IF NOT EXISTS chatbot CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
        CREATE USER IF NOT EXISTS 'chatbot'@'127.0.0.1' IDENTIFIED BY 'chatbot';
        GRANT ALL PRIVILEGES ON *.* TO 'chatbot'@'127.0.0.1';" \
        || { log "mariadb $name did not start on $port"; cat "$dir/error.log" >&2; return 1; }
}

# stop_mariadb NAME: stops the MariaDB started by start_mariadb NAME, by its PID file.
stop_mariadb() {
    local pidfile=$CHATBOT_LOCAL/mariadb-$1/mariadbd.pid
    if [ -f "$pidfile" ]; then
        local pid; pid=$(cat "$pidfile")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
}

# mariadb_connection_string PORT
mariadb_connection_string() {
    printf 'Server=127.0.0.1;Port=%s;Database=chatbot;User ID=chatbot;Password=chatbot' "$1"
}
