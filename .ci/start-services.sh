# Sourced by .ci/run: installs (if needed) and starts PostgreSQL and Redis on loopback, private
# to this run, and exports the URLs the shared-store tests read.
ci_services_dir=$(mktemp -d /tmp/newsbot-ci-XXXXXX)

ci_install() {
  if ! command -v redis-server >/dev/null || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || return 1
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >/dev/null
  fi
}

ci_start_redis() {
  redis-server --port 56379 --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --dir "$ci_services_dir" --pidfile "$ci_services_dir/redis.pid" >/dev/null
  export NEWSBOT_TEST_REDIS_URL=redis://127.0.0.1:56379
}

ci_start_postgres() {
  local bin; bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | tail -n 1)")
  local data="$ci_services_dir/pg"
  mkdir -p "$data"
  local run_as=()
  if [ "$(id -u)" = 0 ]; then chown -R postgres "$ci_services_dir"; run_as=(runuser -u postgres --); fi
  "${run_as[@]}" "$bin/initdb" -D "$data" -A trust -U postgres >/dev/null
  "${run_as[@]}" "$bin/pg_ctl" -D "$data" -o "-k $ci_services_dir -p 55432 -h 127.0.0.1" -l "$ci_services_dir/pg.log" -w start >/dev/null
  export NEWSBOT_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:55432/postgres
}

ci_install && ci_start_redis && ci_start_postgres
