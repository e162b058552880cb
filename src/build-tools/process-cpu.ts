/**
 * CPU time of this process's finished children. On two cores the build is bound by the CPU
 * time of its three processes together (Astro, indexing, Pagefind's binary), not by any one's
 * wall time, so the build's log and the bench report it. Linux only (/proc); elsewhere undefined.
 */
import { existsSync, readFileSync } from 'node:fs';

/** /proc reports times in USER_HZ, 100 per second on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * The fields of a /proc/<pid>/stat line after the command name, which is in brackets and may
 * hold spaces and brackets: the first is field 3 (state), so field n (proc(5)) is at n − 3.
 */
export const statFields = (stat: string): string[] => stat.slice(stat.lastIndexOf(')') + 2).split(' ');

/**
 * Seconds of CPU (user + system) of the children that have ended and been waited for, with
 * theirs, from the text of /proc/<pid>/stat: fields 16 and 17 (cutime, cstime).
 */
export function childrenCpuFromStat(stat: string): number {
  const fields = statFields(stat);
  const cutime = Number(fields[16 - 3]);
  const cstime = Number(fields[17 - 3]);
  if (!Number.isInteger(cutime) || !Number.isInteger(cstime))
    throw new Error(`not a /proc/<pid>/stat line: ${stat.slice(0, 80)}`);
  return (cutime + cstime) / TICKS_PER_SECOND;
}

/** childrenCpuFromStat of this process, or undefined where there is no /proc. */
export function childrenCpuSeconds(): number | undefined {
  try {
    return childrenCpuFromStat(readFileSync('/proc/self/stat', 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** This process's own CPU seconds (user + system). */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * Resolves once every child of this process has ended and been waited for, so that its CPU time
 * is counted: Pagefind's close() kills its binary without waiting. At once where there is no /proc.
 */
export async function childrenEnded(timeoutMs = 5_000): Promise<void> {
  const file = `/proc/self/task/${process.pid}/children`;
  const until = performance.now() + timeoutMs;
  while (existsSync(file) && readFileSync(file, 'utf8').trim() && performance.now() < until)
    await new Promise((done) => setTimeout(done, 10));
}
