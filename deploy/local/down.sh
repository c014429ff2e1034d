#!/usr/bin/env bash
# Stops the local Kafka broker. PostgreSQL is left running: it may serve other things on this machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$here/kafka/kafka.sh" stop
