import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, uptime } from 'node:os';
import { join } from 'node:path';
import type { BenchStack, Handler } from './bench-stack.js';
import { openFileLimit } from './procs.js';

/** Where results go unless told otherwise (`--out`). */
export const DEFAULT_RESULTS_DIR = 'bench/results';

export interface CommonOptions {
  handler: Handler;
  /** Free text to tell runs apart on the chart, e.g. `before` / `after`. */
  label?: string;
  /** Directory of the JSON result (created when missing). */
  outDir: string;
  /** Progress lines on stderr. */
  log?: (line: string) => void;
  /** Run on this stack (it is left running) instead of starting one: the smoke test shares one. */
  bench?: BenchStack;
  /** Write a CPU profile of each app (node --cpu-prof) into this directory when the run ends. */
  cpuProfileDir?: string;
}

export interface MachineLoad {
  at: string;
  loadAverage: [number, number, number];
  /** The `uptime` line, as the shell prints it. */
  uptime: string;
}

export function machineLoad(): MachineLoad {
  let line: string;
  try {
    line = execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    line = `up ${Math.round(uptime())} s`;
  }
  const [a, b, c] = loadavg().map((x) => Math.round(x * 100) / 100);
  return { at: new Date().toISOString(), loadAverage: [a, b, c], uptime: line };
}

export function machineInfo() {
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    kernel: release(),
    openFilesLimit: openFileLimit('self'),
  };
}

export function gitInfo(): { commit: string; branch: string; dirty: boolean } {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    commit: git('rev-parse', 'HEAD') || 'unknown',
    branch: git('rev-parse', '--abbrev-ref', 'HEAD') || 'unknown',
    dirty: git('status', '--porcelain', '--', 'apps', 'libs').length > 0,
  };
}

/** FerretDB's version as tools/docdb pins it (the binary itself reports "unknown"). */
export function ferretdbVersion(): string {
  try {
    return /github\.com\/FerretDB\/FerretDB (v\S+)/.exec(readFileSync('tools/docdb/go.mod', 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Fields every result file has. */
export interface ResultBase {
  scenario: string;
  label: string | null;
  handler: Handler;
  startedAt: string;
  finishedAt: string;
  wallSeconds: number;
  machine: ReturnType<typeof machineInfo>;
  load: { atStart: MachineLoad; atEnd: MachineLoad };
  versions: { node: string; git: ReturnType<typeof gitInfo>; ferretdb: string; docdbHandler: Handler; redis: string; nats: string; postgres?: string };
  /** Environment the apps ran with (beyond the test stack's defaults). */
  appEnv: Record<string, string>;
  parameters: Record<string, unknown>;
  /** Path of the JSON file, once written. */
  file?: string;
}

export function resultFileName(scenario: string, handler: Handler, at: Date): string {
  return `${scenario}-${handler}-${at
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z')}.json`;
}

export function writeResult<T extends ResultBase>(outDir: string, result: T): T {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, resultFileName(result.scenario, result.handler, new Date(result.startedAt)));
  result.file = file;
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  return result;
}

/** A Markdown table. */
export function table(head: string[], rows: Array<Array<string | number | null | undefined>>): string {
  const cell = (v: string | number | null | undefined) => (v === null || v === undefined ? '–' : String(v));
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** The common head of a Markdown summary: what ran where. */
export function headerMarkdown(r: ResultBase): string {
  return [
    `## ${r.scenario} (${r.handler}${r.label ? `, label ${r.label}` : ''})`,
    '',
    `${r.machine.cores} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Linux ${r.machine.kernel}; Node ${r.versions.node}, FerretDB ${r.versions.ferretdb} (${r.versions.docdbHandler}), Redis ${r.versions.redis}, NATS ${r.versions.nats}${r.versions.postgres ? `, PostgreSQL ${r.versions.postgres}` : ''}; commit ${r.versions.git.commit.slice(0, 10)}${r.versions.git.dirty ? ' (apps/libs modified)' : ''}.`,
    `Load at start: ${r.load.atStart.loadAverage.join(', ')}; at end: ${r.load.atEnd.loadAverage.join(', ')} (load generator on the same machine). Wall time ${r.wallSeconds} s.`,
    r.file ? `Result: ${r.file}` : '',
  ].join('\n');
}

/** Fills in the common fields of a result. */
export async function resultBase(
  scenario: string,
  opts: CommonOptions,
  started: { at: Date; load: MachineLoad },
  versions: { redis: string; nats: string; postgres?: string },
  appEnv: Record<string, string>,
  parameters: Record<string, unknown>,
): Promise<ResultBase> {
  const finished = new Date();
  return {
    scenario,
    label: opts.label ?? null,
    handler: opts.handler,
    startedAt: started.at.toISOString(),
    finishedAt: finished.toISOString(),
    wallSeconds: Math.round((finished.getTime() - started.at.getTime()) / 100) / 10,
    machine: machineInfo(),
    load: { atStart: started.load, atEnd: machineLoad() },
    versions: {
      node: process.version,
      git: gitInfo(),
      ferretdb: ferretdbVersion(),
      docdbHandler: opts.handler,
      redis: versions.redis,
      nats: versions.nats,
      ...(versions.postgres ? { postgres: versions.postgres } : {}),
    },
    appEnv,
    parameters,
  };
}

export const fmtMs = (x: number | null | undefined) => (x === null || x === undefined ? '–' : `${x.toFixed(1)}`);
