// Fails when the Explorer's JavaScript, gzipped, passes its budget.
//   node scripts/check-size.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(root, process.argv[2] ?? 'dist');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

let all;
try {
  all = files(dist).filter((f) => f.endsWith('.js'));
} catch {
  console.error(`check-size: no build at ${dist}; run npm run build first`);
  process.exit(1);
}
if (all.length === 0) {
  console.error(`check-size: no JavaScript under ${dist}`);
  process.exit(1);
}

let total = 0;
for (const file of all.sort()) {
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  total += gz;
  console.log(`${relative(root, file)}: ${(gz / 1024).toFixed(1)} kB gzipped`);
}
const kb = total / 1024;
console.log(`JavaScript total: ${kb.toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)`);
if (kb > BUDGET_KB) {
  console.error(`check-size: ${kb.toFixed(1)} kB is over the ${BUDGET_KB} kB budget`);
  process.exit(1);
}
