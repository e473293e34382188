#!/bin/sh
# Makes the loopback PostgreSQL the "servers" test runs use answer: a running cluster, a
# role and a database for the tests. (The Chroma server is started by the test session
# itself from the venv's `chroma`, see tests/backends.py.)
#
#   scripts/test-servers.sh          (`make test` and .ci/run call it after system-deps)
#
# The PostgreSQL server packages come from .ci/debian-test-packages.txt (system-deps.sh
# installs them as root). As root the script creates or starts the Debian cluster with
# pg_createcluster / pg_ctlcluster (PostgreSQL refuses to run as root; these run it as the
# postgres user) and creates the role; anywhere else it stops with the exact commands.
# The URL it prepares is tests/backends.py's default (ATELIER_TEST_POSTGRES_URL overrides
# it, and then this script has nothing to do). Exit codes: 0 ready, 1 not ready.
set -u

ROLE=atelier_test
PASSWORD=atelier-test-secret
DB=atelier_test

if [ -n "${ATELIER_TEST_POSTGRES_URL:-}" ]; then
  exit 0
fi

fail() {
  echo "error: $1" >&2
  shift
  for line in "$@"; do echo "  $line" >&2; done
  echo "  (the tests run every whole session against these servers too and fail without them;" >&2
  echo "  or point ATELIER_TEST_POSTGRES_URL at a PostgreSQL you run yourself)" >&2
  exit 1
}

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  fail "PostgreSQL is not installed (the Debian cluster tools are missing)" \
    "install it with: sudo apt-get install -y --no-install-recommends postgresql" \
    "then run: sudo sh scripts/test-servers.sh"
fi

# The newest installed server version, and its first cluster if there is one.
version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
[ -n "$version" ] || fail "no PostgreSQL server under /usr/lib/postgresql" \
  "install it with: sudo apt-get install -y --no-install-recommends postgresql"
line=$(pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1 == v { print; exit }')
root=0
[ "$(id -u)" = 0 ] && root=1

if [ -z "$line" ]; then
  [ "$root" = 1 ] || fail "no PostgreSQL $version cluster" \
    "create and start one with: sudo pg_createcluster $version main --start" \
    "then run: sudo sh scripts/test-servers.sh"
  pg_createcluster "$version" main -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null ||
    fail "pg_createcluster $version main failed"
  line=$(pg_lsclusters -h | awk -v v="$version" '$1 == v { print; exit }')
fi
cluster=$(echo "$line" | awk '{ print $2 }')
port=$(echo "$line" | awk '{ print $3 }')
status=$(echo "$line" | awk '{ print $4 }')

if [ "$status" != online ]; then
  [ "$root" = 1 ] || fail "PostgreSQL cluster $version/$cluster is $status" \
    "start it with: sudo pg_ctlcluster $version $cluster start" \
    "then run: sudo sh scripts/test-servers.sh"
  pg_ctlcluster "$version" "$cluster" start || fail "pg_ctlcluster $version $cluster start failed" \
    "see /var/log/postgresql/postgresql-$version-$cluster.log"
fi

if [ "$port" != 5432 ]; then
  # The tests' default URL names 5432; another port needs the URL spelled out.
  echo "note: cluster $version/$cluster listens on $port; run the tests with" >&2
  echo "  ATELIER_TEST_POSTGRES_URL=postgresql://$ROLE:$PASSWORD@127.0.0.1:$port/$DB" >&2
fi

psql_as_postgres() {
  if [ "$root" = 1 ]; then
    su postgres -s /bin/sh -c "psql -p $port -qtAX -v ON_ERROR_STOP=1 $*"
  else
    return 1
  fi
}

# Role and database, created once; the tests make one schema per test inside it.
if [ "$root" = 1 ]; then
  has_role=$(psql_as_postgres "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'\"") ||
    fail "cannot reach PostgreSQL $version/$cluster as the postgres user"
  if [ "$has_role" != 1 ]; then
    psql_as_postgres "-c \"CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'\"" >/dev/null ||
      fail "cannot create the role $ROLE"
  fi
  has_db=$(psql_as_postgres "-c \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"") || has_db=""
  if [ "$has_db" != 1 ]; then
    psql_as_postgres "-c \"CREATE DATABASE $DB OWNER $ROLE\"" >/dev/null ||
      fail "cannot create the database $DB"
  fi
  exit 0
fi

# Not root: check that the role answers, else name the commands.
if PGPASSWORD=$PASSWORD psql -h 127.0.0.1 -p "$port" -U "$ROLE" -d "$DB" -qtAX \
    -c "SELECT 1" >/dev/null 2>&1; then
  exit 0
fi
fail "PostgreSQL is running but the test role or database is missing" \
  "create them with: sudo sh scripts/test-servers.sh"
