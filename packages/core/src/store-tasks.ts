/** How the store spreads its work over tasks beside a page: after a paint, a yield between steps, steps of a generator. */

/** Runs `task` after the browser has painted what is on screen now (in Node: in the next task). */
export function afterPaint(task: () => void): void {
  const frame = (globalThis as { requestAnimationFrame?: (callback: () => void) => number }).requestAnimationFrame;
  if (frame) frame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

/** Resolves in the next task. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Ends the task, letting the page answer input first (scheduler.yield where the browser has it). */
export function yieldTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : nextTask();
}

/** Activities per task when the engine works through a feed beside a page. */
export const STEP = 250;

/** Runs a generator to its end, a task per step; undefined when `moot` says the work is no longer wanted. */
export async function inSteps<T>(steps: Generator<void, T, void>, moot: () => boolean): Promise<T | undefined> {
  let step = steps.next();
  while (!step.done) {
    await yieldTask();
    if (moot()) return undefined;
    step = steps.next();
  }
  return step.value;
}
