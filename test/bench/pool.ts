// Runs `count` jobs with at most `concurrency` at once, each worker taking the next index when it is
// done with one. Stops handing out jobs once `deadline` (a Date.now() value) has passed.

export async function runPool(
  count: number,
  concurrency: number,
  job: (index: number) => Promise<void>,
  deadline = Number.POSITIVE_INFINITY,
): Promise<number> {
  let next = 0;
  let started = 0;
  const worker = async () => {
    while (next < count && Date.now() < deadline) {
      const index = next++;
      started++;
      await job(index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
  return started;
}
