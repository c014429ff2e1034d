#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers at DATABASE_URL, with its role and database.
# Usage: postgres.sh start|status
#
# DATABASE_URL defaults to postgres://loopgate:loopgate@127.0.0.1:5432/loopgate.
# If nothing answers there and the host is local, PostgreSQL is installed from Debian's packages
# (as root) and a cluster is started on the URL's port; the URL's role and database are created.
# That role is the installation's admin: it may create roles (CREATEROLE), because every service is
# given a role of its own that owns only its schema (libs/db service-roles.ts); no service logs in as it.
# A remote DATABASE_URL is only checked, never changed.
set -euo pipefail

url="${DATABASE_URL:-postgres://loopgate:loopgate@127.0.0.1:5432/loopgate}"

log() { printf '[postgres] %s\n' "$*" >&2; }
fail() { printf '[postgres] ERROR: %s\n' "$*" >&2; exit 1; }

re='^postgres(ql)?://([^:@/]+)(:([^@/]*))?@([^:/]+)(:([0-9]+))?/([^?]+)'
[[ "$url" =~ $re ]] || fail "DATABASE_URL must look like postgres://user:password@host:port/database (got '$url')"
user="${BASH_REMATCH[2]}"
password="${BASH_REMATCH[4]}"
host="${BASH_REMATCH[5]}"
port="${BASH_REMATCH[7]:-5432}"
db="${BASH_REMATCH[8]}"

is_local() { [[ "$host" == "127.0.0.1" || "$host" == "localhost" || "$host" == "::1" ]]; }
answers() { pg_isready -q -h "$host" -p "$port" -t 3 2>/dev/null; }
can_login() { PGPASSWORD="$password" psql -h "$host" -p "$port" -U "$user" -d "$db" -tAc 'select 1' >/dev/null 2>&1; }

install_server() {
  [ "$(id -u)" -eq 0 ] || fail "no PostgreSQL answers at $host:$port and this user cannot install it. Start one there, or set DATABASE_URL to a reachable server, or run this script as root to install Debian's postgresql package."
  command -v apt-get >/dev/null || fail "no PostgreSQL answers at $host:$port and apt-get is not available to install it. Start one, or set DATABASE_URL."
  log "installing PostgreSQL from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

start_cluster() {
  command -v pg_lsclusters >/dev/null || install_server
  local version name
  # A cluster already configured for this port is reused; otherwise a 'loopgate' cluster is made for it.
  read -r version name < <(pg_lsclusters --no-header | awk -v p="$port" '$3 == p { print $1, $2; exit }') || true
  if [ -z "${version:-}" ]; then
    version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    name=loopgate
    log "creating cluster $version/$name on port $port"
    pg_createcluster --port "$port" "$version" "$name" >/dev/null
  fi
  log "starting cluster $version/$name on port $port"
  pg_ctlcluster "$version" "$name" start || true
  for _ in $(seq 1 60); do answers && return; sleep 0.5; done
  fail "cluster $version/$name did not accept connections on port $port (see /var/log/postgresql/postgresql-$version-$name.log)"
}

may_create_roles() {
  [ "$(PGPASSWORD="$password" psql -h "$host" -p "$port" -U "$user" -d "$db" -tAc \
    'SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user' 2>/dev/null)" = t ]
}

ensure_createrole() {
  may_create_roles && return
  [ "$(id -u)" -eq 0 ] || fail "'$user' may not create roles, and each service needs its own: ALTER ROLE \"$user\" CREATEROLE as a superuser, or run this script as root."
  log "letting '$user' create the services' roles (CREATEROLE)"
  runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 -c "ALTER ROLE \"$user\" CREATEROLE"
}

ensure_role_and_database() {
  if can_login; then
    ensure_createrole
    return
  fi
  [ "$(id -u)" -eq 0 ] || fail "PostgreSQL answers at $host:$port but '$user' cannot log in to '$db'. Create the role and database, or fix DATABASE_URL."
  log "creating role '$user' and database '$db'"
  local sql_user="${user//\'/\'\'}" sql_password="${password//\'/\'\'}"
  runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$sql_user') THEN
    CREATE ROLE "$user" LOGIN CREATEROLE PASSWORD '$sql_password';
  ELSE
    ALTER ROLE "$user" LOGIN CREATEROLE PASSWORD '$sql_password';
  END IF;
END \$\$;
SQL
  if ! runuser -u postgres -- psql -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
    runuser -u postgres -- createdb -p "$port" -O "$user" "$db"
  fi
  can_login || fail "created role '$user' and database '$db' but still cannot log in over TCP at $host:$port"
}

start() {
  if ! command -v pg_isready >/dev/null; then
    is_local || fail "pg_isready is missing; install postgresql-client to check $host:$port"
    install_server
  fi
  if answers; then
    log "a server answers at $host:$port"
  elif is_local; then
    start_cluster
  else
    fail "no PostgreSQL answers at $host:$port (DATABASE_URL). Start it or point DATABASE_URL at a reachable server."
  fi
  if is_local; then ensure_role_and_database; fi
  can_login || fail "cannot log in as '$user' to '$db' at $host:$port; check DATABASE_URL's credentials"
  may_create_roles || fail "'$user' may not create roles (CREATEROLE), and each service needs its own: grant it, or use an admin role that has it"
  log "ready: $user@$host:$port/$db"
}

case "${1:-start}" in
  start) start ;;
  status) answers && can_login && echo "ready: $user@$host:$port/$db" || { echo "not ready"; exit 1; } ;;
  *) echo "usage: $0 start|status" >&2; exit 2 ;;
esac
