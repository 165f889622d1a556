// Bundles the gateway's GraphiQL page (apps/api-gateway/graphiql) with esbuild into dist/graphiql/
// (graphiql.js and graphiql.css, everything inlined: it must work offline). Rebuilds only when
// the page's sources or package-lock.json are newer than the bundle. Used by tools/build.mjs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Builds when stale; returns the paths of the bundle's files (tools/build.mjs keeps them). */
export async function buildGraphiql(root, { verbose = false } = {}) {
  const srcDir = join(root, 'apps/api-gateway/graphiql');
  const outdir = join(root, 'dist/graphiql');
  const bundle = join(outdir, 'graphiql.js');
  const inputs = [...readdirSync(srcDir).map((n) => join(srcDir, n)), join(root, 'package-lock.json')];
  const newest = Math.max(...inputs.map((p) => statSync(p).mtimeMs));
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest) {
    const started = Date.now();
    await build({
      entryPoints: { graphiql: join(srcDir, 'main.tsx') },
      outdir,
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      jsx: 'automatic',
      tsconfig: join(srcDir, 'tsconfig.json'),
      define: { 'process.env.NODE_ENV': '"production"' },
      legalComments: 'none',
      logLevel: 'warning',
    });
    console.log(`build: GraphiQL bundled into dist/graphiql in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } else if (verbose) console.log('build: GraphiQL bundle is current');
  return readdirSync(outdir).map((n) => join(outdir, n));
}
