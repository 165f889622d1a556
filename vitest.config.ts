import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const lib = (name: string) => fileURLToPath(new URL(`./libs/${name}/src/index.ts`, import.meta.url));
const alias = { '@app/contracts': lib('contracts'), '@app/common': lib('common'), '@app/testing': lib('testing') };
// swc compiles the tests with decorator metadata, which Nest's dependency injection needs.
const plugins = [swc.vite({ module: { type: 'es6' } })];

export default defineConfig({
  test: {
    projects: [
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['apps/*/src/**/*.spec.ts', 'apps/web/lib/**/*.spec.ts', 'libs/*/src/**/*.spec.ts', 'tools/**/*.spec.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        plugins,
        resolve: { alias },
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
        resolve: { alias },
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
