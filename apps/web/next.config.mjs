import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Tests build into a directory of their own (libs/testing/src/browser.ts) so they never touch
  // the one `next dev` uses.
  distDir: process.env.PARLEY_WEB_DIST_DIR || '.next',
  // The web image (Dockerfile, PARLEY_WEB_STANDALONE=1) builds <distDir>/standalone: a server.js
  // with only the node_modules files the app uses, traced from the repository root whose
  // node_modules they are (docs/docker.md). Development and the tests run `next start`, which
  // does not serve that output, so they build without it.
  ...(process.env.PARLEY_WEB_STANDALONE === '1' ? { output: 'standalone' } : {}),
  outputFileTracingRoot: fileURLToPath(new URL('../..', import.meta.url)),
};
export default nextConfig;
