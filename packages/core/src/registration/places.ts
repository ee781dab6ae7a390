import type { Activity } from '../feed/types.js';

/** The places a registration takes, as the activity's capacity counts them: persons, children or one family. */
export function placesFor(activity: Activity, request: { adults: number; children: number }): number {
  switch (activity.capacity?.unit ?? 'person') {
    case 'child':
      return Math.max(1, request.children);
    case 'family':
      return 1;
    default:
      return request.adults + request.children;
  }
}
