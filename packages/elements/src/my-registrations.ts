/**
 * The parent's own registrations, remembered on this device (localStorage) so a returning parent sees
 * "ingeschreven" or "op de wachtlijst (plaats 3)" and a cancel link on the card. Only what that needs is
 * kept — dates, status and the cancel link — never a name or a contact.
 */
import type { RegistrationResult, RegistrationStatus } from '@famcal/core';

export interface MyRegistration {
  /** Every date the registration holds (one, or each date of a course). */
  readonly occurrenceIds: readonly string[];
  readonly status: 'confirmed' | 'waitlisted' | 'cancelled';
  readonly position?: number;
  readonly cancelToken: string;
  readonly cancelUrl: string;
  /** The registration service it was made with (to ask for its status again). */
  readonly endpoint: string;
  /** When it was saved (ms), so old entries can go. */
  readonly savedAt: number;
}

const KEY = 'famcal:my-registrations';
/** Fired on window when the list changes, so every widget on the page shows it. */
export const MY_REGISTRATIONS_EVENT = 'famcal-my-registrations';
const KEEP_MS = 400 * 86_400_000;

function read(): MyRegistration[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? (value as MyRegistration[]).filter((r) => r && Array.isArray(r.occurrenceIds) && typeof r.cancelToken === 'string') : [];
  } catch {
    return [];
  }
}

function write(list: readonly MyRegistration[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(list.filter((r) => Date.now() - r.savedAt < KEEP_MS).slice(-100)));
  } catch {
    // Private mode or full storage: the registration itself is made; only this reminder of it is lost.
  }
  window.dispatchEvent(new Event(MY_REGISTRATIONS_EVENT));
}

/** The remembered registration per occurrence id (active ones win over cancelled ones). */
export function myRegistrations(): Map<string, MyRegistration> {
  const byDate = new Map<string, MyRegistration>();
  for (const registration of read()) {
    for (const id of registration.occurrenceIds) {
      const known = byDate.get(id);
      if (!known || known.status === 'cancelled') byDate.set(id, registration);
    }
  }
  return byDate;
}

export function rememberRegistration(result: RegistrationResult, endpoint: string): void {
  const entry: MyRegistration = {
    occurrenceIds: result.dates ?? [result.occurrenceId],
    status: result.status,
    ...(result.position !== undefined ? { position: result.position } : {}),
    cancelToken: result.cancelToken,
    cancelUrl: result.cancelUrl,
    endpoint,
    savedAt: Date.now(),
  };
  write([...read().filter((r) => r.cancelToken !== result.cancelToken), entry]);
}

function applyStatus(token: string, status: RegistrationStatus): void {
  write(read().map((r) => (r.cancelToken === token ? { ...r, status: status.status, ...(status.position !== undefined ? { position: status.position } : { position: undefined }) } : r)));
}

/** Asks the service where each remembered, still active registration stands now (a cancel, a promotion, a new place in line). */
export async function refreshMyRegistrations(): Promise<void> {
  const active = read().filter((r) => r.status !== 'cancelled');
  if (!active.length) return;
  // The registration client (and the service's response schemas) load only for a parent who has registered.
  const { RegistrationClient } = await import('./registration-client.js');
  await Promise.all(
    active.map(async (r) => {
      const status = await new RegistrationClient({ endpoint: r.endpoint, retries: 0 }).status(r.cancelToken);
      if (status && (status.status !== r.status || status.position !== r.position)) applyStatus(r.cancelToken, status);
    }),
  );
}
