import type { RegistrationResult } from '@famcal/core';

/** Fired when the registration service confirmed or waitlisted a registration. */
export type FamcalRegisteredEvent = CustomEvent<{ result: RegistrationResult }>;

export function registeredEvent(result: RegistrationResult): FamcalRegisteredEvent {
  return new CustomEvent('famcal-registered', { detail: { result }, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'famcal-registered': FamcalRegisteredEvent;
  }
}
