# Sourced by .ci/run: installs (if needed) and starts PostgreSQL and Redis on loopback, private
# to this run, and exports the URLs the shared-store tests read.
ci_services_dir=$(mktemp -d /tmp/newsbot-ci-XXXXXX)
ci_free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
ci_redis_port=$(ci_free_port)
ci_pg_port=$(ci_free_port)
ci_run_as=()
[ "$(id -u)" = 0 ] && ci_run_as=(runuser -u postgres --)

ci_stop_services() {
  [ -f "$ci_services_dir/redis.pid" ] && kill "$(cat "$ci_services_dir/redis.pid")" 2>/dev/null
  [ -d "$ci_services_dir/pg" ] && "${ci_run_as[@]}" "$ci_pg_bin/pg_ctl" -D "$ci_services_dir/pg" -m fast stop >/dev/null 2>&1
  return 0
}

ci_install() {
  if ! command -v redis-server >/dev/null || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || return 1
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >/dev/null
  fi
}

ci_start_redis() {
  redis-server --port "$ci_redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$ci_services_dir" --pidfile "$ci_services_dir/redis.pid" >/dev/null
  export NEWSBOT_TEST_REDIS_URL=redis://127.0.0.1:$ci_redis_port
}

ci_start_postgres() {
  ci_pg_bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | tail -n 1)")
  local data="$ci_services_dir/pg"
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown -R postgres "$ci_services_dir"
  "${ci_run_as[@]}" "$ci_pg_bin/initdb" -D "$data" -A trust -U postgres >/dev/null
  "${ci_run_as[@]}" "$ci_pg_bin/pg_ctl" -D "$data" -o "-k $ci_services_dir -p $ci_pg_port -h 127.0.0.1" \
    -l "$ci_services_dir/pg.log" -w start >/dev/null
  export NEWSBOT_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:$ci_pg_port/postgres
}

ci_install && ci_start_redis && ci_start_postgres
