/** One occurrence as a parent sees it in a list: time, title, place, price, childcare, places — icons beside words. */
import { html, nothing, css, type TemplateResult } from 'lit';
import { isMovedAway, type Occurrence } from '@famcal/core';
import { icon, categoryIcon } from '../icons.js';
import { hoursLabel, priceLabel, text, type Labels } from '../labels.js';
import { isolate, isolateText } from '../bidi.js';
import type { MyRegistration } from '../my-registrations.js';

const AVAILABILITY_TONE = {
  'no-registration': 'muted',
  open: 'success',
  'few-places': 'warning',
  waitlist: 'warning',
  full: 'danger',
  closed: 'muted',
  past: 'muted',
} as const;

export function availabilityBadge(labels: Labels, o: Occurrence): TemplateResult {
  const { m } = labels;
  const word = m.availability[o.availability];
  const places = o.placesLeft !== undefined && (o.availability === 'open' || o.availability === 'few-places') ? ` · ${m.placesLeft(o.placesLeft)}` : '';
  const name = o.availability === 'full' ? 'full' : o.availability === 'waitlist' ? 'waitlist' : o.availability === 'past' || o.availability === 'closed' ? 'clock' : 'check';
  return html`<span class="badge ${AVAILABILITY_TONE[o.availability]}" part="availability">${icon(name)}${word}${places}</span>`;
}

/** "Moved to do 17 december": where a moved date went, in the page's language. */
export function movedToText(labels: Labels, to: Date): string {
  return labels.m.movedTo(labels.format.day(labels.format.dateOf(to), 'medium'));
}

/**
 * The words of a date's state: the holiday it falls in, cancelled, moved, or — on a moved date's old day,
 * and in the details of a moved date — where it went. Empty when it takes place as scheduled.
 */
export function statusText(labels: Labels, o: Occurrence, where: 'card' | 'details' = 'card'): string {
  if (o.status === 'scheduled') return '';
  // A school holiday is not a cancellation: say which holiday it is.
  if (o.closure) return labels.m.closure(isolateText(text(labels, o.closure.label)));
  if (o.status === 'cancelled') return labels.m.cancelled;
  if (isMovedAway(o)) return movedToText(labels, o.movedTo);
  return where === 'details' ? movedToText(labels, o.start) : labels.m.moved;
}

/**
 * The state's badge. `hidden` on a card: the card's button already says the state in its name, and a
 * screen reader should hear it once, not twice.
 */
export function statusBadge(labels: Labels, o: Occurrence, { hidden = false, where = 'card' }: { hidden?: boolean; where?: 'card' | 'details' } = {}): TemplateResult | typeof nothing {
  const words = statusText(labels, o, where);
  if (!words) return nothing;
  const [tone, name] = o.closure ? (['muted', 'calendar'] as const) : o.status === 'cancelled' ? (['danger', 'cancelled'] as const) : (['warning', 'moved'] as const);
  return html`<span class="badge ${tone}" part="status" aria-hidden=${hidden ? 'true' : nothing}>${icon(name)}${words}</span>`;
}

/** The parent's own registration for this date, remembered on the device, with the link to cancel it. */
export function mineBadge(labels: Labels, mine: MyRegistration | undefined, o: Occurrence): TemplateResult | typeof nothing {
  if (!mine || mine.status === 'cancelled' || o.availability === 'past') return nothing;
  const { m } = labels;
  return html`<span class="badge ${mine.status === 'confirmed' ? 'success' : 'warning'}" part="mine">${icon(mine.status === 'confirmed' ? 'check' : 'waitlist')}${mine.status === 'confirmed' ? m.mine.registered : m.mine.waitlisted(mine.position ?? 1)}</span>
    ${/^https?:\/\//.test(mine.cancelUrl) ? html`<a class="fact" href=${mine.cancelUrl} target="_blank" rel="noopener noreferrer">${m.mine.cancel}<span class="visually-hidden">: ${isolate(text(labels, o.title))}</span></a>` : nothing}`;
}

