// PostGraphile as a team would run it to answer a portal's facet counts:
// the connection-filter plugin, with filters across relations, which the
// command line cannot switch on (it takes no build options).
// Usage: node serve.js <database url> <schemas> <port>
"use strict";
const http = require("http");
const { postgraphile } = require("postgraphile");
const ConnectionFilterPlugin = require("postgraphile-plugin-connection-filter");

const [database, schemas, port] = process.argv.slice(2);
const middleware = postgraphile(database, schemas.split(","), {
  appendPlugins: [ConnectionFilterPlugin],
  graphileBuildOptions: { connectionFilterRelations: true },
  disableQueryLog: true,
  graphiql: false,
});
http.createServer(middleware).listen(Number(port), "127.0.0.1");
