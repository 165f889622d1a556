import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { round } from './stats.js';

let ticks = 0;
/** Clock ticks per second of /proc/<pid>/stat times (100 on Linux almost always). */
function clockTicks(): number {
  if (!ticks) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** CPU seconds (user + system) a process has used so far, or null when it is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return null;
  }
}

/** Resident memory in KiB (VmRSS), or null when the process is gone. */
export function rssKiB(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** The soft and hard open-file limits of a process (/proc/<pid>/limits). */
export function openFileLimit(pid: number | 'self'): { soft: number; hard: number } | null {
  try {
    const m = /^Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'));
    if (!m) return null;
    const n = (v: string) => (v === 'unlimited' ? Infinity : Number(v));
    return { soft: n(m[1]), hard: n(m[2]) };
  } catch {
    return null;
  }
}

export interface ProcessUsage {
  /** CPU seconds used during the window (user + system), summed over the group's processes. */
  cpuSeconds: number;
  /** Highest sampled resident memory of the group during the window, MiB. */
  peakRssMiB: number;
  /** Resident memory at the end of the window, MiB. */
  endRssMiB: number;
}

/** A named group of processes (one app, or the load generator and its helpers). Pids may change: the function is asked again. */
export type ProcessGroups = () => Record<string, number[]>;

/**
 * Measures CPU and memory of process groups over a window: CPU from /proc/<pid>/stat at the
 * start and end, memory sampled every 250 ms from /proc/<pid>/status (peak) and at the end.
 * A process that appears during the window counts with all its CPU.
 */
export class ProcessWindow {
  private readonly startCpu = new Map<number, number>();
  private readonly peak = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly groups: ProcessGroups) {}

  start(): void {
    for (const pids of Object.values(this.groups()))
      for (const pid of pids) {
        const c = cpuSeconds(pid);
        if (c !== null) this.startCpu.set(pid, c);
      }
    this.sample();
    this.timer = setInterval(() => this.sample(), 250);
    this.timer.unref();
  }

  private sample(): void {
    for (const [name, pids] of Object.entries(this.groups())) {
      let total = 0;
      for (const pid of pids) total += rssKiB(pid) ?? 0;
      this.peak.set(name, Math.max(this.peak.get(name) ?? 0, total));
    }
  }

  stop(): Record<string, ProcessUsage> {
    clearInterval(this.timer);
    this.sample();
    const out: Record<string, ProcessUsage> = {};
    for (const [name, pids] of Object.entries(this.groups())) {
      let cpu = 0;
      let rss = 0;
      for (const pid of pids) {
        const now = cpuSeconds(pid);
        if (now !== null) cpu += now - (this.startCpu.get(pid) ?? 0);
        rss += rssKiB(pid) ?? 0;
      }
      out[name] = { cpuSeconds: round(cpu, 2), peakRssMiB: round((this.peak.get(name) ?? 0) / 1024), endRssMiB: round(rss / 1024) };
    }
    return out;
  }
}
