#!/usr/bin/env bash
# The end-to-end benchmark (issue 8): builds in Release, starts everything on loopback, loads each
# configuration with bench/LoadGenerator at the same concurrency levels, stops what it started (by PID),
# and prints ONE table:
#   bound     the same bot, in-memory state, transcripts off      (the ceiling for this machine)
#   embedded  no settings at all: what `dotnet run --project Bot` runs (in-memory state, SQLite transcripts)
#   full      Redis state, lock, cache and rate limit + MySQL (MariaDB) transcripts
#   seed      the seed's Python stack (../shared/peers/seed-python, run.sh's uvicorn settings), when its
#             Debian packages can be installed; otherwise the row says why not
# Every row but embedded sets RateLimit:PermitLimit very high, so the limiter runs but never throttles
# the load (embedded keeps the default of 20 per minute; each conversation has its own user there).
#
# Knobs (environment): BENCH_DURATION (10 s measured per level), BENCH_WARMUP (3 s), BENCH_LEVELS
# (16,64,256), BENCH_ROWS ("bound embedded full seed"), BENCH_USERS (user ids per level, 50000),
# BENCH_OUT (where the per-row results go; default .local/bench/<UTC time>).
# Ports (loopback only): bot 5490, Redis 6490 (bot) and 6491 (seed), MariaDB 3490, seed uvicorn 8490.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
cd "$CHATBOT_ROOT"

DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-3}
LEVELS=${BENCH_LEVELS:-16,64,256}
ROWS=${BENCH_ROWS:-"bound embedded full seed"}
USERS=${BENCH_USERS:-50000}
OUT=${BENCH_OUT:-$CHATBOT_LOCAL/bench/$(date -u +%Y%m%dT%H%M%SZ)}
BOT_PORT=5490 REDIS_PORT=6490 SEED_REDIS_PORT=6491 MARIADB_PORT=3490 SEED_PORT=8490
PERMITS=100000   # the most RateLimitOptions accepts; far above any one user's turns here
SHARED=${CHATBOT_SHARED:-$(cd "$CHATBOT_ROOT/.." && pwd)/shared}
SEED_DIR=$SHARED/peers/seed-python
SEED_PACKAGES="python3-fastapi python3-uvicorn python3-sqlalchemy python3-redis python3-pymysql python3-pydantic"
BOT_DIR=$CHATBOT_ROOT/Bot/bin/Release/net10.0
LOADGEN=$CHATBOT_ROOT/bench/LoadGenerator/bin/Release/net10.0/ChatBot.LoadGenerator.dll
MYSQL_SOCK=$CHATBOT_LOCAL/mariadb-bench/mysqld.sock
export CHATBOT_SHARED=$SHARED

mkdir -p "$OUT"
STARTED=()      # PIDs this script started, stopped on exit
SERVICES=()     # "redis NAME" / "mariadb NAME" started here

log() { printf '[bench %s] %s\n' "$(date -u +%T)" "$*" >&2; }

alive() { [ -n "$1" ] && [ -e "/proc/$1" ] && ! grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null; }

stop_pid() {  # stop_pid PID: TERM, up to 20 s, then KILL
    local pid=$1 i
    alive "$pid" || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 200); do alive "$pid" || return 0; sleep 0.1; done
    log "PID $pid did not stop in 20 s; sending KILL"
    kill -KILL "$pid" 2>/dev/null || true
}

