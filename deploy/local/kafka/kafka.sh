#!/usr/bin/env bash
# A real single-node Apache Kafka 4 broker (KRaft, combined broker+controller) from Maven Central
# jars, with no Docker. Usage: kafka.sh start|stop|crash|status
#
# Environment (all optional):
#   KAFKA_PORT             client (PLAINTEXT) port                 default 9092
#   KAFKA_CONTROLLER_PORT  KRaft controller port                   default KAFKA_PORT+1
#   LOOPGATE_CACHE_DIR     where the broker jars are cached        default ~/.cache/loopgate
#   LOOPGATE_DATA_DIR      where broker data, logs and pid live    default <repo>/.data
#   KAFKA_HEAP             JVM heap                                default 512m
#   KAFKA_READY_TIMEOUT_S  how long to wait for readiness          default 120
#   KAFKA_SCRAM_USERS      a file of "name password" lines: the client listener then takes SASL/SCRAM
#                          logins only, "admin" is the super user, and ACLs decide everything else
#                          (deploy/kafka/secure-broker.sh sets it up)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"

kafka_version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")"
port="${KAFKA_PORT:-9092}"
ctrl_port="${KAFKA_CONTROLLER_PORT:-$((port + 1))}"
cache_dir="${LOOPGATE_CACHE_DIR:-$HOME/.cache/loopgate}"
lib_dir="$cache_dir/kafka-$kafka_version/lib"
data_root="${LOOPGATE_DATA_DIR:-$repo/.data}"
work_dir="$data_root/kafka-$port"
pid_file="$work_dir/broker.pid"
log_file="$work_dir/broker.log"
heap="${KAFKA_HEAP:-512m}"
ready_timeout="${KAFKA_READY_TIMEOUT_S:-120}"

