import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  RegistrationClient, countsFrom, monthWindow, newIdempotencyKey, occurrenceById, parseOccurrenceId, remainingSeriesDates, requestFieldErrors,
  type Occurrence, type RegisterOutcome, type RegistrationRequest,
} from '@famcal/core';
import { FamcalElement } from '../famcal-element.js';
import { icon } from '../icons.js';
import { text } from '../labels.js';
import { isolate, isolateText } from '../bidi.js';
import { registerWords, type RegisterMessages } from '../i18n/register.js';
import { downloadIcs } from '../parts/download-ics.js';
import { registeredEvent } from '../events/famcal-registered.js';
import { registrationStyles } from './famcal-registration.styles.js';
import { rememberRegistration } from '../my-registrations.js';

type FieldName = keyof ReturnType<typeof emptyForm>;

function emptyForm() {
  return { name: '', email: '', phone: '', adults: '1', children: '0', childAges: '', childcare: false, tier: '', remarks: '', consent: false };
}

/**
 * The registration form: name, e-mail or phone, how many come, childcare, the self-declared rate,
 * remarks and consent — nothing more. Errors are announced and tied to their fields; what was typed
 * stays after a network failure, and a retry can never register twice.
 *
 * @summary Register for one activity date.
 * @fires famcal-registered - The service confirmed or waitlisted; `detail.result`.
 * @fires famcal-download - Before the .ics of the date is downloaded; cancelable.
 * @csspart form - The form.
 * @csspart result - The answer (confirmed, waiting list, full, closed, no connection).
 * @csspart button - Buttons.
 * @cssproperty --famcal-color-accent - Primary button, checkboxes.
 * @cssproperty --famcal-color-on-accent - Text on the accent colour.
 * @cssproperty --famcal-color-text - Body text.
 * @cssproperty --famcal-color-muted - Hints.
 * @cssproperty --famcal-color-background - Inputs.
 * @cssproperty --famcal-color-surface - Form background.
 * @cssproperty --famcal-color-border - Borders.
 * @cssproperty --famcal-color-danger - Errors.
 * @cssproperty --famcal-color-success - Confirmed.
 * @cssproperty --famcal-color-warning - Waiting list.
 * @cssproperty --famcal-color-focus - Focus ring.
 * @cssproperty --famcal-radius - Corner radius.
 * @cssproperty --famcal-space - Base spacing.
 * @cssproperty --famcal-density - Spacing factor.
 * @cssproperty --famcal-font - Font family.
 * @cssproperty --famcal-font-size - Base font size.
 * @cssproperty --famcal-loading-height - Space kept free while the programme loads (default: the screen's height, at most 48rem), so the page below does not jump.
 */
export class FamcalRegistration extends FamcalElement {
  static override styles = [...FamcalElement.styles, registrationStyles];

  /** The occurrence to register for: activity id + local start. */
  @property({ attribute: 'occurrence-id', reflect: true }) occurrenceId?: string;

  /** Base URL of the registration service. */
  @property() endpoint?: string;

  /** Heading level of the form's title (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private form = emptyForm();
  @state() private errors: Partial<Record<FieldName, string>> = {};
  @state() private busy = false;
  /** The service's last answer; the form sets it (previews can too). */
  @property({ attribute: false }) outcome?: RegisterOutcome;

  /** One key per request body: a retry of the same body reuses it, an edited form gets a new one. */
  private key?: { body: string; value: string };
  private focusAfterRender?: string;

  override willUpdate(): void {
    if (!this.famcal.provided && this.feed && this.occurrenceId) {
      const month = parseOccurrenceId(this.occurrenceId)?.localStart.slice(0, 7);
      if (month) this.famcal.useOwnFeed(this.feed, monthWindow(month), this.clock);
    }
  }