children_of() {  # children_of PID: its direct children, read from /proc (never matched by name)
    local parent=$1 f st pid
    for f in /proc/[0-9]*/stat; do
        st=$(cat "$f" 2>/dev/null) || continue
        st=${st##*) }
        set -- $st
        pid=${f#/proc/}
        [ "$2" = "$parent" ] && echo "${pid%/stat}"
    done
    return 0
}

cleanup() {
    set +e
    local pid entry
    for pid in "${STARTED[@]}"; do stop_pid "$pid"; done
    for entry in "${SERVICES[@]}"; do
        set -- $entry
        "stop_$1" "$2"
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_http() {  # wait_http URL PID: until URL answers 200, or the process died, or 60 s
    local i
    for i in $(seq 1 600); do
        curl -sf -o /dev/null "$1" && return 0
        alive "$2" || return 1
        sleep 0.1
    done
    return 1
}

loadgen() {  # loadgen ROW ARGS...: one run of the load generator, its JSON in $OUT/ROW.json
    local row=$1; shift
    log "loading $row: levels $LEVELS, ${WARMUP}s warm-up + ${DURATION}s each"
    dotnet "$LOADGEN" --label "$row" --levels "$LEVELS" --duration "$DURATION" --warmup "$WARMUP" \
        --users "$USERS" --json "$OUT/$row.json" "$@" > "$OUT/$row.txt" 2> "$OUT/$row.progress" \
        || { log "the load generator failed on $row; see $OUT/$row.progress"; tail -5 "$OUT/$row.progress" >&2; return 1; }
    cat "$OUT/$row.txt" >&2
}

# ---------------------------------------------------------------- the bot rows
run_bot_row() {  # run_bot_row ROW [ENV=VALUE...] -- [LOADGEN ARGS...]
    local row=$1; shift
    local settings=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do settings+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    port_free $BOT_PORT || { log "port $BOT_PORT is in use; not starting the bot"; return 1; }
    log "starting the bot for $row: ${settings[*]:-(no settings)}"
    ( cd "$BOT_DIR" && exec env "${settings[@]}" dotnet ChatBot.Bot.dll --urls "http://127.0.0.1:$BOT_PORT" ) \
        > "$OUT/$row.bot.log" 2>&1 &
    local pid=$!
    STARTED+=("$pid")
    wait_http "http://127.0.0.1:$BOT_PORT/healthz" "$pid" \
        || { log "the bot did not come up for $row"; tail -20 "$OUT/$row.bot.log" >&2; return 1; }
    loadgen "$row" --url "http://127.0.0.1:$BOT_PORT" --pid "$pid" "$@" || true
    log "stopping the bot (PID $pid)"
    stop_pid "$pid"
}

service_pids() {  # service_pids REDIS_NAME: "redis,mariadb" PIDs, for the load generator's CPU accounting
    local pids
    pids=$(cat "$CHATBOT_LOCAL/redis-$1/redis.pid" "$CHATBOT_LOCAL/mariadb-bench/mariadbd.pid" 2>/dev/null | tr '\n' ',')
    echo "${pids%,}"
}

monitor_redis() {  # MONITOR for 2 s, a few seconds into the full row (after calibration and warm-up began)
    sleep $((WARMUP + 8))
    timeout 2 redis-cli -h 127.0.0.1 -p $REDIS_PORT monitor > "$OUT/full.monitor" 2>/dev/null || true
}

monitor_summary() {  # one line: commands the bot sent itself vs. those run inside its Lua scripts
    [ -s "$OUT/full.monitor" ] || return 0
    awk '$2 ~ /^\[/ { n++; if ($3 == "lua]") lua++; else { cmd[toupper($4)]++ } }
         END { if (!n) exit; printf "# full, MONITOR sample (%d commands): %.0f%% sent by the bot itself, %.0f%% inside Lua scripts; sent:", n, 100*(n-lua)/n, 100*lua/n
               for (c in cmd) printf " %s %d", c, cmd[c]; printf "\n" }' "$OUT/full.monitor"
}

# ---------------------------------------------------------------- the seed row
run_seed_row() {
    local reason="" pkg
    [ -d "$SEED_DIR" ] || reason="$SEED_DIR not found"
    if [ -z "$reason" ]; then
        for pkg in $SEED_PACKAGES; do
            apt-cache policy "$pkg" 2>/dev/null | grep -q 'Candidate: [0-9]' \
                || dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
                || { reason="Debian package $pkg is not installable here (apt-cache policy has no candidate)"; break; }
        done
    fi
    if [ -z "$reason" ]; then
        # shellcheck disable=SC2086
        install_packages $SEED_PACKAGES || reason="apt-get install of the seed's packages failed"
    fi
    if [ -n "$reason" ]; then
        log "seed row unavailable: $reason"
        echo "$reason" > "$OUT/seed.unavailable"
        return 0
    fi
    port_free $SEED_PORT || { echo "port $SEED_PORT is in use" > "$OUT/seed.unavailable"; return 0; }

    start_redis bench-seed $SEED_REDIS_PORT && SERVICES+=("redis bench-seed")
    redis-cli -h 127.0.0.1 -p $SEED_REDIS_PORT flushall >/dev/null
    mariadb --no-defaults --socket="$MYSQL_SOCK" -uroot -e \
        "DROP DATABASE IF EXISTS seed_python; CREATE DATABASE seed_python CHARACTER SET utf8mb4;"
    export REDIS_HOST=127.0.0.1 REDIS_PORT=$SEED_REDIS_PORT
    export DATABASE_URL="mysql+pymysql://chatbot:chatbot@127.0.0.1:$MARIADB_PORT/seed_python"
    (cd "$SEED_DIR" && /usr/bin/python3 -B app.py --init-db) >&2
    log "starting the seed (uvicorn, 2 workers, TCP_NODELAY fix, as run.sh's nodelay mode) on $SEED_PORT"
    ( cd "$SEED_DIR" && exec /usr/bin/python3 -B serve_nodelay.py app:app --host 127.0.0.1 --port $SEED_PORT \
        --workers 2 --no-access-log --log-level warning ) > "$OUT/seed.server.log" 2>&1 &
    local pid=$!
    STARTED+=("$pid")
    if ! wait_http "http://127.0.0.1:$SEED_PORT/health" "$pid"; then
        echo "the seed did not start (see $OUT/seed.server.log)" > "$OUT/seed.unavailable"
        stop_pid "$pid"
        return 0
    fi
    sleep 2   # the second worker is still importing when the first answers
    local kids
    kids=$(children_of "$pid" | tr '\n' ',')
    STARTED+=(${kids//,/ })
    loadgen seed --target seed --url "http://127.0.0.1:$SEED_PORT" --pid "$pid,${kids%,}" \
        --redis "127.0.0.1:$SEED_REDIS_PORT" --service-pid "$(service_pids bench-seed)" || echo "the load generator failed" > "$OUT/seed.unavailable"
    log "stopping the seed (PID $pid, workers ${kids%,})"
    stop_pid "$pid"
    for pid in ${kids//,/ }; do stop_pid "$pid"; done
}

# ---------------------------------------------------------------- main
for port in $BOT_PORT $SEED_PORT; do
    port_free "$port" || { log "port $port is already in use; not starting anything"; exit 1; }
done
install_packages redis-server redis-tools mariadb-server mariadb-client curl
log "building in Release"
dotnet build Bot/Bot.csproj -c Release -nologo -v q >&2
dotnet build bench/LoadGenerator/LoadGenerator.csproj -c Release -nologo -v q >&2

case " $ROWS " in *" full "*|*" seed "*)
    start_mariadb bench $MARIADB_PORT && SERVICES+=("mariadb bench")
    mariadb --no-defaults --socket="$MYSQL_SOCK" -uroot -e \
        "DROP DATABASE IF EXISTS bench_transcripts; CREATE DATABASE bench_transcripts CHARACTER SET utf8mb4;"
    ;;
esac
TRANSCRIPTS="Server=127.0.0.1;Port=$MARIADB_PORT;Database=bench_transcripts;User ID=chatbot;Password=chatbot"

TABLE_ARGS=()
for row in $ROWS; do
    case $row in
        bound)
            run_bot_row bound ConnectionStrings__Redis= ConnectionStrings__Transcripts= Transcripts__Enabled=false \
                RateLimit__PermitLimit=$PERMITS Transcripts__DataDirectory="$OUT/bound-data" ;;
        embedded)
            run_bot_row embedded Transcripts__DataDirectory="$OUT/embedded-data" ;;
        full)
            start_redis bench $REDIS_PORT && SERVICES+=("redis bench")
            redis-cli -h 127.0.0.1 -p $REDIS_PORT flushall >/dev/null
            monitor_redis &   # a 2 s MONITOR sample early in the first level: who sends which command
            STARTED+=($!)
            run_bot_row full ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT" ConnectionStrings__Transcripts="$TRANSCRIPTS" \
                RateLimit__PermitLimit=$PERMITS Transcripts__DataDirectory="$OUT/full-data" \
                -- --redis "127.0.0.1:$REDIS_PORT" --mysql "$TRANSCRIPTS" --service-pid "$(service_pids bench)" ;;
        seed)
            run_seed_row ;;
        *) log "unknown row $row (bound, embedded, full, seed)"; exit 2 ;;
    esac
    if [ -f "$OUT/$row.json" ]; then
        TABLE_ARGS+=("$row=$OUT/$row.json")
    else
        TABLE_ARGS+=("$row=unavailable:$(cat "$OUT/$row.unavailable" 2>/dev/null || echo "no result (see $OUT)")")
    fi
done

{
    echo "# ChatBot benchmark, $(date -u '+%F %T') UTC, nproc=$(nproc), $(lscpu | sed -n 's/^Model name: *//p')"
    echo "# command: BENCH_DURATION=$DURATION BENCH_WARMUP=$WARMUP BENCH_LEVELS=$LEVELS BENCH_USERS=$USERS bash scripts/bench.sh"
    echo "# closed loop per level: ${WARMUP}s warm-up, ${DURATION}s measured; rows bound/full/seed run with"
    echo "# RateLimit:PermitLimit=$PERMITS (never throttles); seed: /chat/async, 2 workers, nodelay; MariaDB"
    echo "# innodb_flush_log_at_trx_commit=2 for both full and seed. Per-row detail: $OUT"
    monitor_summary
    dotnet "$LOADGEN" table "${TABLE_ARGS[@]}"
} | tee "$OUT/table.txt"
