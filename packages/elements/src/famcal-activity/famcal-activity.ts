import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { monthOf, monthWindow, occurrenceById, parseOccurrenceId, remainingSeriesDates, type Occurrence } from '@famcal/core';
import { FamcalElement } from '../famcal-element.js';
import { icon, categoryIcon } from '../icons.js';
import { ageLabel, audienceLabel, hoursLabel, languageName, priceLabel, text, type Labels } from '../labels.js';
import { availabilityBadge, mineBadge, statusBadge } from '../parts/occurrence-card.js';
import { isolate, isolateText } from '../bidi.js';
import { myRegistrations } from '../my-registrations.js';
import { list } from '../i18n/list.js';
import { downloadIcs } from '../parts/download-ics.js';
import { activityStyles } from './famcal-activity.styles.js';

/** How many of a series' coming dates the details list. */
const SERIES_SHOWN = 8;

/**
 * Everything about one occurrence: when, where, price (with income tiers), for whom, childcare,
 * languages, places and registration, the organiser — and "add to my calendar".
 *
 * @summary Details of one activity date.
 * @fires famcal-download - Before an .ics file is downloaded; cancelable; `detail.filename`, `detail.ics`.
 * @slot registration - Where a registration form goes (famcal-registration).
 * @csspart activity - The whole details block.
 * @csspart heading - The title.
 * @csspart button - The action buttons.
 * @cssproperty --famcal-color-accent - Links and primary buttons.
 * @cssproperty --famcal-color-on-accent - Text on the accent colour.
 * @cssproperty --famcal-color-text - Body text.
 * @cssproperty --famcal-color-muted - Secondary text.
 * @cssproperty --famcal-color-danger - Cancelled, notes.
 * @cssproperty --famcal-color-success - Places free.
 * @cssproperty --famcal-color-warning - Few places, waiting list.
 * @cssproperty --famcal-color-border - Borders.
 * @cssproperty --famcal-color-background - Background.
 * @cssproperty --famcal-color-surface - Panels.
 * @cssproperty --famcal-color-focus - Focus ring.
 * @cssproperty --famcal-radius - Corner radius.
 * @cssproperty --famcal-space - Base spacing.
 * @cssproperty --famcal-density - Spacing factor.
 * @cssproperty --famcal-font - Font family.
 * @cssproperty --famcal-font-size - Base font size.
 * @cssproperty --famcal-loading-height - Space kept free while the programme loads (default: the screen's height, at most 48rem), so the page below does not jump.
 */
export class FamcalActivity extends FamcalElement {
  static override styles = [...FamcalElement.styles, activityStyles];

  /** The occurrence to show: activity id + local start, e.g. `kookworkshop-noord@2026-12-02T14:00`. */
  @property({ attribute: 'occurrence-id', reflect: true }) occurrenceId?: string;

  /** Heading level of the title (1–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The registration service: with it, the registration form is shown where the activity takes registrations. */
  @property({ attribute: 'registration-endpoint' }) registrationEndpoint?: string;

  /** The date a parent just registered for here: its form offers the .ics (with the cancel link), so these buttons step aside. */
  @state() private registeredHere?: string;

  constructor() {
    super();
    this.addEventListener('famcal-registered', () => { this.registeredHere = this.occurrenceId; });
  }

  override willUpdate(): void {
    if (!this.famcal.provided && this.feed && this.occurrenceId) {
      const month = parseOccurrenceId(this.occurrenceId)?.localStart.slice(0, 7) ?? monthOf(new Date().toISOString());
      this.famcal.useOwnFeed(this.feed, monthWindow(month), this.clock);
    }
  }

  /** The occurrence shown, once the feed is there. */
  get occurrence(): Occurrence | undefined {
    const state = this.famcal.state;
    if (!state?.feed || !this.occurrenceId) return undefined;
    return state.all.find((o) => o.id === this.occurrenceId) ?? occurrenceById(state.feed, this.occurrenceId, { now: this.clock() });
  }

