// Writes a gzip copy beside every built script and stylesheet, which the
// server sends to browsers that accept gzip. Compressed here, once, rather
// than on every request; the output depends only on the input (no file
// name or time in the header), so a rebuild gives the same bytes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const assets = new URL('../dist/assets/', import.meta.url);

for (const name of readdirSync(assets)) {
  if (!/\.(js|css|svg)$/.test(name)) continue;
  const path = join(assets.pathname, name);
  const zipped = gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(`${path}.gz`, zipped);
}
