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
GEO_DIR=${LBM_GEO_DIR:-$PWD/static/geo}   # map files; tests put theirs in a temporary folder
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx)"; exit 2; }
command -v envsubst >/dev/null || { echo "envsubst is not installed (apt-get install gettext-base)"; exit 2; }
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

# nginx's configuration first, checked before anything starts: a refused configuration stops here.
servers=""
for i in $(seq 1 "$N"); do
  servers+="        server 127.0.0.1:$((BASE + i - 1)) max_fails=1 fail_timeout=10s;"$'\n'
done
sed -e "s|__RUN__|$RUN|g" -e "s|__PORT__|$PORT|g" -e "s|__APP__|$PWD|g" -e "s|__GEO__|$GEO_DIR|g" \
  deploy/nginx.conf.template \
  | awk -v servers="$servers" '{ if ($0 ~ /__SERVERS__/) printf "%s", servers; else print }' > "$RUN/nginx.conf"
# Headers and limits, shared with the Kubernetes proxy (deploy/nginx/): the same templates,
# filled in as the nginx image's entrypoint fills them (only these variables).
export LBM_FRAME_ANCESTORS=${LBM_FRAME_ANCESTORS:-"'self'"}
export LBM_TRUSTED_PROXIES=${LBM_TRUSTED_PROXIES:-unix:}
LBM_SCRIPT_HASHES=$("$PY" deploy/script_hashes.py 2>/dev/null)
export LBM_SCRIPT_HASHES
VARS='${LBM_FRAME_ANCESTORS} ${LBM_TRUSTED_PROXIES} ${LBM_SCRIPT_HASHES}'
envsubst "$VARS" < deploy/nginx/headers.conf.template > "$RUN/headers.conf"
envsubst "$VARS" < deploy/nginx/limits.conf.template > "$RUN/limits.conf"
if ! nginx -t -c "$RUN/nginx.conf" -e "$RUN/nginx-error.log" > "$RUN/nginx-test.log" 2>&1; then
  echo "nginx refuses the configuration:"; cat "$RUN/nginx-test.log"; exit 2
fi

# Streamlit's hashed scripts and styles, with a .gz beside each, for nginx to serve (issue 32):
# made once per Streamlit version, beside the map files.
STATIC_PARENT=${LBM_STATIC_DIR:-$PWD/static/streamlit}
"$PY" deploy/static_copy.py "$STATIC_PARENT" > "$RUN/static.path" 2> "$RUN/static.log" &
static_job=$!

for i in $(seq 1 "$N"); do
  port=$((BASE + i - 1))
  copy="$RUN/replica-$i.duckdb"
  cp "$DB" "$copy" && chmod a-w "$copy"   # each replica reads its own copy: no shared file locks
  LBM_DB="$copy" "$PY" -m streamlit run app.py --server.port "$port" --server.address 127.0.0.1 \
    --server.headless true > "$RUN/replica-$i.log" 2>&1 &
  pids+=($!)
  echo "$!" > "$RUN/replica-$i.pid"
done

# The map files nginx serves itself; should writing them fail, the replicas write them on first use.
LBM_GEO_DIR="$GEO_DIR" "$PY" -m core.geo_files --db "$DB" || echo "map files not written now: the replicas will write them"

# Health: wait until every replica answers /_stcore/health.
for i in $(seq 1 "$N"); do
  port=$((BASE + i - 1))
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/_stcore/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fs "http://127.0.0.1:$port/_stcore/health" >/dev/null || { echo "replica $i did not start"; exit 1; }
done
wait "$static_job" || { echo "could not copy Streamlit's static files:"; cat "$RUN/static.log"; exit 1; }
sed -i "s|__STATIC__|$(cat "$RUN/static.path")|g" "$RUN/nginx.conf"
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
