#!/usr/bin/env bash
# Authenticated as-of reads against a running service, driven by wrk (Debian's package, installed here when
# missing) instead of the Java load generator: wrk is an event loop in C and takes far less of the two cores the
# service shares with it, so the service's own tail latency is what is measured. Same three ways and the same
# order as `ledger-benchmarks.jar http`: unauthenticated /actuator/health (the baseline), the Askersund structure
# with an API token, the same with HTTP Basic; a warm-up of each, then rounds that take turns.
#
#   PW=<admin password> ledger-benchmarks/wrk-reads.sh [url] [connections] [seconds] [rounds]
set -euo pipefail

url=${1:-http://127.0.0.1:8080}
connections=${2:-32}
seconds=${3:-10}
rounds=${4:-3}
path=${READ_PATH:-/api/v1/organisations/askersund/structure?asOf=2026-01-01}
user=${LEDGER_USER:-admin}
: "${PW:?set PW to the password of an admin user (it issues the reader token)}"

if ! command -v wrk >/dev/null; then
    apt-get install -y wrk >/dev/null
fi

expires=$(date -u -d '+1 hour' +%Y-%m-%dT%H:%M:%SZ)
token=$(curl -sf -u "$user:$PW" -H 'Content-Type: application/json' \
    -d "{\"name\":\"wrk benchmark\",\"role\":\"reader\",\"expiresAt\":\"$expires\"}" \
    "$url/api/v1/admin/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "issuing a reader token failed" >&2; exit 1; }
basic="Basic $(printf '%s:%s' "$user" "$PW" | base64 -w0)"

names=("unauthenticated /actuator/health" "as-of structure, API token" "as-of structure, HTTP Basic")
targets=("$url/actuator/health" "$url$path" "$url$path")
headers=("" "Authorization: Bearer $token" "Authorization: $basic")

for i in 0 1 2; do
    status=$(curl -s -o /dev/null -w '%{http_code}' ${headers[$i]:+-H "${headers[$i]}"} "${targets[$i]}")
    [ "$status" = 200 ] || { echo "${names[$i]} answers $status, not 200" >&2; exit 1; }
done

# One wrk run; prints "requests/s p50-ms p99-ms non-2xx".
run() {
    local out
    out=$(wrk -t2 -c"$connections" -d"${2}s" --latency ${headers[$1]:+-H "${headers[$1]}"} "${targets[$1]}")
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx/ { bad = $NF }
        END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad + 0 }' <<<"$out"
}

echo "wrk reads: $url, $connections connections, $rounds rounds of $seconds s; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "warming up each way for $seconds s"
for i in 0 1 2; do run "$i" "$seconds" >/dev/null; done

declare -a sum_rps max_p99
for round in $(seq 1 "$rounds"); do
    for i in 0 1 2; do
        read -r rps p50 p99 bad < <(run "$i" "$seconds")
        printf 'round %d, %-34s %8s requests/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n' \
            "$round" "${names[$i]}" "$rps" "$p50" "$p99" "$bad"
        sum_rps[$i]=$(( ${sum_rps[$i]:-0} + rps ))
        max_p99[$i]=$(awk -v a="${max_p99[$i]:-0}" -v b="$p99" 'BEGIN { print (b > a ? b : a) }')
    done
done

echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
baseline=$(( sum_rps[0] / rounds ))
for i in 0 1 2; do
    mean=$(( sum_rps[$i] / rounds ))
    printf '%-34s mean %6d requests/s  worst round p99 %7s ms  ratio to health %.2f×\n' \
        "${names[$i]}" "$mean" "${max_p99[$i]}" "$(awk -v a="$mean" -v b="$baseline" 'BEGIN { print a / b }')"
done
echo "goals: ≥ 1,500 requests/s and p99 ≤ 50 ms with either credential; ≥ 0.5× of health"
