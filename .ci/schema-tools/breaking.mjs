// Diffs schema.graphql against the previous commit's with graphql-inspector
// and fails on a breaking change that CHANGELOG.md does not record (by its
// schema coordinate, such as `Query.caseStudies` or `CaseStudyOrder`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { diff, CriticalityLevel } from '@graphql-inspector/core';

const base = process.argv[2] ?? 'HEAD~1';
let before;
try {
  before = execFileSync('git', ['show', `${base}:schema.graphql`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
} catch {
  console.log(`schema diff: ${base} has no schema.graphql; nothing to compare`);
  process.exit(0);
}
const after = readFileSync('schema.graphql', 'utf8');
const changelog = (() => { try { return readFileSync('CHANGELOG.md', 'utf8'); } catch { return ''; } })();

const changes = await diff(buildSchema(before), buildSchema(after));
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
// A change is recorded when CHANGELOG.md names its coordinate, or, for a
// change without one (the root types), a name the message quotes.
const names = (change) => change.path ? [change.path] : [...change.message.matchAll(/'([^']+)'/g)].map((m) => m[1]);
const unrecorded = breaking.filter((c) => !names(c).some((name) => changelog.includes(name)));
for (const change of breaking) {
  const recorded = !unrecorded.includes(change);
  console.log(`${recorded ? 'recorded  ' : 'UNRECORDED'} ${change.path ?? ''}: ${change.message}`);
}
console.log(`schema diff against ${base}: ${changes.length} changes, ${breaking.length} breaking, ${unrecorded.length} not in CHANGELOG.md`);
process.exit(unrecorded.length === 0 ? 0 : 1);
