#!/usr/bin/env bash
# The load benchmark (not part of mvn verify): deploy/bench/load.sh [seed|city]
#
# Starts the packaged jar (deploy/target/partnerhub.jar, built first when missing) on a database of its own with the
# chosen data set, and a bare Payara Micro of the same version serving a minimal JAX-RS resource
# (deploy/src/bench/baseline) as this run's baseline; drives both with wrk and prints req/s, p50, p99, socket errors and
# non-2xx answers per request, the server's CPU time per request (CPU ms), the ratio to the baseline, the targets of
# issue 16, the GC counts and the heap after the run. It stops only the processes it started (pid files in
# deploy/target/load-bench) and drops its database and user.
#
# Needs: a JDK 17+, wrk, the mysql/mariadb client, a MySQL/MariaDB server. Settings (environment):
#   BENCH_DB_HOST / BENCH_DB_PORT / BENCH_DB_ROOT_USER (127.0.0.1 / 3306 / root; MYSQL_PWD for its password)
#   BENCH_DURATION (10s), BENCH_CONNECTIONS (50), BENCH_THREADS (2), BENCH_WARMUP (5s)
#   BENCH_APP_PORT (18181), BENCH_BASE_PORT (18182), BENCH_HEAP (512m)
#   BENCH_SCALE (1; city only: 0.1 loads a tenth of the city)
#   BENCH_JFR=true records a JFR of the app during the measured runs (deploy/target/load-bench/app.jfr)
#   BENCH_JAR=<path> measures another build of the jar (its lib/ beside it)
#   BENCH_WORK=<dir> where the logs, pid files and the servers' files go (deploy/target/load-bench)
#   BENCH_KEEP=true keeps the database (for a look at it afterwards)
set -euo pipefail

DATASET=${1:-seed}
case "$DATASET" in seed|city) ;; *) echo "usage: $0 [seed|city]" >&2; exit 2 ;; esac

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_WORK:-$ROOT/deploy/target/load-bench}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-50}
THREADS=${BENCH_THREADS:-2}
WARMUP=${BENCH_WARMUP:-5s}
APP_PORT=${BENCH_APP_PORT:-18181}
BASE_PORT=${BENCH_BASE_PORT:-18182}
HEAP=${BENCH_HEAP:-512m}
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
MYSQL=(mysql -h"$DB_HOST" -P"$DB_PORT" -u"${BENCH_DB_ROOT_USER:-root}")
M2=${MAVEN_REPO:-$HOME/.m2/repository}

for tool in java javac jar jcmd jstat wrk curl mysql; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (wrk: apt-get install -y wrk)" >&2; exit 3; }
done

JAR=${BENCH_JAR:-$ROOT/deploy/target/partnerhub.jar}
if [[ ! -f $JAR || ! -f $ROOT/deploy/target/test-classes/org/partnerhub/bench/LoadData.class ]]; then
    (cd "$ROOT" && mvn -B -o -q package -DskipTests)
fi
PAYARA=$(ls "$ROOT"/deploy/target/lib/payara-micro-*.jar)
DRIVER=$(ls "$ROOT"/deploy/target/lib/mysql-connector-j-*.jar)
API=$M2/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar

rm -rf "$WORK" && mkdir -p "$WORK/tmp" "$WORK/baseline/classes" "$WORK/data"
SUFFIX=$(date +%H%M%S)_$RANDOM
DB=ph_load_$SUFFIX
DB_PASSWORD=Load-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
DATA_KEY=$(head -c 32 /dev/urandom | base64)
ADMIN_PASSWORD=Pw-Load-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')

stop() { # pid file
    [[ -f $1 ]] || return 0
    local pid; pid=$(cat "$1")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        # a Payara that hangs may ignore SIGTERM
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$1"
}
cleanup() {
    stop "$WORK/app.pid"
    stop "$WORK/baseline.pid"
    if [[ ${BENCH_KEEP:-false} != true ]]; then
        "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DB; DROP USER IF EXISTS '$DB'@'%';" || true
    else
        echo "kept database $DB (user $DB, password $DB_PASSWORD)"
    fi
}
trap cleanup EXIT

