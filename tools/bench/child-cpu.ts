/** CPU seconds of the child processes that end while a piece of work runs (src/build-tools/process-cpu.ts). */
import { childrenCpuSeconds } from '../../src/build-tools/process-cpu.ts';

/** CPU seconds (user + system) of the children that end, and are waited for, while `run` runs. */
export async function cpuOf<T>(run: () => Promise<T>): Promise<{ result: T; cpu: number }> {
  const before = childrenCpuSeconds() ?? NaN;
  const result = await run();
  return { result, cpu: (childrenCpuSeconds() ?? NaN) - before };
}
