// Records each Jest run's test counts in tmp/test-counts, so `npm test` can close with one
// line over every project (unit, integration and browser): "N passed, N failed, N skipped".
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class CountReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '..', '..', 'tmp', 'test-counts');
    mkdirSync(dir, { recursive: true });
    const name = this.rootDir.replace(/[^A-Za-z0-9]+/g, '_');
    writeFileSync(
      join(dir, `${name}-${process.pid}.json`),
      JSON.stringify({
        project: this.rootDir,
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}

module.exports = CountReporter;
