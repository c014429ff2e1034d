#!/usr/bin/env bash
# Brings up what Loopgate needs locally, idempotently: PostgreSQL (installed from Debian's packages
# if missing), a real Apache Kafka broker from Maven Central jars, and the catalog's topics.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

bash "$here/postgres/postgres.sh" start
bash "$here/kafka/kafka.sh" start
KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}" \
  node -r "$repo/tools/register.js" "$here/scripts/create-topics.ts"
