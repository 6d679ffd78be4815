// Runs npm scripts side by side and fails when any fails: `npm run check` formats, lints and
// type-checks at once, each a single process that would leave the other core idle. Each script's
// output is printed whole when it ends, so they never interleave line by line.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('usage: node tools/scripts/in-parallel.mjs <npm script> [<npm script> …]');
  process.exit(2);
}

const run = (script) =>
  new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const failed = code !== 0;
      process.stdout.write(`\n== ${script}: ${failed ? `failed (${signal ?? `exit ${code}`})` : 'passed'}\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(failed);
    });
  });

const failures = (await Promise.all(scripts.map(run))).filter(Boolean).length;
process.exit(failures > 0 ? 1 : 0);
