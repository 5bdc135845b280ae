#!/usr/bin/env bash
# A local team server for trying Accord's team mode (docs/team-server.md):
#   scripts/team-server.sh DIR        sets up (once) and starts a PostgreSQL
#                                     cluster in DIR on a free port, with
#                                     Accord's schema, four demo users in two
#                                     teams and the demo pipeline, then prints
#                                     the URIs to connect with
#   scripts/team-server.sh stop DIR   stops it
# Installs PostgreSQL when it is missing and builds accord-cli (preset dev)
# unless ACCORD_CLI names one. The server listens on a Unix socket in DIR only,
# with trust authentication and durability off: it is for trying, not for data
# that matters (docs/team-server.md shows a real deployment).
set -euo pipefail
source "$(dirname "$0")/common.sh"

usage() {
    echo "usage: $0 DIR | $0 stop DIR" >&2
    exit 2
}
[ $# -ge 1 ] || usage
if [ "$1" = stop ]; then
    [ $# -eq 2 ] || usage
    bash "$ACCORD_ROOT/scripts/pg-cluster.sh" stop "$2"
    echo "Accord: the team server in $2 is stopped."
    exit 0
fi
[ $# -eq 1 ] || usage
mkdir -p "$1"
dir=$(cd "$1" && pwd)

# PostgreSQL's server programs (Debian's postgresql package, 15 on Debian 12).
if ! compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null; then
    (ACCORD_PACKAGES=(postgresql) && ACCORD_OPTIONAL_PACKAGES=() && accord_install_packages)
fi

if [ -n "${ACCORD_CLI:-}" ]; then
    cli=$ACCORD_CLI
else
    accord_install_packages
    (accord_build dev accord-cli)
    cli="$ACCORD_ROOT/build/dev/src/cli/accord-cli"
fi
[ -x "$cli" ] || { echo "Accord: $cli is not an accord-cli program." >&2; exit 1; }

superuser_uri=$(bash "$ACCORD_ROOT/scripts/pg-cluster.sh" start "$dir")
# postgresql://postgres@/postgres?host=DIR&port=PORT
port=${superuser_uri##*port=}
at() { echo "postgresql://$1@/accord?host=$dir&port=$port"; }
owner_uri=$(at accord_owner)

# The database belongs to a role that may create roles but is no superuser,
# as on a managed server; it sets up the schema and the users.
if [ "$(psql "$superuser_uri" -tAc "SELECT 1 FROM pg_database WHERE datname = 'accord'")" != 1 ]; then
    psql -q "$superuser_uri" -v ON_ERROR_STOP=1 \
        -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'accord_owner') THEN CREATE ROLE accord_owner LOGIN CREATEROLE; END IF; END \$\$" \
        -c "CREATE DATABASE accord OWNER accord_owner"
fi
"$cli" --db "$owner_uri" server init

# Two reps in team north, one in team south, and the lead of north: each owns
# the demo prospects of the demo owner of the same name.
users=(
    "dana|rep|north|Dana Whitfield"
    "ravi|rep|north|Ravi Menon"
    "ana|rep|south|Ana Costa"
    "tomas|lead|north|Tomás Berg"
)
existing=$("$cli" --db "$owner_uri" server users --json)
owner_map=""
for entry in "${users[@]}"; do
    IFS='|' read -r login role team name <<<"$entry"
    if ! grep -q "\"login\": \"$login\"" <<<"$existing"; then
        "$cli" --db "$owner_uri" server add-user "$login" --role "$role" --team "$team" \
            --name "$name" >/dev/null
    fi
    owner_map+="${owner_map:+,}$name=$login"
done

if [ ! -e "$dir/demo-pushed" ]; then
    demo="$dir/demo.sqlite"
    rm -f "$demo" "$demo-wal" "$demo-shm"
    "$cli" --db "$demo" demo >/dev/null
    "$cli" --db "$owner_uri" server push "$demo" --owner-map "$owner_map"
    rm -f "$demo" "$demo-wal" "$demo-shm"
    touch "$dir/demo-pushed"
fi

cat <<MSG

Accord's team server runs in $dir (PostgreSQL, port $port, local socket only).
Connect as one of the users (the desktop app takes the same --db):
  dana  (rep, north):  $cli --db '$(at dana)' list
  ravi  (rep, north):  $cli --db '$(at ravi)' list
  ana   (rep, south):  $cli --db '$(at ana)' list
  tomas (lead, north): $cli --db '$(at tomas)' report
  owner (users, schema): $cli --db '$owner_uri' server users
Stop it with: $0 stop $dir
MSG
