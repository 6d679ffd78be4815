// Runs the spec files in order of their path. The specs share one platform, and the list spec
// asserts the seeded count (368) that the registration specs later change, so the read-only
// `partnerships-list` spec must come before `register-*`; Jest's default order follows past
// durations instead. Likewise `self-assessment-keyboard` submits Allerdale's 2011-12 assessment
// and `self-assessment-moderation` validates Cardiff's: a spec that needs them as seeded must sort
// before `self-assessment-*`.
const Sequencer = require('@jest/test-sequencer').default;

class SpecOrderSequencer extends Sequencer {
  /** @param {import('@jest/test-result').Test[]} tests */
  sort(tests) {
    return [...tests].sort((a, b) => a.path.localeCompare(b.path));
  }
}

module.exports = SpecOrderSequencer;