  override render() {
    const blocked = this.renderState(1);
    const labels = this.labels;
    if (blocked || !labels) return blocked;
    const o = this.occurrence;
    if (!o) return html`<p role="status">${labels.m.emptyPeriod}</p>`;
    const { m, format } = labels;
    const { activity } = o;
    const level = Math.min(6, Math.max(1, this.headingLevel));
    const day = format.dateOf(o.start);
    return html`<article part="activity">
      <div role="heading" aria-level=${level} class="heading" part="heading" dir="auto">${text(labels, o.title)}</div>
      <div class="badges">
        ${statusBadge(labels, o, { where: 'details' })}
        ${activity.categories.map((c) => html`<span class="badge muted">${categoryIcon(c)}${m.categories[c]}</span>`)}
      </div>
      ${o.note ? html`<p class="note" dir="auto">${text(labels, o.note)}</p>` : nothing}
      ${o.closure && !o.note ? html`<p class="note">${m.closure(isolateText(text(labels, o.closure.label)))}</p>` : nothing}
      ${o.summary ? html`<p class="summary" dir="auto">${text(labels, o.summary)}</p>` : nothing}
      <dl>
        <div><dt>${icon('calendar')}${m.when}</dt><dd>${format.fullDate(day)}, ${hoursLabel(labels, o)}${this.renderSeries(labels, o)}</dd></div>
        ${o.location ? html`<div><dt>${icon('place')}${m.where}</dt><dd>${this.renderPlace(labels, o)}</dd></div>` : nothing}
        ${activity.price ? html`<div><dt>${icon('euro')}${m.price}</dt><dd>${this.renderPrice(labels, o)}</dd></div>` : nothing}
        ${activity.audience.who.length || activity.audience.childAge
          ? html`<div><dt>${icon('people')}${m.forWhom}</dt><dd>${audienceLabel(labels, activity)}</dd></div>`
          : nothing}
        ${activity.childcare?.provided
          ? html`<div><dt>${icon('childcare')}${m.childcare}</dt><dd>
              ${activity.childcare.childAge ? m.childcareFor(ageLabel(labels, activity.childcare.childAge)) : m.childcare}
              ${activity.childcare.places ? html`<br />${m.childcarePlaces(activity.childcare.places)}` : nothing}
              ${activity.childcare.note ? html`<br />${isolate(text(labels, activity.childcare.note))}` : nothing}
            </dd></div>`
          : nothing}
        ${activity.languages.length
          ? html`<div><dt>${icon('language')}${m.languages}</dt><dd>${list(labels.language, activity.languages.map((l) => languageName(labels.language, l)))}
              ${activity.interpreters.length ? html`<br />${m.interpreters(list(labels.language, activity.interpreters.map((l) => languageName(labels.language, l))))}` : nothing}</dd></div>`
          : nothing}
        ${o.status !== 'cancelled' ? html`<div><dt>${icon('check')}${m.registration}</dt><dd>${this.renderRegistration(labels, o)}</dd></div>` : nothing}
        ${activity.organizer ? html`<div><dt>${icon('people')}${m.organizer}</dt><dd>${this.renderOrganizer(labels, o)}</dd></div>` : nothing}
      </dl>
      ${o.description ? html`<p class="description" dir="auto">${text(labels, o.description)}</p>` : nothing}
      <div class="actions">
        ${activity.registration?.url && o.status !== 'cancelled' && o.availability !== 'past'
          ? html`<a class="button primary" part="button" href=${activity.registration.url} target="_blank" rel="noopener noreferrer">${icon('external')}${m.registerExternal}</a>`
          : nothing}
        <slot name="registration">${this.renderRegistrationForm(o)}</slot>
        ${o.status === 'cancelled' || this.registeredHere === o.id
          ? nothing
          : html`<button part="button" @click=${() => this.download({ occurrence: o.id })}>${icon('download')}${m.addToCalendar}</button>
            ${activity.schedule.rrule || activity.schedule.rdates?.length
              ? html`<button part="button" @click=${() => this.download({ activity: activity.id })}>${icon('calendar')}${m.addAllToCalendar}</button>`
              : nothing}`}
        ${activity.url ? html`<a class="button" part="button" href=${activity.url} target="_blank" rel="noopener noreferrer">${icon('external')}${m.website}</a>` : nothing}
      </div>
    </article>`;
  }

  /** A series' coming dates, this one marked, so a parent sees the whole course or rhythm at once. */
  private renderSeries(labels: Labels, o: Occurrence) {
    const feed = this.famcal.state?.feed;
    const { schedule } = o.activity;
    if (!feed || !(schedule.rrule || schedule.rdates?.length)) return nothing;
    const dates = remainingSeriesDates(feed, o.activity, { now: this.clock(), limit: SERIES_SHOWN + 1 });
    if (dates.length < 2) return nothing;
    const { m, format } = labels;
    return html`<div class="series">${m.nextDates}</div><ul class="series-dates">
      ${dates.slice(0, SERIES_SHOWN).map((d) => html`<li aria-current=${d.id === o.id ? 'date' : nothing}>${format.day(format.dateOf(d.start), 'medium')}, ${hoursLabel(labels, d)}</li>`)}
      ${dates.length > SERIES_SHOWN ? html`<li>…</li>` : nothing}</ul>`;
  }