wait_for() { # url, seconds, log
    local end=$((SECONDS + $2))
    while (( SECONDS < end )); do
        [[ $(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$1" || true) == 200 ]] && return 0
        sleep 1
    done
    echo "no answer from $1 within $2 s; the end of $3:" >&2; tail -40 "$3" >&2; exit 4
}

# --- the database: its own user with a password (an empty one would be sent as an unresolved placeholder)
"${MYSQL[@]}" -e "CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER '$DB'@'%' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL PRIVILEGES ON $DB.* TO '$DB'@'%';"
DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB"

port_free() { # port
    [[ $(curl -s --max-time 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/" || true) == 000 ]] || {
        echo "port $1 is in use: stop what uses it, or choose another (BENCH_APP_PORT, BENCH_BASE_PORT)" >&2; exit 7; }
}

start_app() { # log suffix
    port_free "$APP_PORT"
    # nohup execs java, so $! is the server's own pid
    (cd "$WORK" || exit 1
        export PORT=$APP_PORT DB_URL=$DB_URL DB_USER=$DB DB_PASSWORD=$DB_PASSWORD \
        PARTNERHUB_DATA_KEY=$DATA_KEY PARTNERHUB_ADMIN_PASSWORD=$ADMIN_PASSWORD PARTNERHUB_DATA_DIR=$WORK/data
        nohup java -Xmx"$HEAP" -Djava.io.tmpdir="$WORK/tmp" -Xlog:gc:file="$WORK/gc-$1.log" -jar "$JAR" \
            > "$WORK/app-$1.log" 2>&1 &
        echo $! > "$WORK/app.pid")
}

start_baseline() {
    port_free "$BASE_PORT"
    javac -nowarn -cp "$API" -d "$WORK/baseline/classes/WEB-INF/classes" \
        $(find "$ROOT/deploy/src/bench/baseline" -name '*.java')
    jar cf "$WORK/baseline/ROOT.war" -C "$WORK/baseline/classes" .
    (cd "$WORK/baseline" || exit 1
        nohup java -Xmx"$HEAP" -Djava.io.tmpdir="$WORK/tmp" -jar "$PAYARA" --nocluster \
            --port "$BASE_PORT" --rootdir "$WORK/baseline/root" --deploy "$WORK/baseline/ROOT.war" \
            > "$WORK/baseline.log" 2>&1 &
        echo $! > "$WORK/baseline.pid")
}

echo "== $(date -u '+%F %T') UTC, $(nproc) cores, data set: $DATASET, database $DB"
# the first start creates the schema and the seeded regions; the data goes in beside them; the second start is measured
start_app setup
wait_for "http://127.0.0.1:$APP_PORT/api/v1/regions/510108/children" 1200 "$WORK/app-setup.log"
LOADED=$(java -cp "$ROOT/deploy/target/test-classes:$ROOT/application/target/classes:$ROOT/domain/target/classes:$DRIVER" \
    org.partnerhub.bench.LoadData "$DB_URL" "$DB" "$DB_PASSWORD" "$DATA_KEY" "$DATASET")
echo "$LOADED" | grep -v '^need='
NEED=$(echo "$LOADED" | sed -n 's/^need=//p')
stop "$WORK/app.pid"
# the measured server starts afresh on the loaded data (its per-server copies of regions and categories included),
# beside the baseline: the same Payara Micro with nothing but a JAX-RS resource answering 20 records through JSON-B
start_app run
start_baseline
wait_for "http://127.0.0.1:$APP_PORT/api/v1/regions/510108/children" 1200 "$WORK/app-run.log"
wait_for "http://127.0.0.1:$BASE_PORT/api/hello" 1200 "$WORK/baseline.log"
wait_for "http://127.0.0.1:$BASE_PORT/health/live" 60 "$WORK/baseline.log"
APP_PID=$(cat "$WORK/app.pid")
kill -0 "$APP_PID" 2>/dev/null || { echo "the measured server is not running" >&2; exit 4; }

# a reader's token: an integration account (INTEGRATOR) sees what the public sees, so the same call is the same work
json_field() { sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p"; }
ADMIN_TOKEN=$(curl -s -u "admin:$ADMIN_PASSWORD" -X POST "http://127.0.0.1:$APP_PORT/api/v1/tokens" | json_field token)
TEMPORARY=$(curl -s -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"username":"loadreader","displayName":"Load benchmark","role":"INTEGRATOR","regionCode":"510108"}' \
    "http://127.0.0.1:$APP_PORT/api/v1/users" | json_field temporaryPassword)
READER_PASSWORD=Pw-Read-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
curl -s -o /dev/null -u "loadreader:$TEMPORARY" -H 'Content-Type: application/json' \
    -d "{\"newPassword\":\"$READER_PASSWORD\"}" "http://127.0.0.1:$APP_PORT/api/v1/users/me/password"
TOKEN=$(curl -s -u "loadreader:$READER_PASSWORD" -X POST "http://127.0.0.1:$APP_PORT/api/v1/tokens" | json_field token)
[[ -n $TOKEN ]] || { echo "no API token for the reader account" >&2; exit 5; }

enc() { printf '%s' "$1" | od -An -tx1 | tr -d ' \n' | sed 's/\(..\)/%\1/g'; }
Q=$(enc 助餐)
APP=http://127.0.0.1:$APP_PORT
BASE=http://127.0.0.1:$BASE_PORT
if [[ $DATASET == seed ]]; then LIST_RPS=1500; LIST_P99=100; else LIST_RPS=500; LIST_P99=0; fi

# label | url | header | target (rps:<n>[,p99:<ms>] | ratio:<label of the reference>:<max ratio>)
REQUESTS=(
    "baseline /health/live|$BASE/health/live||"
    "baseline /api/hello (20 records)|$BASE/api/hello||"
    "/health/live|$APP/health/live||ratio:baseline /health/live:1.5"
    "/api/v1/regions/510108/children|$APP/api/v1/regions/510108/children||ratio:baseline /api/hello (20 records):"
    "/api/v1/supplies?size=20|$APP/api/v1/supplies?size=20||rps:$LIST_RPS,p99:$LIST_P99"
    "/api/v1/supplies?size=20&q=助餐|$APP/api/v1/supplies?size=20&q=$Q||rps:$LIST_RPS,p99:$LIST_P99"
    "/api/v1/needs?size=20|$APP/api/v1/needs?size=20||rps:$LIST_RPS,p99:$LIST_P99"
    "/api/v1/needs?size=20&q=助餐|$APP/api/v1/needs?size=20&q=$Q||rps:$LIST_RPS,p99:$LIST_P99"
    "/api/v1/partners?size=20|$APP/api/v1/partners?size=20||rps:$LIST_RPS,p99:$LIST_P99"
    "/api/v1/partners?size=20&q=助餐|$APP/api/v1/partners?size=20&q=$Q||rps:$LIST_RPS,p99:$LIST_P99"
    "/api/v1/needs/{id}/matches|$APP/api/v1/needs/$NEED/matches||rps:$([[ $DATASET == seed ]] && echo 500 || echo 0)"
    "/supplies (Faces page)|$APP/supplies||rps:$([[ $DATASET == seed ]] && echo 300 || echo 0)"
    "/api/v1/supplies?size=20 (bearer token)|$APP/api/v1/supplies?size=20|Authorization: Bearer $TOKEN|ratio:/api/v1/supplies?size=20:1.2"
)

for r in "${REQUESTS[@]}"; do
    IFS='|' read -r label url header _ <<< "$r"
    code=$(curl -s --max-time 60 -o /dev/null -w '%{http_code}' ${header:+-H "$header"} "$url" || true)
    [[ $code == 200 ]] || { echo "$label answers $code before the load" >&2; exit 6; }
done

echo "== warming up ($WARMUP each)"
for r in "${REQUESTS[@]}"; do
    IFS='|' read -r label url header _ <<< "$r"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" ${header:+-H "$header"} "$url" > /dev/null
done

if [[ ${BENCH_JFR:-false} == true ]]; then
    jcmd "$APP_PID" JFR.start name=load settings=profile filename="$WORK/app.jfr" > /dev/null
fi
GC_BEFORE=$(jstat -gcutil "$APP_PID" | tail -1)

declare -A RPS
# CPU seconds a process has used (user + system, clock ticks): its CPU per request does not depend on what else the
# machine runs, as req/s does
TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
BASE_PID=$(cat "$WORK/baseline.pid")
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }
printf '\n== %s, wrk -t%s -c%s -d%s, load average before: %s\n' "$DATASET" "$THREADS" "$CONNECTIONS" "$DURATION" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %9s %8s %8s %7s %8s %9s  %-28s %s\n' request req/s 'p50 ms' 'p99 ms' errors non-2xx 'CPU ms' target result
MISSED=0
for r in "${REQUESTS[@]}"; do
    IFS='|' read -r label url header target <<< "$r"
    pid=$([[ $label == baseline* ]] && echo "$BASE_PID" || echo "$APP_PID")
    cpu0=$(cpu_ticks "$pid")
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency ${header:+-H "$header"} "$url")
    cpu1=$(cpu_ticks "$pid")
    requests=$(echo "$out" | awk '/requests in/ { print $1 }')
    cpu=$(awk -v a="$cpu0" -v b="$cpu1" -v n="$requests" -v t="$TICKS" 'BEGIN { printf "%.2f", (n > 0 ? (b - a) * 1000 / t / n : 0) }')
    rps=$(echo "$out" | awk '/^Requests\/sec/ { printf "%.0f", $2 }')
    p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" { print $2 }')")
    p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" { print $2 }')")
    errors=$(echo "$out" | awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }')
    non2xx=$(echo "$out" | awk '/Non-2xx/ { print $5 }')
    RPS[$label]=$rps
    text=""; verdict=""
    case "$target" in
        rps:*)
            min=$(echo "$target" | sed 's/rps:\([0-9]*\).*/\1/'); max99=$(echo "$target" | sed -n 's/.*p99:\([0-9]*\)/\1/p')
            if [[ $min != 0 ]]; then
                text="≥ $min req/s"; ok=$(( rps >= min ))
                if [[ -n $max99 && $max99 != 0 ]]; then
                    text="$text, p99 ≤ $max99 ms"; ok=$(( ok && $(awk -v a="$p99" -v b="$max99" 'BEGIN { print (a <= b) }') ))
                fi
                verdict=$([[ $ok == 1 ]] && echo met || echo MISSED)
            fi ;;
        ratio:*)
            ref=$(echo "$target" | cut -d: -f2); max=$(echo "$target" | cut -d: -f3)
            ratio=$(awk -v a="${RPS[$ref]}" -v b="$rps" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 999) }')
            text="×$ratio slower than ${ref%% *}${max:+ (≤ ×$max)}"
            [[ -n $max ]] && verdict=$(awk -v r="$ratio" -v m="$max" 'BEGIN { print (r <= m ? "met" : "MISSED") }') ;;
    esac
    [[ ${errors:-0} != 0 || -n $non2xx ]] && verdict="MISSED (errors)"
    [[ $verdict == MISSED* ]] && MISSED=$((MISSED + 1))
    printf '%-44s %9s %8s %8s %7s %8s %9s  %-28s %s\n' "$label" "$rps" "$p50" "$p99" "${errors:-0}" "${non2xx:-0}" "$cpu" \
        "$text" "$verdict"
