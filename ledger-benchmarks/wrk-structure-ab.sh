#!/usr/bin/env bash
# Two builds of the service side by side on M's as-of structure: both jars run at once on the same database (each
# with its own data folder), and wrk's rounds take turns between them, so that the machine's moods fall on both
# alike. On a shared 2-core machine one build's CPU per answer moves by a third from one run to the next; only
# rounds taken in turn compare two builds. An idle service costs nearly nothing while the other is loaded.
#
# Needs what `ledger-benchmarks.jar http-structure M` leaves: the M database (ledger_bench_m on the local
# PostgreSQL) and its questions as a wrk script, structure-paths.lua in the folder it names in its log
# ("service: … (log <folder>/service.log)").
#
#   ledger-benchmarks/wrk-structure-ab.sh <jar A> <jar B> <structure-paths.lua> [rounds] [warm-up seconds]
#
# A_ENV and B_ENV add settings to one side's environment, to compare two settings of one build (the same jar twice):
#
#   B_ENV="LEDGER_READ_CONCURRENCY=2" ledger-benchmarks/wrk-structure-ab.sh <jar> <jar> <structure-paths.lua>
#
# Each round prints, per build: requests/s, p50 and p99 at 8 connections, and the CPU per answer of the
# service's request threads (user and system time, from /proc).
set -euo pipefail

jar_a=${1:?jar A}
jar_b=${2:?jar B}
paths=${3:?the structure-paths.lua of an http-structure run}
rounds=${4:-6}
warm=${5:-60}
seconds=10
connections=8
database=${LEDGER_DB_URL:-jdbc:postgresql://127.0.0.1:5432/ledger_bench_m}
work=$(mktemp -d /tmp/ledger-structure-ab-XXXXXX)
password=bench-$RANDOM$RANDOM

if ! command -v wrk >/dev/null; then
    apt-get install -y wrk >/dev/null
fi

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap stop EXIT

# start <jar> <port> [VAR=value ...]: the service as the http-structure benchmark starts it (no Askersund, an admin
# user), with the settings given.
start() {
    env LEDGER_DB_URL=$database LEDGER_DB_USER=${LEDGER_DB_USER:-postgres} LEDGER_DB_PASSWORD=${LEDGER_DB_PASSWORD:-} \
        LEDGER_DATA_DIR=$work/data-$2 LEDGER_WITNESS_HOME=$work/witness-$2 LEDGER_ASKERSUND=off \
        LEDGER_SECURITY_USERS_0_NAME=bench LEDGER_SECURITY_USERS_0_PASSWORD="{noop}$password" \
        LEDGER_SECURITY_USERS_0_ROLES=admin PORT=$2 "${@:3}" \
        java -Xms2g -Xmx2g -jar "$1" >"$work/service-$2.log" 2>&1 &
    pids+=($!)
}

ready() {
    for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null && return 0
        sleep 1
    done
    echo "the service on port $1 did not become ready (log $work/service-$1.log)" >&2
    exit 1
}

token() {
    curl -sf -u "bench:$password" -H 'Content-Type: application/json' \
        -d "{\"name\":\"structure a/b\",\"role\":\"reader\",\"expiresAt\":\"$(date -u -d '+2 hours' +%Y-%m-%dT%H:%M:%SZ)\"}" \
        "http://127.0.0.1:$1/api/v1/admin/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

# The user and system time (clock ticks) of the request threads of the process listening on a port: Tomcat's
# "http-nio-<port>-exec-<n>", cut by the kernel to 15 characters, so the ports have four digits.
ticks() {
    local pid
    pid=$(ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    for task in /proc/"$pid"/task/*; do
        case "$(cat "$task/comm")" in http-nio-????-e) cut -d' ' -f14,15 "$task/stat" ;; esac
    done | awk '{ user += $1; sys += $2 } END { print user + 0, sys + 0 }'
}

# run <port> <seconds>: prints "requests/s p50-ms p99-ms user-ms sys-ms" (CPU per answer).
run() {
    local before after out
    before=$(ticks "$1")
    out=$(wrk -t1 -c"$connections" -d"${2}s" --latency -s "$paths" -H "Authorization: Bearer ${tokens[$1]}" \
        "http://127.0.0.1:$1")
    after=$(ticks "$1")
    awk -v before="$before" -v after="$after" -v hz="$(getconf CLK_TCK)" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /requests in/ { n = $1 }
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        END {
            split(before, b, " "); split(after, a, " ")
            printf "%.0f %.2f %.2f %.2f %.2f\n", rps, p50, p99, (a[1] - b[1]) * 1000 / hz / n, (a[2] - b[2]) * 1000 / hz / n
        }' <<<"$out"
}

read -ra env_a <<<"${A_ENV:-}"
read -ra env_b <<<"${B_ENV:-}"
start "$jar_a" 8191 "${env_a[@]}"
start "$jar_b" 8192 "${env_b[@]}"
ready 8191
ready 8192
declare -A tokens=([8191]=$(token 8191) [8192]=$(token 8192))
declare -A names=([8191]=A [8192]=B)

echo "structure a/b: A $jar_a ${A_ENV:-}, B $jar_b ${B_ENV:-}; $connections connections, $rounds rounds of $seconds s each after" \
    "$warm s of warm-up each; load $(cut -d' ' -f1-3 /proc/loadavg)"
run 8191 "$warm" >/dev/null
run 8192 "$warm" >/dev/null
for round in $(seq 1 "$rounds"); do
    order=(8191 8192)
    if [ $((round % 2)) = 0 ]; then order=(8192 8191); fi
    for port in "${order[@]}"; do
        read -r rps p50 p99 user sys < <(run "$port" "$seconds")
        printf 'round %d, %s %5s requests/s  p50 %6s ms  p99 %6s ms  CPU per answer: user %s ms, system %s ms\n' \
            "$round" "${names[$port]}" "$rps" "$p50" "$p99" "$user" "$sys"
    done
done
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
