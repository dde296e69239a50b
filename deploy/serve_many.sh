#!/usr/bin/env bash
# Start N app replicas (each with its own read-only copy of the database) and nginx in front.
# Usage: deploy/serve_many.sh N PORT   (make serve-many N=3 PORT=8500); Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3}
PORT=${2:-8500}
BASE=${REPLICA_BASE_PORT:-8601}
RUN=${RUN_DIR:-$PWD/deploy/run}
PY=${PYTHON_BIN:-.venv/bin/python}
DB=${LBM_DB:-data/leefbaarometer.duckdb}
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx)"; exit 2; }
[ -f "$DB" ] || { echo "no database at $DB: run make data first"; exit 2; }
rm -rf "$RUN" && mkdir -p "$RUN"
pids=()
cleanup() {
  trap - EXIT INT TERM
  [ -f "$RUN/nginx.pid" ] && kill "$(cat "$RUN/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "stopped"
}
trap cleanup EXIT INT TERM

servers=""
for i in $(seq 1 "$N"); do
  port=$((BASE + i - 1))
  copy="$RUN/replica-$i.duckdb"
  cp "$DB" "$copy" && chmod a-w "$copy"   # each replica reads its own copy: no shared file locks
  LBM_DB="$copy" "$PY" -m streamlit run app.py --server.port "$port" --server.address 127.0.0.1 \
    --server.headless true > "$RUN/replica-$i.log" 2>&1 &
  pids+=($!)
  echo "$!" > "$RUN/replica-$i.pid"
  servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'
done

# The map files nginx serves itself; should writing them fail, the replicas write them on first use.
"$PY" -m core.geo_files --db "$DB" || echo "map files not written now: the replicas will write them"
sed -e "s|__RUN__|$RUN|g" -e "s|__PORT__|$PORT|g" -e "s|__APP__|$PWD|g" deploy/nginx.conf.template \
  | awk -v servers="$servers" '{ if ($0 ~ /__SERVERS__/) printf "%s", servers; else print }' > "$RUN/nginx.conf"
nginx -t -c "$RUN/nginx.conf" -e "$RUN/nginx-error.log" 2>&1 | grep -v "^$" || true

# Health: wait until every replica answers /_stcore/health.
for i in $(seq 1 "$N"); do
  port=$((BASE + i - 1))
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/_stcore/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fs "http://127.0.0.1:$port/_stcore/health" >/dev/null || { echo "replica $i did not start"; exit 1; }
done
nginx -c "$RUN/nginx.conf" -e "$RUN/nginx-error.log" &
pids+=($!)
echo "serving $N replicas on http://127.0.0.1:$PORT (replicas on $BASE..$((BASE + N - 1)))"
echo "ready" > "$RUN/ready"
# Report replicas that stop answering (nginx takes them out of the rotation by itself).
while true; do
  sleep 5
  for i in $(seq 1 "$N"); do
    port=$((BASE + i - 1))
    curl -fs --max-time 2 "http://127.0.0.1:$port/_stcore/health" >/dev/null 2>&1 \
      || echo "$(date +%T) replica $i (port $port) is not healthy"
  done
done
