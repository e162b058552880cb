import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childrenCpuFromStat, childrenCpuSeconds, childrenEnded } from '../../src/build-tools/process-cpu.ts';

/**
 * A child's code that uses 0.3 s of CPU, however busy the machine is (a wall-clock loop got less
 * than 0.2 s of CPU on a loaded machine).
 */
const BURN =
  'const used = () => { const u = process.cpuUsage(); return u.user + u.system; }; while (used() < 300_000);';

describe('CPU time of finished children', () => {
  it('reads cutime + cstime after a command name with spaces and brackets', () => {
    const stat =
      '4242 (my (odd) name) S 1 4242 4242 0 -1 4194304 99 0 0 0 12 3 250 75 20 0 1 0 318 3133440 380';
    expect(childrenCpuFromStat(stat)).toBe(3.25);
  });

  it('refuses what is not a stat line', () => {
    expect(() => childrenCpuFromStat('not a stat line')).toThrow(/not a \/proc/);
  });

  it.runIf(process.platform === 'linux')('grows by the CPU a child used once it has ended', () => {
    const before = childrenCpuSeconds()!;
    spawnSync(process.execPath, ['-e', BURN]);
    expect(childrenCpuSeconds()! - before).toBeGreaterThanOrEqual(0.2);
  });

  it.runIf(process.platform === 'linux')(
    'counts a child killed without waiting, once it has ended',
    async () => {
      const before = childrenCpuSeconds()!;
      const child = spawn(process.execPath, [
        '-e',
        `${BURN} console.log('burnt'); setTimeout(() => {}, 60_000);`,
      ]);
      await new Promise((done) => child.stdout.once('data', done));
      child.kill(); // as Pagefind's close() does
      await childrenEnded();
      expect(childrenCpuSeconds()! - before).toBeGreaterThanOrEqual(0.2);
    },
  );
});
