# Sourced by bench/lib.sh and bench/compare.sh (from the repository's root): the one way the benchmarks start the
# packaged service. Only functions, so that compare.sh can take it without lib.sh's settings, tool check and trap.

# Starts the service in the background on its production profile, against the local PostgreSQL (schema $SCHEMA of
# database test) and Redis, with the JWT keys in $WORK, cheap password hashing and the access log quiet. What a
# benchmark sets otherwise (ports, key prefix, limits, ...) comes as NAME=VALUE arguments before the command.
# The service's pid is $! after the call.
launch_stride() { # $1: log file, $2: clean the schema first, $3: limiter on, $4: cache on (each true|false); then NAME=VALUE settings and the command
  local log=$1 clean=$2 limiter=$3 cache=$4
  shift 4
  env \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=${SCHEMA}" \
    QUARKUS_DATASOURCE_USERNAME=postgres \
    QUARKUS_FLYWAY_SCHEMAS="${SCHEMA}" \
    QUARKUS_FLYWAY_CLEAN_AT_START="$clean" \
    QUARKUS_FLYWAY_CLEAN_DISABLED=false \
    QUARKUS_REDIS_HOSTS=redis://127.0.0.1:6379 \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/$WORK/jwt-public.pem" \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="$PWD/$WORK/jwt-private.pem" \
    STRIDE_PASSWORDS_BCRYPT_COST=4 \
    STRIDE_RATE_LIMIT_ENABLED="$limiter" \
    STRIDE_CACHE_ENABLED="$cache" \
    QUARKUS_LOG_CATEGORY__DEV_STRIDE_ACCESS__LEVEL=WARN \
    "$@" > "$log" 2>&1 &
}

# Writes the ahead-of-time class cache that the image writes for itself (bootstrap/src/main/docker/Dockerfile.jvm):
# a training run on JDK 25 that ends, as it does there, when the start-up reaches the database (a closed port); the
# JVM writes the cache as it exits. $1: JDK 25's java, $2: the cache (an absolute path), $3: the training's log.
# Fails when no cache was written.
train_class_cache() {
  rm -f "$2"
  (cd bootstrap/target/quarkus-app && "$1" -XX:AOTCacheOutput="$2" -Dquarkus.appcds.generate=true \
    -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:1/none -Dquarkus.redis.hosts=redis://127.0.0.1:1 \
    -jar quarkus-run.jar) > "$3" 2>&1 || true
  [ -s "$2" ]
}
