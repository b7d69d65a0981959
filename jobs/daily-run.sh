#!/usr/bin/env bash
# Daily Quarry run over a drop folder that grows: each run reads only the files that arrived since the
# last one (the manifest table remembers the rest), adds their articles and quotes to the tables, and
# appends a row to the runs table. Safe to rerun: a run with nothing new changes nothing, and a run
# that dies leaves the previous tables as they were.
#
# From cron, every day at 02:30, with a log per day:
#   30 2 * * *  /opt/quarry/jobs/daily-run.sh >> /var/log/quarry/daily-$(date +\%F).log 2>&1
#
# On a cluster, set SPARK_HOME (and QUARRY_MASTER) and the same script goes through spark-submit:
#   SPARK_HOME=/opt/spark QUARRY_MASTER=yarn QUARRY_INPUT=hdfs:///drops/news QUARRY_OUTPUT=hdfs:///quarry/out \
#     /opt/quarry/jobs/daily-run.sh
#
# Environment: QUARRY_INPUT (default: input.path), QUARRY_FORMAT (default: auto),
# QUARRY_OUTPUT (default: output.root), QUARRY_MASTER (optional), QUARRY_CONFIG (optional -c file).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
args=(run --format "${QUARRY_FORMAT:-auto}")
[[ -n "${QUARRY_INPUT:-}" ]] && args+=(--input "$QUARRY_INPUT")
[[ -n "${QUARRY_OUTPUT:-}" ]] && args+=(--output "$QUARRY_OUTPUT")
[[ -n "${QUARRY_MASTER:-}" ]] && args+=(--master "$QUARRY_MASTER")
[[ -n "${QUARRY_CONFIG:-}" ]] && args+=(-c "$QUARRY_CONFIG")
echo "[daily-run] $(date -u +%FT%TZ) quarry ${args[*]}"
exec "$here/quarry" "${args[@]}"
