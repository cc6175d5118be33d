import { readFileSync } from 'node:fs';

/** What Linux says about a process: its resident set now and the CPU it has used so far. */
export interface ProcSample {
  readonly rssMb: number;
  readonly cpuSeconds: number;
}

/** The clock ticks per second of /proc/<pid>/stat's CPU fields (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export function sampleProcess(pid: number): ProcSample {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return { rssMb: Math.round(Number(status?.[1] ?? 0) / 1024), cpuSeconds: ticks / TICKS_PER_SECOND };
}

/** The resident set of a process's children together (the chart process, when one is running), in MB. */
export function childrenRssMb(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean);
  return children.reduce((sum, child) => sum + sampleProcess(Number(child)).rssMb, 0);
}

/** The machine's load average (1, 5, 15 minutes), as /proc/loadavg gives it. */
export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
