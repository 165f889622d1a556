import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { readMail, waitForLoginCode } from './mailbox.js';
import { freePort, repoRoot, sleep, spawnProc, waitUntil, type Proc } from './processes.js';

/**
 * A page in a browser context of its own (closed with the browser), waiting at most 15 s by
 * default; the page's uncaught errors are added to `errors`, which tests expect to stay empty.
 */
export async function openPage(browser: Browser, errors: string[], options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return page;
}

/** The Debian package's Chromium; `npx playwright install` cannot download browsers here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const webDir = join(repoRoot, 'apps/web');
const nextBin = join(repoRoot, 'node_modules/next/dist/bin/next');
/**
 * Where tests build the web app, relative to apps/web: apart from the `.next/dev` of `next dev`,
 * and listed in apps/web/tsconfig.json so that `next build` does not rewrite that file.
 */
const distDir = '.next/e2e';
const stampFile = join(webDir, distDir, 'parley-build.json');
const lockFile = join(webDir, '.next', 'e2e-build.lock');

const webEnv = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PARLEY_WEB_DIST_DIR: distDir };

/** Headless Chromium; close it in `afterAll`. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** What the build depends on: the web app's sources and the installed packages. */
function fingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (['.next', 'node_modules', 'next-env.d.ts'].includes(entry.name) || entry.name.endsWith('.tsbuildinfo')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${relative(webDir, path)}\0`).update(readFileSync(path));
    }
  };
  walk(webDir);
  hash.update(readFileSync(join(repoRoot, 'package-lock.json')));
  return hash.digest('hex');
}

function isFresh(print: string): boolean {
  try {
    return (JSON.parse(readFileSync(stampFile, 'utf8')) as { fingerprint?: string }).fingerprint === print;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file holding the owner's pid, so parallel test files (and runs) build one at a time. */
async function withLock<T>(path: string, fn: () => Promise<T>, timeoutMs = 300000): Promise<T> {
  mkdirSync(join(path, '..'), { recursive: true });
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(path, 'utf8'));
      // An empty file is a lock being written right now; a dead owner's lock is stale.
      if (holder > 0 && !isAlive(holder)) rmSync(path, { force: true });
      else if (Date.now() > until) throw new Error(`timed out waiting for ${path} (held by pid ${holder})`, { cause: err });
      else await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(path, { force: true });
  }
}

async function build(): Promise<void> {
  const print = fingerprint();
  if (isFresh(print)) return;
  await withLock(lockFile, async () => {
    if (isFresh(print)) return; // another process built it while we waited
    rmSync(stampFile, { force: true });
    const proc = spawnProc('web-build', process.execPath, [nextBin, 'build', 'apps/web'], webEnv);
    const code = await new Promise<number | null>((resolve) => proc.child.once('exit', resolve));
    if (code !== 0) throw new Error(`next build apps/web failed (exit ${code}); log: ${proc.logFile}`);
    writeFileSync(stampFile, JSON.stringify({ fingerprint: print }));
  });
}

let built: Promise<void> | undefined;

/**
 * Production-builds apps/web once: skipped when a build of the same sources and packages exists,
 * so only the first run after a change pays for it (about 10–25 s on two cores).
 */
export function buildWeb(): Promise<void> {
  built ??= build().catch((err: unknown) => {
    built = undefined;
    throw err;
  });
  return built;
}

export interface WebApp {
  url: string;
  proc: Proc;
  stop(): Promise<void>;
}

/**
 * Serves the built web app (`next start`) on a free port, pointed at a gateway such as
 * `stack.gatewayUrl`. The page reads the gateway address at request time, so one build serves
 * every stack.
 */
export async function startWeb(gatewayUrl: string): Promise<WebApp> {
  await buildWeb();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = spawnProc('web', process.execPath, [nextBin, 'start', 'apps/web', '--port', String(port), '--hostname', '127.0.0.1'], {
    ...webEnv,
    PARLEY_GRAPHQL_URL: `${gatewayUrl}/graphql`,
  });
  const exited = new Promise<never>((_, reject) =>
    proc.child.once('exit', (code, signal) => reject(new Error(`web exited (${signal ?? `code ${code}`}); log: ${proc.logFile}`))),
  );
  exited.catch(() => undefined); // only the race below listens; a later exit is the normal stop
  try {
    await Promise.race([exited, waitUntil(async () => (await fetch(url)).ok, `the web app to serve ${url} (log: ${proc.logFile})`, 60000)]);
  } catch (err) {
    await proc.stop();
    throw err;
  }
  return { url, proc, stop: () => proc.stop() };
}

// What the web app (apps/web) shows, as its tests read it.

/** A message of the open chat as the server has it (not a pending copy), by its exact text. */
export const messageWith = (page: Page, text: string, own?: boolean): Locator =>
  page
    .locator(`[data-testid="message"]:not([data-pending])${own === undefined ? '' : `[data-own="${own}"]`}`)
    .filter({ has: page.getByTestId('message-text').getByText(text, { exact: true }) });

/**
 * The tab's stored session (apps/web/lib/session.ts keeps it in sessionStorage). Browser code is
 * passed as strings: the tests compile without the DOM library.
 */
export async function storedSession(page: Page): Promise<{ accessToken: string; viewer: { id: string } }> {
  return JSON.parse(await page.evaluate<string>('sessionStorage.getItem("parley.session")')) as { accessToken: string; viewer: { id: string } };
}

/**
 * Signs a page in through the login screen of the web app at `webUrl`, with the code from the
 * stack's dev mailbox, and waits for the chat screen and its live connection.
 */
export async function signInThroughUi(page: Page, webUrl: string, mailboxHttpUrl: string, email: string): Promise<void> {
  await page.goto(webUrl);
  const before = (await readMail(mailboxHttpUrl, email)).length;
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-request').click();
  await page.getByTestId('login-code').waitFor();
  await page.getByTestId('login-code').fill(await waitForLoginCode(mailboxHttpUrl, email, before + 1));
  await page.getByTestId('login-verify').click();
  await page.getByTestId('chat-app').waitFor();
  await waitForLive(page);
}

/** Waits until the signed-in page's socket is connected (apps/web shows its state on the app's root). */
export async function waitForLive(page: Page, timeout = 20000): Promise<void> {
  await page.locator('[data-testid="chat-app"][data-connection="online"]').waitFor({ timeout });
}

const axeScript = join(repoRoot, 'node_modules/axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and returns its serious and
 * critical violations, each with the selectors of the elements that fail.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) await page.addScriptTag({ path: axeScript });
  const result = await page.evaluate<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })`,
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Where an element is on the page, in CSS pixels (Playwright's bounding box, required). */
export async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`no box: ${String(locator)} is not visible`);
  return box;
}

/** Whether two boxes share any area (touching edges do not count). */
export const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** The test id of the element that has the focus, or null. */
export const focusedTestId = (page: Page): Promise<string | null> => page.evaluate<string | null>('document.activeElement?.dataset?.testid ?? null');

/** Waits for every stop (browser, web app, stack) even when one fails, then throws the first failure. */
export async function settleAll(stops: (Promise<unknown> | undefined)[]): Promise<void> {
  const failed = (await Promise.allSettled(stops.map((s) => s ?? Promise.resolve()))).find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
