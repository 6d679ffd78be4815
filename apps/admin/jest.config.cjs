// Unit tests for the admin app's pure logic (token decoding, error mapping, list locations).
// Screens are covered in a real browser by apps/admin-e2e instead of a simulated DOM.
module.exports = {
  displayName: 'admin',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.unit.spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js'],
  coverageDirectory: '../../coverage/apps/admin',
};
