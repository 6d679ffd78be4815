// Runs the spec files in order of their path. The specs share one platform, and the list spec
// asserts the seeded count (368) that the registration specs later change, so the read-only
// `partnerships-list` spec must come before `register-*`; Jest's default order follows past
// durations instead.
const Sequencer = require('@jest/test-sequencer').default;

class SpecOrderSequencer extends Sequencer {
  /** @param {import('@jest/test-result').Test[]} tests */
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path));
  }
}

module.exports = SpecOrderSequencer;
