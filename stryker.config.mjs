// Mutation testing (`npm run mutate`): StrykerJS changes the code of the judge, the waiter's
// evidence rules and the sinks one mutant at a time and runs their unit tests; a mutant no test
// kills is a rule no test holds. Not in CI: it takes minutes per module. One module at a time,
// with its own tests:
//   MUTATE_TESTS=__tests__/report/verdict.test.ts npm run mutate -- --mutate src/report/verdict.ts
// The tests are ESM (jest with --experimental-vm-modules); only unit tests run, never e2e.

/** The unit tests of the mutated folders and of the modules they use. */
const UNIT_TESTS = [
  '__tests__/report/**/*.test.ts',
  '__tests__/waiter/**/*.test.ts',
  '__tests__/sinks/**/*.test.ts',
  '__tests__/ges/**/*.test.ts',
  '__tests__/compare/**/*.test.ts'
]

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    configFile: 'jest.config.js',
    // Only unit tests, never e2e (they run dist/, which a mutant does not change). MUTATE_TESTS
    // narrows them to a module's own test files, which makes a run minutes instead of an hour.
    enableFindRelatedTests: false,
    config: {
      testMatch: (process.env.MUTATE_TESTS ?? UNIT_TESTS.join(',')).split(',').map((test) => `<rootDir>/${test}`),
      // Transpile only: a mutant is judged by the tests, and type-checking every run is the slow part.
      transform: {
        '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', isolatedModules: true }]
      },
      maxWorkers: 1
    }
  },
  coverageAnalysis: 'off',
  mutate: [
    'src/report/judge.ts',
    'src/report/verdict.ts',
    'src/report/report-entries.ts',
    'src/report/line-drop-rule.ts',
    'src/report/failed-lines-percent.ts',
    'src/ges/import-result.ts',
    'src/ges/twin-entries.ts',
    'src/waiter/tracked-job.ts',
    'src/waiter/job-follower.ts',
    'src/sinks/**/*.ts'
  ],
  // One test process: the machine's cores are shared.
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { logTests: false },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
