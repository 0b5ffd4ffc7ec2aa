/** How fast each subscription should run, from what the user sees and how the page copes. */
export interface ThrottleInputs {
  /** The speed the user chose (ms between updates of one symbol). */
  speedMs: number;
  /** The plan's minimum, from `hello`. */
  minThrottleMs: number;
  /** The row is on screen. */
  inView: boolean;
  /** The tab is hidden. */
  hidden: boolean;
  /** 0 when frames are on time; each level doubles the throttle. */
  degradation: number;
}

export const OUT_OF_VIEW_THROTTLE_MS = 2_000;
export const HIDDEN_THROTTLE_MS = 5_000;
export const MAX_THROTTLE_MS = 60_000;

export function plannedThrottle(inputs: ThrottleInputs): number {
  let throttle = Math.max(inputs.speedMs, inputs.minThrottleMs) * 2 ** inputs.degradation;
  if (!inputs.inView) throttle = Math.max(throttle, OUT_OF_VIEW_THROTTLE_MS);
  if (inputs.hidden) throttle = Math.max(throttle, HIDDEN_THROTTLE_MS);
  return Math.min(throttle, MAX_THROTTLE_MS);
}
