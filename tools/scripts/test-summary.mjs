// Prints the closing line of `npm test`, summed over every Jest project that ran, and fails
// when no test ran at all (a green run that tested nothing is not green).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', '..', 'tmp', 'test-counts');
if (process.argv[2] === '--reset') {
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
const runs = existsSync(dir) ? readdirSync(dir).map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8'))) : [];
const total = runs.reduce(
  (sum, run) => ({
    passed: sum.passed + run.passed,
    failed: sum.failed + run.failed,
    skipped: sum.skipped + run.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`\n${runs.length} test runs`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