done
printf '(load average after: %s)\n' "$(cut -d' ' -f1-3 /proc/loadavg)"

if [[ ${BENCH_JFR:-false} == true ]]; then
    jcmd "$APP_PID" JFR.stop name=load > /dev/null
    echo "JFR: $WORK/app.jfr (jfr print --events jdk.ExecutionSample $WORK/app.jfr)"
fi
echo
echo "== the app's GC (-Xmx$HEAP), jstat -gcutil before and after the measured runs"
jstat -gcutil "$APP_PID" | head -1
echo "$GC_BEFORE"
jstat -gcutil "$APP_PID" | tail -1
echo "full GCs during the measured runs and before (GC log): $(grep -c 'Pause Full' "$WORK/gc-run.log" || true)"
echo "heap after the run: $(jcmd "$APP_PID" GC.heap_info | sed -n 's/.*garbage-first heap *total \([0-9K]*\), used \([0-9K]*\).*/used \2 of \1/p')"
jcmd "$APP_PID" GC.run > /dev/null
echo "heap after a full GC: $(jcmd "$APP_PID" GC.heap_info | sed -n 's/.*garbage-first heap *total \([0-9K]*\), used \([0-9K]*\).*/used \2 of \1/p')"
echo
if [[ $MISSED == 0 ]]; then echo "every target met"; else echo "$MISSED target(s) missed"; exit 1; fi
