import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imagePackageJson, importedPackages } from './image-deps.mjs';

/** A dist/ of one app: main.js imports a module of its own and #common, which imports more. */
const dist = mkdtempSync(join(tmpdir(), 'image-deps-'));
const file = (path: string, text: string) => {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
};
file('apps/user/src/main.js', "import { NestFactory } from '@nestjs/core';\nimport { x } from './users/x.js';\nimport { y } from '#common';\n");
file('apps/mail/src/main.js', "import { y } from '#common';\n");
file(
  'apps/user/src/users/x.js',
  "import { readFileSync } from 'node:fs';\nimport path from 'path';\nimport { mongoRoot } from '#common/mongo';\nexport const x = 1;\n",
);
file('libs/common/src/mongo.js', "import mongoose from 'mongoose';\n");
file('libs/common/src/index.js', "export * from './redis.js';\nconst later = () => import('pino');\n");
file('libs/common/src/redis.js', "import { Redis } from 'ioredis';\nimport '@nestjs/common/internal.js';\n");
file('libs/contracts/src/index.js', "import next from 'next';\n");
file('apps/chat/src/main.js', "import sharp from 'sharp';\n");
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** The libraries as package.json names them: a TypeScript source for tests, the compiled file for Node. */
const imports = Object.fromEntries(
  ['#common', '#common/mongo', '#contracts'].map((spec) => {
    const path = spec === '#common/mongo' ? 'libs/common/src/mongo' : `libs/${spec.slice(1)}/src/index`;
    return [spec, { source: `./${path}.ts`, default: `./dist/${path}.js` }];
  }),
);

const pkg = {
  name: 'parley',
  imports,
  version: '1.2.3',
  type: 'module',
  dependencies: Object.fromEntries(
    ['@nestjs/common', '@nestjs/core', '@nestjs/platform-express', 'class-transformer', 'class-validator', 'ioredis', 'mongoose', 'next', 'pino', 'sharp'].map(
      (n) => [n, '1.0.0'],
    ),
  ),
  devDependencies: { vitest: '4.0.0' },
};

describe('tools/image-deps.mjs', () => {
  it("finds the packages an app's code imports, following its own files and #contracts / #common libraries, not node builtins", () => {
    expect([...importedPackages('user', dist, imports)].sort()).toEqual(['@nestjs/common', '@nestjs/core', 'ioredis', 'mongoose', 'pino']);
  });

  it('follows a library entry only where an app imports it: #common/mongo brings mongoose to the user image, not the mail one', () => {
    expect([...importedPackages('mail', dist, imports)].sort()).toEqual(['@nestjs/common', 'ioredis', 'pino']);
  });

  it('keeps those and what Nest loads by name, drops the rest and the devDependencies, keeps type and version', () => {
    const image = imagePackageJson('user', pkg, dist);
    expect(Object.keys(image.dependencies).sort()).toEqual([
      '@nestjs/common',
      '@nestjs/core',
      '@nestjs/platform-express',
      'class-transformer',
      'class-validator',
      'ioredis',
      'mongoose',
      'pino',
    ]);
    expect(image.devDependencies).toBeUndefined();
    expect({ type: image.type, version: image.version }).toEqual({ type: 'module', version: '1.2.3' });
  });

  it('refuses an app that imports a package missing from dependencies, naming it, and an unknown app', () => {
    const withoutSharp = { ...pkg, dependencies: Object.fromEntries(Object.entries(pkg.dependencies).filter(([n]) => n !== 'sharp')) };
    expect(() => imagePackageJson('chat', withoutSharp, dist)).toThrow(/chat imports sharp, not in package.json's dependencies/);
    expect(() => imagePackageJson('web', pkg, dist)).toThrow(/unknown app "web"/);
    expect(() => importedPackages('api-gateway', dist, imports)).toThrow(/main\.js is missing: build first/);
  });
});
