#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster on loopback, for the storage tests.
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
#
# The cluster lives in a temporary folder, listens on 127.0.0.1 at a free port with trust
# authentication, and holds one empty database. The command sees
#   ROADMAP_TEST_POSTGRES=postgresql://postgres@127.0.0.1:PORT/roadmap_test
# (and PGHOST, PGPORT, PGUSER, PGDATABASE for psql). The cluster is stopped and the folder
# removed when the command ends, however it ends; the command's exit code is returned.
# PostgreSQL refuses to run as root, so under root (CI) the server runs as the `postgres`
# system user that Debian's package creates.
set -euo pipefail

if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

fail() {
    echo "with-postgres.sh: $*" >&2
    exit 2
}

# The newest installed server version, e.g. /usr/lib/postgresql/15/bin.
bindir=""
for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
    [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]] && bindir="$candidate"
done
[[ -n "$bindir" ]] || fail "no PostgreSQL server found under /usr/lib/postgresql (apt-get install postgresql)"

run_as_server_user=()
if [[ $(id -u) -eq 0 ]]; then
    server_user=postgres
    if ! id "$server_user" >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$server_user" \
            || fail "cannot create the system user $server_user"
    fi
    # runuser needs neither a TTY nor a password, unlike su and sudo.
    run_as_server_user=(runuser -u "$server_user" --)
    # A root folder that only root may enter (a chroot made in a mktemp folder is mode 700) stops
    # every other user, the server's too, from running anything: give it Debian's usual 755.
    root_mode=$(stat -c %a /)
    if (( (8#$root_mode & 8#005) != 8#005 )); then
        echo "with-postgres.sh: / is mode $root_mode; giving other users the usual access (755) so the server can run" >&2
        chmod o+rx / || fail "cannot give other users access to /"
    fi
fi

workdir=$(mktemp -d "${TMPDIR:-/tmp}/roadmap-postgres.XXXXXX")
started=0
cleanup() {
    local rc=$?
    if [[ $started -eq 1 ]]; then
        "${run_as_server_user[@]}" "$bindir/pg_ctl" stop -D "$workdir/data" -m immediate -s >/dev/null 2>&1 || true
    fi
    rm -rf "$workdir"
    return $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

if [[ ${#run_as_server_user[@]} -gt 0 ]]; then
    chown "$server_user" "$workdir"
fi
chmod 700 "$workdir"

# Under a locale the server may not have (CI), initdb would fail: C with UTF-8 always works.
"${run_as_server_user[@]}" env LC_ALL=C "$bindir/initdb" -D "$workdir/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C --no-sync >"$workdir/initdb.log" 2>&1 \
    || { cat "$workdir/initdb.log" >&2; fail "initdb failed"; }

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Another program may take the port between the check and the start: try a few.
port=""
for attempt in 1 2 3 4 5 6 7 8; do
    candidate=$((20000 + RANDOM % 40000))
    port_in_use "$candidate" && continue
    # Data durability does not matter here; fsync=off makes the tests faster.
    if "${run_as_server_user[@]}" "$bindir/pg_ctl" start -D "$workdir/data" -l "$workdir/server.log" -w -t 60 -s \
        -o "-h 127.0.0.1 -p $candidate -k $workdir -F -c max_connections=200" >/dev/null 2>&1; then
        started=1
        port=$candidate
        break
    fi
done
if [[ -z "$port" ]]; then
    cat "$workdir/server.log" >&2 2>/dev/null || true
    fail "the PostgreSQL server did not start"
fi

database=roadmap_test
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database" \
    || fail "cannot create the database $database"

export ROADMAP_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/$database"
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=postgres PGDATABASE=$database
echo "with-postgres.sh: PostgreSQL $(basename "$(dirname "$bindir")") at $ROADMAP_TEST_POSTGRES" >&2

set +e
"$@"
status=$?
set -e
exit $status
