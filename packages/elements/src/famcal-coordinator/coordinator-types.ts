/** What the coordinator API answers, as the coordinator page reads it: dates, registrations, outbox mails. */
/** A date as the coordinator API lists it. */
export interface CoordinatorDate {
  readonly occurrenceId: string;
  readonly title: string;
  readonly location?: string;
  readonly organizer?: string;
  /** Local start in the feed's zone, `YYYY-MM-DDTHH:mm` (a whole day's `YYYY-MM-DD`). */
  readonly start: string;
  /** A whole-day date: shown without hours. */
  readonly wholeDay?: true;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly timezone: string;
  readonly status: 'scheduled' | 'cancelled' | 'moved';
  /** Places confirmed through this service. */
  readonly confirmed: number;
  /** Every place taken: confirmed here plus `elsewhere` (what the parents' widget counts). */
  readonly taken?: number;
  /** Places the feed says were taken elsewhere (by phone, at the desk). */
  readonly elsewhere?: number;
  readonly waitlisted: number;
  readonly capacity?: number;
  readonly series?: boolean;
}

/** A registration as the coordinator API lists it. */
export interface CoordinatorRegistration {
  readonly id: string;
  readonly seq: number;
  readonly status: 'confirmed' | 'waitlisted' | 'cancelled';
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly adults: number;
  readonly children: number;
  readonly childcare: number;
  readonly tier: string | null;
  readonly remarks: string | null;
  readonly places: number;
}

/** A mail of the outbox. */
export interface OutboxMail {
  readonly id: string;
  readonly kind: string;
  readonly recipient: string;
  readonly subject: string;
  readonly status: 'pending' | 'sending' | 'sent' | 'failed';
  readonly attempts: number;
  readonly created_at: number;
  readonly last_error: string | null;
}
