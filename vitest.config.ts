import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// The libraries are imported as #contracts, #common and #testing (package.json "imports"); the
// "source" condition points those at the TypeScript sources, where Node takes the compiled ones
// (tests run in Vite's server-side environment, whose conditions are ssr.resolve's).
const conditions = ['source', 'node', 'import', 'default'];
const resolve = { conditions };
const ssr = { resolve: { conditions } };
// swc compiles the tests with decorator metadata, which Nest's dependency injection needs.
const plugins = [swc.vite({ module: { type: 'es6' } })];

export default defineConfig({
  test: {
    projects: [
      {
        plugins,
        resolve,
        ssr,
        test: {
          name: 'unit',
          include: ['apps/*/src/**/*.spec.ts', 'apps/web/lib/**/*.spec.ts', 'libs/*/src/**/*.spec.ts', 'tools/**/*.spec.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        plugins,
        resolve,
        ssr,
        test: {
          name: 'int',
          sequence: { groupOrder: 1 },
          include: ['apps/*/test/**/*.int-spec.ts', 'libs/*/test/**/*.int-spec.ts'],
          globalSetup: ['libs/testing/src/global-setup.ts'],
          testTimeout: 60000,
          hookTimeout: 120000,
        },
      },
      {
        plugins,
        resolve,
        ssr,
        test: {
          name: 'e2e',
          // Tiers run in order: unit, then integration, then end-to-end.
          sequence: { groupOrder: 2 },
          include: ['test/e2e/**/*.e2e-spec.ts'],
          globalSetup: ['libs/testing/src/global-setup.ts'],
          testTimeout: 90000,
          hookTimeout: 180000,
          // Each file runs its own stack of processes; two at a time fit a 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
