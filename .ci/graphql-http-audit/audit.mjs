// Runs the graphql-http audit suite against the server at the URL given
// as the first argument and fails on any error or warning.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://127.0.0.1:PORT/graphql');
  process.exit(2);
}

const results = await auditServer({ url, fetchFn: fetch });
let failures = 0;
for (const result of results) {
  if (result.status === 'ok') continue;
  failures += 1;
  const detail = result.status === 'error' ? await result.response.text().catch(() => '') : '';
  console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}${detail ? `\n  ${detail.slice(0, 300)}` : ''}`);
}
const ok = results.filter((r) => r.status === 'ok').length;
console.log(`graphql-http audit: ${ok} ok, ${failures} errors or warnings, of ${results.length}`);
process.exit(failures === 0 ? 0 : 1);
