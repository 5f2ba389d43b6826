// CPU time of this process (user + system) spent in each run of a task. On a machine shared with other jobs,
// wall-clock ratios move with the load; the CPU time a task takes moves much less, so benches report both.

/** Wraps `task` so each run pushes the milliseconds of CPU it used onto `into`. */
export function cpuTimed(task, into) {
  return () => {
    const start = process.cpuUsage();
    task();
    const used = process.cpuUsage(start);
    into.push((used.user + used.system) / 1000);
  };
}
