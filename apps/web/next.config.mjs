/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Tests build into a directory of their own (libs/testing/src/browser.ts) so they never touch
  // the one `next dev` uses.
  distDir: process.env.PARLEY_WEB_DIST_DIR || '.next',
};
export default nextConfig;
