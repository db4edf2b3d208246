# Start and stop a throwaway PostgreSQL and Redis on loopback, for CI, benchmarks and the scaled
# recipe. Source this file; it defines functions and needs WORK (a scratch folder) and PG_PORT,
# REDIS_PORT. PostgreSQL runs as the postgres user, so run as root (as CI does).

install_missing() {
  local missing=()
  for package in "$@"; do
    case $package in
      postgresql) ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql) ;;
      *) command -v "${package%-server}" >/dev/null || command -v "$package" >/dev/null || missing+=("$package") ;;
    esac
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  chmod 755 "$WORK"  # the postgres user must reach its data folder inside
  mkdir -p "$WORK/pg" "$WORK/pgsock" && chown -R postgres:postgres "$WORK/pg" "$WORK/pgsock"
  runuser -u postgres -- "$bin/initdb" -D "$WORK/pg" --auth=trust --username=postgres -E UTF8 >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$WORK/pg" -l "$WORK/pgsock/postgres.log" -w \
    -o "-p $PG_PORT -k $WORK/pgsock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" \
    start >/dev/null
  PG_BIN=$bin
}

create_database() {
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$1"
  echo "postgresql://postgres@127.0.0.1:$PG_PORT/$1"
}

start_redis() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    --daemonize yes --logfile "$WORK/redis.log" --pidfile "$WORK/redis.pid"
  echo "redis://127.0.0.1:$REDIS_PORT/0"
}

stop_services() {
  [ -n "${PG_BIN:-}" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  [ -f "$WORK/redis.pid" ] && kill "$(cat "$WORK/redis.pid")" 2>/dev/null || true
}