  override updated(): void {
    if (this.focusAfterRender) {
      this.shadowRoot?.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  private get occurrence(): Occurrence | undefined {
    const state = this.famcal.state;
    if (!state?.feed || !this.occurrenceId) return undefined;
    return state.all.find((o) => o.id === this.occurrenceId) ?? occurrenceById(state.feed, this.occurrenceId, { now: this.clock() });
  }

  /** The form's words in the element's language; undefined while they load (Dutch comes with the form). */
  private get words(): RegisterMessages | undefined {
    const words = registerWords.get(this.language);
    if (!words) void registerWords.load(this.language).then(() => this.requestUpdate());
    return words;
  }

  override render() {
    const labels = this.labels;
    const o = this.occurrence;
    const m = this.words;
    if (!labels || !o || !m) return nothing;
    const level = Math.min(6, Math.max(2, this.headingLevel));
    // A network error, invalid fields or a rate limit keep the form with what was typed; the rest is an answer.
    if (this.outcome && !['network-error', 'invalid', 'rate-limited'].includes(this.outcome.kind)) return this.renderResult(this.outcome);
    const { activity } = o;
    // In the order of the form, so the summary reads top to bottom like the fields.
    const order = Object.keys(emptyForm()) as FieldName[];
    const errorList = (Object.entries(this.errors) as Array<[FieldName, string]>).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
    const price = activity.price;
    return html`<form part="form" novalidate @submit=${this.onSubmit} aria-labelledby="reg-title">
      <div role="heading" aria-level=${level} class="heading" id="reg-title">${m.title}</div>
      ${this.outcome?.kind === 'network-error' ? html`<p class="error" role="alert" id="reg-status" tabindex="-1">${m.network}</p>` : nothing}
      ${this.outcome?.kind === 'rate-limited'
        ? html`<p class="error" role="alert" id="reg-status" tabindex="-1">${m.rateLimitedFor(Math.max(1, Math.ceil((this.outcome.retryAfter ?? 60) / 60)))}</p>`
        : nothing}
      ${errorList.length
        ? html`<div class="summary" role="alert" id="reg-summary" tabindex="-1">
            <p class="error">${m.errorsTitle}</p>
            <ul>${errorList.map(([field, message]) => html`<li><a href="#reg-${field}" @click=${(e: Event) => this.focusField(e, field)}>${message}</a></li>`)}</ul>
          </div>`
        : nothing}
      ${this.input('name', m.name, 'text', 'name')}
      <fieldset>
        <legend>${m.contact}</legend>
        <div class="row">${this.input('email', m.email, 'email', 'email')} ${this.input('phone', m.phone, 'tel', 'tel')}</div>
      </fieldset>
      <div class="row">${this.input('adults', m.adults, 'number')} ${this.input('children', m.children, 'number')}</div>
      ${this.input('childAges', m.childAges, 'text', 'off', m.childAgesHint)}
      ${activity.childcare?.provided ? this.checkbox('childcare', m.childcare) : nothing}
      ${price?.type === 'tiered'
        ? html`<fieldset aria-describedby="reg-tier-hint ${this.errors.tier ? 'reg-tier-error' : ''}">
            <legend id="reg-tier">${m.tier}</legend>
            <p class="hint" id="reg-tier-hint">${m.tierHint}</p>
            ${price.tiers.map(
              (tier) => html`<label class="check"><input type="radio" name="tier" value=${tier.id} .checked=${this.form.tier === tier.id}
                aria-invalid=${this.errors.tier ? 'true' : 'false'} @change=${() => this.set('tier', tier.id)} />
                ${tier.label ? html`${isolate(text(labels, tier.label))}: ` : ''}${labels.format.money(tier.amount, price.currency)}</label>`,
            )}
            ${this.errors.tier ? html`<p class="error" id="reg-tier-error">${this.errors.tier}</p>` : nothing}
          </fieldset>`
        : nothing}
      <div class="field">
        <label for="reg-remarks">${m.remarks}</label>
        <textarea id="reg-remarks" maxlength="1000" .value=${this.form.remarks} @input=${(e: Event) => this.set('remarks', (e.target as HTMLTextAreaElement).value)}
          aria-invalid=${this.errors.remarks ? 'true' : 'false'} aria-describedby=${this.errors.remarks ? 'reg-remarks-error' : nothing}></textarea>
        ${this.errors.remarks ? html`<p class="error" id="reg-remarks-error">${this.errors.remarks}</p>` : nothing}
      </div>
      ${this.checkbox('consent', m.consent(activity.organizer ? isolateText(text(labels, activity.organizer.name)) : m.theOrganizer))}
      ${this.renderSeries()}
      <div class="actions">
        <button class="primary" part="button" type="submit" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>
          ${icon(o.availability === 'waitlist' ? 'waitlist' : 'check')}${this.busy ? m.submitting : o.availability === 'waitlist' ? m.submitWaitlist : m.submit}
        </button>
      </div>
    </form>`;
  }

  /** For a course: which dates one registration holds ("all 4 dates, 3 Dec – 24 Dec"). */
  private renderSeries() {
    const labels = this.labels!;
    const o = this.occurrence!;
    const feed = this.famcal.state?.feed;
    if (o.activity.registration?.scope !== 'series' || !feed) return nothing;
    const dates = remainingSeriesDates(feed, o.activity, { now: this.clock() });
    if (dates.length < 2) return nothing;
    const day = (d: Occurrence) => labels.format.day(labels.format.dateOf(d.start), 'short');
    return html`<p class="series" id="reg-series">${icon('calendar')} ${this.words!.series(dates.length, day(dates[0]!), day(dates[dates.length - 1]!))}</p>`;
  }

  private input(field: FieldName, label: string, type: string, autocomplete = 'off', hint?: string) {
    const error = this.errors[field];
    const describedBy = [hint ? `reg-${field}-hint` : '', error ? `reg-${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for="reg-${field}">${label}</label>
      ${hint ? html`<p class="hint" id="reg-${field}-hint">${hint}</p>` : nothing}
      <input id="reg-${field}" type=${type} autocomplete=${autocomplete} inputmode=${type === 'number' ? 'numeric' : nothing}
        min=${type === 'number' ? 0 : nothing} max=${field === 'adults' ? 10 : field === 'children' ? 15 : nothing}
        .value=${String(this.form[field])} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
        ?required=${field === 'name'} @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)} />
      ${error ? html`<p class="error" id="reg-${field}-error">${error}</p>` : nothing}
    </div>`;
  }

  private checkbox(field: 'childcare' | 'consent', label: string) {
    const error = this.errors[field];
    return html`<div class="field">
      <label class="check"><input id="reg-${field}" type="checkbox" .checked=${this.form[field]} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `reg-${field}-error` : nothing} @change=${(e: Event) => this.set(field, (e.target as HTMLInputElement).checked)} />${label}</label>
      ${error ? html`<p class="error" id="reg-${field}-error">${error}</p>` : nothing}
    </div>`;
  }

  private renderResult(outcome: RegisterOutcome) {
    const labels = this.labels!;
    const m = this.words!;
    const feed = labels.feed;
    const result = outcome.kind === 'confirmed' || outcome.kind === 'waitlisted' ? outcome.result : undefined;
    const message =
      outcome.kind === 'confirmed' ? m.confirmed(outcome.result.places) : outcome.kind === 'waitlisted' ? m.waitlisted(outcome.position) : outcome.kind === 'full' ? m.full : outcome.kind === 'rate-limited' ? m.rateLimited : outcome.kind === 'refused-origin' ? m.refusedOrigin : outcome.kind === 'closed' && outcome.reason === 'cancelled' ? m.dateCancelled : m.closed;
    const series = result?.dates && result.dates.length > 1;
    const selection = series ? { activity: parseOccurrenceId(this.occurrenceId!)!.activityId } : { occurrence: this.occurrenceId! };
    return html`<div class="result" part="result" data-kind=${outcome.kind} role="status" tabindex="-1" id="reg-status">
      <p>${icon(outcome.kind === 'confirmed' ? 'check' : outcome.kind === 'waitlisted' ? 'waitlist' : 'full')} ${message}</p>
      ${series ? html`<p>${m.seriesDone(result.dates!.length)}</p>` : nothing}
      ${result && result.mailed === false ? html`<p class="no-mail">${m.noMail}</p>` : nothing}
      ${result ? html`<p><a href=${safeUrl(result.cancelUrl)} target="_blank" rel="noopener noreferrer">${m.cancelLink}</a></p>` : nothing}
      <div class="actions">
        ${outcome.kind === 'confirmed'
          ? html`<button part="button" @click=${() => downloadIcs(this, feed, selection, this.language, `${m.cancelLink}: ${result!.cancelUrl}`)}>${icon('download')}${labels.m.addToCalendar}</button>`
          : nothing}
        ${result ? html`<button part="button" @click=${this.reset}>${m.again}</button>` : nothing}
      </div>
    </div>`;
  }

  private set(field: FieldName, value: string | boolean): void {
    this.form = { ...this.form, [field]: value };
  }

  private focusField(event: Event, field: FieldName): void {
    event.preventDefault();
    this.shadowRoot?.querySelector<HTMLElement>(field === 'tier' ? 'input[name=tier]' : `#reg-${field}`)?.focus();
  }

  private reset(): void {
    this.form = emptyForm();
    this.outcome = undefined;
    this.errors = {};
    this.key = undefined;
    this.focusAfterRender = '#reg-name';
  }

  /** The request as the contract wants it, from what was typed. */
  private request(): Record<string, unknown> {
    const f = this.form;
    const ages = f.childAges.trim() ? f.childAges.split(/[,;\s]+/).filter(Boolean).map((a) => (/^\d{1,2}$/.test(a) ? Number(a) : NaN)) : undefined;
    return {
      occurrenceId: this.occurrenceId,
      name: f.name.trim(),
      ...(f.email.trim() ? { email: f.email.trim() } : {}),
      ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
      adults: f.adults === '' ? NaN : Number(f.adults),
      children: f.children === '' ? 0 : Number(f.children),
      ...(ages ? { childAges: ages } : {}),
      ...(f.childcare ? { childcare: true } : {}),
      ...(f.tier ? { tier: f.tier } : {}),
      ...(f.remarks.trim() ? { remarks: f.remarks.trim() } : {}),
      consent: f.consent,
      language: this.language,
    };
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const m = this.words!;
    const request = this.request();
    const errors = this.localErrors(request);
    if (Object.keys(errors).length) {
      this.errors = errors;
      this.focusAfterRender = '#reg-summary';
      return;
    }
    this.errors = {};
    const endpoint = this.occurrence?.activity.registration?.endpoint ?? this.endpoint;
    if (!endpoint) return;
    const body = JSON.stringify(request);
    if (this.key?.body !== body) this.key = { body, value: newIdempotencyKey() };
    this.busy = true;
    const client = new RegistrationClient({ endpoint });
    const outcome = await client.register(request as RegistrationRequest, this.key.value);
    this.busy = false;
    // The parent reads that this page cannot register; the webmaster finds which setting to change here.
    if (outcome.kind === 'refused-origin') console.error(`famcal: ${outcome.message}`);
    if (outcome.kind === 'invalid') {
      this.errors = Object.fromEntries(Object.keys(outcome.fields).map((field) => [field in m.errors ? field : 'request', m.errors[(field in m.errors ? field : 'request') as keyof typeof m.errors]]));
      this.outcome = outcome;
      this.focusAfterRender = '#reg-summary';
      return;
    }
    this.outcome = outcome;
    this.focusAfterRender = '#reg-status';
    if (outcome.kind === 'confirmed' || outcome.kind === 'waitlisted') {
      rememberRegistration(outcome.result, endpoint);
      this.dispatchEvent(registeredEvent(outcome.result));
      void this.refreshPlaces(client);
    }
  }

  /** Client-side check with the contract's own schema, worded in the parent's language. */
  private localErrors(request: Record<string, unknown>): Partial<Record<FieldName, string>> {
    const m = this.words!;
    const errors: Partial<Record<FieldName, string>> = {};
    for (const field of Object.keys(requestFieldErrors(request) ?? {})) {
      const key = (field in m.errors ? field : 'request') as keyof typeof m.errors;
      errors[(field in emptyForm() ? field : 'name') as FieldName] ??= m.errors[key];
    }
    const activity = this.occurrence?.activity;
    if (activity?.price?.type === 'tiered' && !this.form.tier) errors.tier = m.errors.tier;
    if (activity?.capacity?.unit === 'child' && !(Number(request.children) >= 1)) errors.children = m.errors.childrenOne;
    return errors;
  }

  /** After registering: fetch the places of this activity again, so every view shows the new count. */
  private async refreshPlaces(client: RegistrationClient): Promise<void> {
    const store = this.famcal.store;
    const window = store?.getState().window;
    const activityId = this.occurrence?.activityId;
    if (!store || !window || !activityId) return;
    const availability = await client.availability(activityId, window);
    if (availability) store.mergeCounts(countsFrom(availability));
  }
}

/** Links from the service are shown only when they are http(s). */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}

declare global {
  interface HTMLElementTagNameMap {
    'famcal-registration': FamcalRegistration;
  }
}
