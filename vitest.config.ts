import { createRequire } from 'node:module'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // graphql ships CommonJS (main) and ESM (module) builds; Node gives Payload the first, Vite would
    // give the project's sources the second, and graphql refuses types from "another realm".
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    pool: 'forks',
    // Two cores: two test files at a time, each in its own process and database.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Pure functions: no database, no server; `npm run test:unit` runs them alone in seconds.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], pool: 'threads' },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['tests/int/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/global-setup.ts'],
          setupFiles: ['tests/helpers/database-per-file.ts'],
          // A browser test of a few seconds took over 30 while another file's crowd of requests had
          // the two cores: the limit is there to end a hang, not to time anything.
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // The admin renders first, then loads its French date-fns locale and its data: on a busy
          // machine that takes seconds, so a browser check polls up to 15 s (vitest's default is 1 s).
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
})
