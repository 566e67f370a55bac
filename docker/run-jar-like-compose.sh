#!/usr/bin/env bash
# Runs the built jar with the environment docker/compose.yaml gives the ledger container, against a
# PostgreSQL on this machine instead of the compose one (for machines without a Docker engine, such as CI).
#   docker/run-jar-like-compose.sh [database]   (default database: ledger_compose, created if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
database="${1:-ledger_compose}"
host="${PGHOST:-127.0.0.1}"
psql -h "$host" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 \
    || psql -h "$host" -U postgres -c "CREATE DATABASE $database" >/dev/null

export LEDGER_DB_URL="jdbc:postgresql://$host:5432/$database"
export LEDGER_DB_USER="${LEDGER_DB_USER:-postgres}"
export LEDGER_DB_PASSWORD="${LEDGER_DB_PASSWORD:-}"
# The container keeps its data folder (the ledger's witness) in the volume /data; here, one folder per database.
export LEDGER_DATA_DIR="${LEDGER_DATA_DIR:-data/compose-$database}"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
exec java -XX:MaxRAMPercentage=75 -jar ledger-api/target/reorganisation-ledger.jar