  private renderRegistrationForm(o: Occurrence) {
    const registration = o.activity.registration;
    const endpoint = registration?.endpoint ?? this.registrationEndpoint;
    if (!registration?.required || registration.url || !endpoint || o.status === 'cancelled') return nothing;
    // The form is its own chunk of the embed: loaded when a parent opens an activity that takes registrations.
    if (!customElements.get('famcal-registration')) void import('../define/famcal-registration.js');
    if (!['open', 'few-places', 'waitlist'].includes(o.availability)) return nothing;
    return html`<famcal-registration lang=${this.language} now=${this.now ?? nothing} occurrence-id=${o.id} endpoint=${endpoint}
      heading-level=${Math.min(6, this.headingLevel + 1)}></famcal-registration>`;
  }

  private renderPlace(labels: Labels, o: Occurrence) {
    const location = o.location!;
    const address = location.address;
    return html`${isolate(text(labels, location.name))}
      ${address ? html`<br />${isolate([address.street, [address.postalCode, address.city].filter(Boolean).join(' ')].filter(Boolean).join(', '))}` : nothing}
      ${location.geo
        ? html`<br /><a href="https://www.openstreetmap.org/?mlat=${location.geo.lat}&mlon=${location.geo.lon}#map=17/${location.geo.lat}/${location.geo.lon}" target="_blank" rel="noopener noreferrer">${labels.m.showOnMap}</a>`
        : nothing}`;
  }

  private renderPrice(labels: Labels, o: Occurrence) {
    const price = o.activity.price!;
    const { m, format } = labels;
    return html`${priceLabel(labels, price)}
      ${price.type === 'tiered'
        ? html`<ul>${price.tiers.map((t) => html`<li>${t.label ? html`${isolate(text(labels, t.label))}: ` : ''}${format.money(t.amount, price.currency)}</li>`)}</ul>${price.note ? nothing : m.tierNoProof}`
        : nothing}
      ${price.type === 'fixed' && price.reduced
        ? price.reduced.map((r) => html`<br />${r.label ? html`${isolate(text(labels, r.label))}: ` : ''}${m.reduced(format.money(r.amount, price.currency))}`)
        : nothing}
      ${price.note ? html`${price.type === 'tiered' ? nothing : html`<br />`}${isolate(text(labels, price.note))}` : nothing}
      ${price.type !== 'free' && price.uitpas ? html`<br /><span class="uitpas">${icon('uitpas')}${m.uitpas(format.money(price.uitpas.amount, price.currency))}</span>` : nothing}`;
  }

  private renderRegistration(labels: Labels, o: Occurrence) {
    const { m, format } = labels;
    const when = (date: Date) => `${format.fullDate(format.dateOf(date))} ${format.time(date)}`;
    const own = mineBadge(labels, myRegistrations().get(o.id), o);
    return html`${own === nothing ? availabilityBadge(labels, o) : own}
      ${o.availability === 'closed' && o.opensAt && o.opensAt > this.clock() ? html`<br />${m.registrationOpens(when(o.opensAt))}` : nothing}
      ${(o.availability === 'open' || o.availability === 'few-places' || o.availability === 'waitlist') && o.closesAt && o.closesAt.getTime() !== o.start.getTime()
        ? html`<br />${m.registrationCloses(when(o.closesAt))}`
        : nothing}
      ${o.activity.registration?.note ? html`<br />${isolate(text(labels, o.activity.registration.note))}` : nothing}`;
  }

  private renderOrganizer(labels: Labels, o: Occurrence) {
    const organizer = o.activity.organizer!;
    const contact = o.activity.contact ?? {};
    const email = contact.email ?? organizer.email;
    const phone = contact.phone ?? organizer.phone;
    return html`${isolate(text(labels, organizer.name))}
      ${email ? html`<br /><a href="mailto:${email}">${email}</a>` : nothing}
      ${phone ? html`<br /><a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>` : nothing}
      ${organizer.url ? html`<br /><a href=${organizer.url} target="_blank" rel="noopener noreferrer">${organizer.url.replace(/^https?:\/\//, '')}</a>` : nothing}`;
  }

  private download(selection: { occurrence: string } | { activity: string }): void {
    const feed = this.famcal.state?.feed;
    if (feed) downloadIcs(this, feed, selection, this.language);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'famcal-activity': FamcalActivity;
  }
}
