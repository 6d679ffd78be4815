// Measures the admin app's build (dist/apps/admin): every JavaScript chunk, raw and gzipped, and
// the initial JavaScript, which is what index.html loads before any screen: its entry script and
// everything that script imports statically, followed to the end. Screens loaded on demand are
// not in it. Exits non-zero when the initial JavaScript is over the budget.
//   node tools/scripts/admin-bundle-size.mjs
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 300 * 1000;
const dist = join(import.meta.dirname, '..', '..', 'dist', 'apps', 'admin');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html is missing: build first (npx nx build admin)`);
  process.exit(2);
}

const assets = join(dist, 'assets');
const size = (file) => {
  const bytes = readFileSync(join(assets, file));
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
};
const staticImports = (file) =>
  [
    ...readFileSync(join(assets, file), 'utf8').matchAll(
      /(?:^|[;\s}])(?:import|export)[^"'();]*?from\s*["']\.\/([^"']+\.js)["']|import\s*["']\.\/([^"']+\.js)["']/g,
    ),
  ].map((match) => match[1] ?? match[2]);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]);
const initial = new Set();
const queue = [...entries];
while (queue.length > 0) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  queue.push(...staticImports(file));
}

const kB = (bytes) => (bytes / 1000).toFixed(2).padStart(8);
const chunks = readdirSync(assets)
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, ...size(file), initial: initial.has(file) }))
  .sort((a, b) => b.raw - a.raw);
console.log(`${'chunk'.padEnd(44)} ${'raw kB'.padStart(8)} ${'gzip kB'.padStart(8)}  initial`);
for (const chunk of chunks) {
  console.log(`${chunk.file.padEnd(44)} ${kB(chunk.raw)} ${kB(chunk.gzip)}  ${chunk.initial ? 'yes' : ''}`);
}
const total = chunks.filter((chunk) => chunk.initial).reduce((sum, chunk) => sum + chunk.gzip, 0);
const all = chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
console.log(`\ninitial JavaScript: ${kB(total).trim()} kB gzipped (budget ${BUDGET_GZIP_BYTES / 1000} kB)`);
console.log(`all JavaScript:     ${kB(all).trim()} kB gzipped`);
process.exit(total > BUDGET_GZIP_BYTES ? 1 : 0);
