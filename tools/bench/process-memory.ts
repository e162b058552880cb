/**
 * Peak resident memory of a process tree, sampled from /proc (Linux). Pagefind runs as its
 * own binary under the Astro build, so the peaks are kept per group: node vs pagefind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { statFields } from '../../src/build-tools/process-cpu.ts';

interface ProcInfo {
  pid: number;
  ppid: number;
  comm: string;
  rssBytes: number;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = statFields(stat);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { pid, ppid: Number(fields[4 - 3]), comm, rssBytes: rssKb * 1024 };
  } catch {
    return undefined;
  }
}

function tree(root: number): ProcInfo[] {
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is ProcInfo => p !== undefined);
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (!inTree.has(p.pid) && inTree.has(p.ppid)) {
        inTree.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => inTree.has(p.pid));
}

export interface MemoryPeaks {
  /** Largest sum of RSS over the other processes (the Astro build on node). */
  nodeBytes: number;
  /** Largest sum of RSS over the Pagefind binaries. */
  pagefindBytes: number;
  /** Largest sum over the whole tree at one instant. */
  totalBytes: number;
}

/** Samples the tree under `pid` every `intervalMs` until stop() is called. */
export function watchMemory(pid: number, intervalMs = 100): { stop(): MemoryPeaks } {
  const peaks: MemoryPeaks = { nodeBytes: 0, pagefindBytes: 0, totalBytes: 0 };
  const sample = () => {
    let node = 0;
    let pagefind = 0;
    let total = 0;
    for (const p of tree(pid)) {
      total += p.rssBytes;
      // Everything that is not Pagefind is the Astro build (node; Astro renames its process).
      if (p.comm.startsWith('pagefind')) pagefind += p.rssBytes;
      else node += p.rssBytes;
    }
    peaks.nodeBytes = Math.max(peaks.nodeBytes, node);
    peaks.pagefindBytes = Math.max(peaks.pagefindBytes, pagefind);
    peaks.totalBytes = Math.max(peaks.totalBytes, total);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      return peaks;
    },
  };
}
