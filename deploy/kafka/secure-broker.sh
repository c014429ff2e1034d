#!/usr/bin/env bash
# A Kafka broker where every service logs in as its own principal (SASL/SCRAM-SHA-256) and ACLs from
# the topic catalog decide what it may do: write the topics it owns, read the topics it consumes (and
# dead-letter them), use consumer groups named after itself. Usage: secure-broker.sh start|stop|status
#
#   KAFKA_SECURE_PORT   client port                  default 9094
#   KAFKA_PRINCIPALS    credentials file (JSON)      default <data dir>/kafka-<port>/principals.json
#
# The credentials file is generated on first start with random passwords, one per service and one for
# "admin" (the super user that creates topics and ACLs); services take theirs as KAFKA_SASL_USERNAME /
# KAFKA_SASL_PASSWORD with KAFKA_SASL_MECHANISM=scram-sha-256. Local development only: the passwords sit
# in a file, and the listener is SASL_PLAINTEXT on 127.0.0.1 (put TLS in front for anything else).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
port="${KAFKA_SECURE_PORT:-9094}"
work_dir="${LOOPGATE_DATA_DIR:-$repo/.data}/kafka-$port"
principals="${KAFKA_PRINCIPALS:-$work_dir/principals.json}"

case "${1:-}" in
  start)
    mkdir -p "$work_dir"
    node -r "$repo/tools/register.js" "$here/principals.ts" "$principals" >"$work_dir/scram-users"
    KAFKA_PORT="$port" KAFKA_SCRAM_USERS="$work_dir/scram-users" bash "$repo/deploy/local/kafka/kafka.sh" start
    rm -f "$work_dir/scram-users"
    KAFKA_BROKERS="127.0.0.1:$port" KAFKA_PRINCIPALS="$principals" node -r "$repo/tools/register.js" "$here/apply-acls.ts"
    ;;
  stop | status)
    KAFKA_PORT="$port" bash "$repo/deploy/local/kafka/kafka.sh" "$1"
    ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