/**
 * One occurrence's card. Without `onSelect` (a page rendered on a server, read without script) the time and
 * title are plain text, laid out as the button that opens the details would be.
 */
export function occurrenceCard(labels: Labels, o: Occurrence, onSelect: ((id: string, event: Event) => void) | undefined, mine?: MyRegistration): TemplateResult {
  const { activity } = o;
  const price = priceLabel(labels, activity.price);
  const free = activity.price?.type === 'free' || activity.price?.type === 'contribution';
  // Said once, in the button's name; the badge beside it is for the eye only.
  const status = statusText(labels, o);
  // A moved date's old day: where it went, and nothing to register for here.
  const movedAway = isMovedAway(o);
  // The parent's own registration says what is true for them; places left are for the others.
  const own = movedAway ? nothing : mineBadge(labels, mine, o);
  const heading = html`<span class="time">${hoursLabel(labels, o)}</span>
      <span class="title" dir="auto">${text(labels, o.title)}</span>
      ${status ? html`<span class="visually-hidden">(${status})</span>` : nothing}`;
  return html`<article class="card" part="occurrence" data-status=${o.status} data-availability=${o.availability} data-id=${o.id} data-moved-to=${movedAway ? labels.format.dateOf(o.movedTo) : nothing}>
    ${onSelect
      ? html`<button class="open" part="occurrence-button" aria-haspopup="dialog" @click=${(e: Event) => onSelect(o.id, e)}>${heading}</button>`
      : html`<div class="open" part="occurrence-button">${heading}</div>`}
    <div class="meta">
      ${statusBadge(labels, o, { hidden: true })}
      ${o.location ? html`<span class="fact">${icon('place')}${isolate(text(labels, o.location.name))}</span>` : nothing}
      ${activity.organizer && labels.feed.organizers.length > 1 ? html`<span class="fact">${icon('people')}${isolate(text(labels, activity.organizer.name))}</span>` : nothing}
      ${price ? html`<span class="fact">${icon(free ? 'free' : 'euro')}${price}</span>` : nothing}
      ${activity.price && 'uitpas' in activity.price && activity.price.uitpas ? html`<span class="fact">${icon('uitpas')}UiTPAS</span>` : nothing}
      ${activity.childcare?.provided ? html`<span class="fact">${icon('childcare')}${labels.m.childcare}</span>` : nothing}
      ${activity.categories[0] ? html`<span class="fact">${categoryIcon(activity.categories[0])}${labels.m.categories[activity.categories[0]]}</span>` : nothing}
      ${o.status === 'cancelled' || movedAway || own !== nothing ? nothing : availabilityBadge(labels, o)}
      ${own}
    </div>
    ${o.note ? html`<p class="note" dir="auto">${text(labels, o.note)}</p>` : nothing}
  </article>`;
}

export const cardStyles = css`
  .card {
    padding: calc(0.75em * var(--_density));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    display: grid;
    gap: 0.35em;
  }
  .card[data-status='cancelled'] .title,
  .card[data-moved-to] .title {
    text-decoration: line-through;
  }
  .open {
    /* The same box as a button or as the plain text of a server-rendered page. */
    box-sizing: border-box;
    min-height: var(--_target);
    align-items: center;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-start;
    gap: 0.15em 0.75em;
    width: 100%;
    padding: 0.25em;
    border: none;
    background: none;
    text-align: start;
  }
  .open:hover .title {
    text-decoration: underline;
  }
  .time {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    font-weight: 600;
  }
  .title {
    font-weight: 700;
    font-size: 1.05em;
    color: var(--_accent);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    align-items: center;
    color: var(--_muted);
    padding-inline: 0.25em;
  }
  .fact {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
  }
  @media print {
    /* A programme on paper: "past" means nothing there. */
    .card[data-availability='past'] [part='availability'] {
      display: none;
    }
  }
  .note {
    margin: 0;
    padding-inline: 0.25em;
    color: var(--_danger);
  }
`;