log() { printf '[kafka] %s\n' "$*" >&2; }
fail() { printf '[kafka] ERROR: %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

broker_pid() {
  [ -f "$pid_file" ] || return 1
  local pid; pid="$(cat "$pid_file")"
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

resolve_jars() {
  if [ -f "$lib_dir/.complete" ]; then return; fi
  command -v mvn >/dev/null || fail "Maven (mvn) is needed to fetch Kafka $kafka_version from Maven Central; install it (apt-get install -y maven)."
  command -v java >/dev/null || fail "Java 17+ is needed to run Kafka; install it (apt-get install -y openjdk-17-jre-headless)."
  log "resolving Apache Kafka $kafka_version from Maven Central into $lib_dir"
  mkdir -p "$lib_dir"
  mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$lib_dir" \
    || fail "Maven could not resolve org.apache.kafka:kafka_2.13:$kafka_version (see the output above)."
  touch "$lib_dir/.complete"
}

scram_users="${KAFKA_SCRAM_USERS:-}"

# The client listener: PLAINTEXT, or SASL/SCRAM with the standard authorizer and no access without an
# ACL. With SCRAM the controller listener takes SASL/PLAIN (KRaft keeps SCRAM credentials in its own
# metadata, so the controller cannot log in with them) as a 'controller' user whose password is new at
# every start and lives only in the server's configuration: nobody is a super user without a password
# (no ANONYMOUS), so a client that reaches the controller port gets nothing.
listener_config() {
  if [ -z "$scram_users" ]; then
    cat <<EOF
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$ctrl_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
EOF
    return
  fi
  local admin_password controller_password
  admin_password="$(awk '$1 == "admin" { print $2 }' "$scram_users")"
  [ -n "$admin_password" ] || fail "$scram_users names no 'admin' user"
  controller_password="$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
  cat <<EOF
listeners=SASL_PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$ctrl_port
advertised.listeners=SASL_PLAINTEXT://127.0.0.1:$port
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-256
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-256
listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$admin_password";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="$controller_password" user_controller="$controller_password";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:controller
allow.everyone.if.no.acl.found=false
EOF
}

write_config() {
  mkdir -p "$work_dir/data"
  # It holds the listeners' passwords.
  (umask 077 && : >"$work_dir/server.properties")
  listener_config >"$work_dir/server.properties"
  cat >>"$work_dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$ctrl_port
controller.listener.names=CONTROLLER
log.dirs=$work_dir/data
auto.create.topics.enable=false
num.partitions=3
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
# 60 days: a consumer group's committed offsets outlive its dedupe window (BUS_DEDUPE_WINDOW_MS, 30 days)
offsets.retention.minutes=86400
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=1
group.initial.rebalance.delay.ms=0
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
log.retention.hours=168
EOF
}

format_storage() {
  [ -f "$work_dir/data/meta.properties" ] && return
  local cluster_id
  cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=' | cut -c1-22)"
  log "formatting storage in $work_dir/data (cluster id $cluster_id)"
  # --cluster-id=<id>, not -t <id>: an id may start with "-", which the tool would read as an option.
  local scram=()
  if [ -n "$scram_users" ]; then
    while read -r name password; do
      [ -n "$name" ] && scram+=("--add-scram=SCRAM-SHA-256=[name=$name,password=$password]")
    done <"$scram_users"
  fi
  java -cp "$lib_dir/*" kafka.tools.StorageTool format --cluster-id="$cluster_id" -c "$work_dir/server.properties" \
    --ignore-formatted "${scram[@]}" >"$work_dir/format.log" 2>&1 || { cat "$work_dir/format.log" >&2; fail "storage format failed"; }
}

wait_ready() {
  local deadline=$((SECONDS + ready_timeout))
  while [ $SECONDS -lt $deadline ]; do
    if ! kill -0 "$1" 2>/dev/null; then
      tail -n 30 "$log_file" >&2 || true
      fail "the broker exited during start-up (log: $log_file)"
    fi
    if grep -q "Kafka Server started" "$log_file" 2>/dev/null && port_open "$port"; then
      log "ready on 127.0.0.1:$port (pid $1)"
      return
    fi
    sleep 0.5
  done
  fail "the broker did not become ready within ${ready_timeout}s (log: $log_file)"
}

start() {
  if pid="$(broker_pid)"; then
    log "already running on 127.0.0.1:$port (pid $pid), reusing it"
    return
  fi
  if port_open "$port"; then
    log "something already listens on 127.0.0.1:$port and was not started by this script; reusing it as the broker"
    return
  fi
  resolve_jars
  write_config
  format_storage
  : >"$log_file"
  log "starting Apache Kafka $kafka_version on 127.0.0.1:$port"
  # setsid: the broker outlives the shell that started it and is not killed with its process group.
  setsid java -Xms256m -Xmx"$heap" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -Dlog4j2.configurationFile="$here/log4j2.properties" -Dkafka.logs.file="$log_file" \
    -cp "$lib_dir/*" kafka.Kafka "$work_dir/server.properties" >>"$work_dir/stdout.log" 2>&1 </dev/null &
  echo $! >"$pid_file"
  wait_ready "$!"
}

stop() {
  local pid
  if ! pid="$(broker_pid)"; then log "not running"; rm -f "$pid_file"; return; fi
  log "stopping pid $pid"
  kill -TERM "$pid"
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || { rm -f "$pid_file"; log "stopped"; return; }; sleep 0.5; done
  log "did not stop within 60s; killing"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pid_file"
}

# A crash, for fault tests: SIGKILL, no controlled shutdown; `start` then recovers its logs as after any unclean shutdown.
crash() {
  local pid
  if ! pid="$(broker_pid)"; then
    port_open "$port" && fail "the broker on 127.0.0.1:$port was not started from $work_dir: crash it from the checkout (LOOPGATE_DATA_DIR) that started it"
    fail "not running"
  fi
  log "killing pid $pid (SIGKILL)"
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$pid_file"
}

status() {
  if pid="$(broker_pid)"; then echo "running on 127.0.0.1:$port (pid $pid)"; return 0; fi
  if port_open "$port"; then echo "a broker not started by this script answers on 127.0.0.1:$port"; return 0; fi
  echo "not running"; return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  crash) crash ;;
  status) status ;;
  *) echo "usage: $0 start|stop|crash|status" >&2; exit 2 ;;
esac
