#!/usr/bin/env bash
# Refreshes the GraphiQL assets the server embeds (served from this server,
# so GraphiQL works with no internet access). Versions are pinned here.
set -euo pipefail
cd "$(dirname "$0")"
GRAPHIQL=3.8.3
REACT=18.3.1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "graphiql@$GRAPHIQL" "react@$REACT" "react-dom@$REACT" >/dev/null)
for package in "graphiql-$GRAPHIQL" "react-$REACT" "react-dom-$REACT"; do
    mkdir -p "$work/$package"
    tar xzf "$work/$package.tgz" -C "$work/$package"
done
gzip -9 -n -c "$work/graphiql-$GRAPHIQL/package/graphiql.min.js" > graphiql.min.js.gz
gzip -9 -n -c "$work/graphiql-$GRAPHIQL/package/graphiql.min.css" > graphiql.min.css.gz
gzip -9 -n -c "$work/react-$REACT/package/umd/react.production.min.js" > react.production.min.js.gz
gzip -9 -n -c "$work/react-dom-$REACT/package/umd/react-dom.production.min.js" > react-dom.production.min.js.gz
cp "$work/graphiql-$GRAPHIQL/package/LICENSE" LICENSE.graphiql
cp "$work/react-$REACT/package/LICENSE" LICENSE.react
echo "graphiql $GRAPHIQL, react $REACT" > VERSIONS
