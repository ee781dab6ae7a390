/**
 * The rule builder's templates: the fields (a radio group for "how often", weekday checkboxes, "until") and
 * the list of coming dates. Every group is a fieldset with a legend; an error stands in words under its field.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { WEEKDAY_CODES, type ComingDate, type MonthPosition, type WeekdayCode } from '@famcal/core';
import { pickText } from '@famcal/core';
import type { CoordinatorMessages } from './messages.js';
import type { Draft, DraftField, DraftKind } from './rule-draft.js';

/** What the templates need from the element. */
export interface BuilderView {
  readonly m: CoordinatorMessages;
  readonly locale: string;
  readonly draft: Draft;
  readonly errors: Partial<Record<DraftField, string>>;
  readonly disabled: boolean;
  readonly edit: (patch: Partial<Draft>) => void;
}

/** Fields, groups and errors of the coordinator's forms (rule builder, closures editor), on the page's tokens. */
export const formStyles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 0.4em;
    margin-block: 0.5em;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_target);
    margin-inline-end: 0.75em;
  }
  input,
  select,
  button {
    font: inherit;
    min-height: var(--_target);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0.25em 0;
  }
`;

export const builderStyles = css`
  input[type='radio'],
  input[type='checkbox'] {
    min-width: 1.25em;
    min-height: 1.25em;
  }
  .option {
    display: block;
  }
  .coming {
    padding-inline-start: 1.25em;
  }
`;

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** The error under a field, referenced by the field's aria-describedby. */
const error = (v: BuilderView, field: DraftField) => (v.errors[field] ? html`<p class="error" id="error-${field}">${v.errors[field]}</p>` : nothing);
const describedBy = (v: BuilderView, field: DraftField) => (v.errors[field] ? `error-${field}` : nothing);

function weekdayNames(locale: string): Record<WeekdayCode, string> {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Object.fromEntries(WEEKDAY_CODES.map((code, i) => [code, format.format(new Date(Date.UTC(2024, 0, 1 + i)))])) as Record<WeekdayCode, string>;
}

export function builderTemplate(v: BuilderView): TemplateResult {
  const { m, draft: d } = v;
  const kinds: [DraftKind, string][] = [['once', m.rbOnce], ['dates', m.rbDates], ['weekly', m.rbWeekly], ['interval', m.rbEveryNWeeks], ['monthly-weekday', m.rbMonthlyWeekday], ['monthly-day', m.rbMonthlyDay]];
  return html`<fieldset ?disabled=${v.disabled}>
      <legend>${m.rbWhen}</legend>
      ${d.kind === 'dates' ? nothing : html`<label>${m.rbStart} <input type="date" name="date" .value=${d.date} aria-invalid=${v.errors.date ? 'true' : 'false'} aria-describedby=${describedBy(v, 'date')} @change=${(e: Event) => v.edit({ date: value(e) })} /></label>${error(v, 'date')}`}
      <label>${m.rbFrom} <input type="time" name="from" .value=${d.from} aria-describedby=${describedBy(v, 'time')} @change=${(e: Event) => v.edit({ from: value(e) })} /></label>
      <label>${m.rbTo} <input type="time" name="to" .value=${d.to} aria-invalid=${v.errors.time ? 'true' : 'false'} aria-describedby=${describedBy(v, 'time')} @change=${(e: Event) => v.edit({ to: value(e) })} /></label>
      ${error(v, 'time')}
    </fieldset>
    <fieldset ?disabled=${v.disabled}>
      <legend>${m.rbHowOften}</legend>
      ${kinds.map(([kind, label]) => html`<label class="option"><input type="radio" name="how" value=${kind} .checked=${d.kind === kind} @change=${() => v.edit({ kind })} /> ${label}</label>`)}
    </fieldset>
    ${detailTemplate(v)} ${d.kind === 'once' || d.kind === 'dates' ? nothing : untilTemplate(v)}`;
}

function detailTemplate(v: BuilderView) {
  const { m, draft: d } = v;
  switch (d.kind) {
    case 'once':
      return nothing;
    case 'dates':
      return html`<fieldset ?disabled=${v.disabled} aria-describedby=${describedBy(v, 'dates')}>
        <legend>${m.rbDates}</legend>
        ${d.dates.map((date, i) => html`<div>
          <label>${m.rbDate(i + 1)} <input type="date" name="dates" .value=${date} @change=${(e: Event) => v.edit({ dates: d.dates.map((x, j) => (j === i ? value(e) : x)) })} /></label>
          <button type="button" aria-label=${m.rbRemoveDate(date || String(i + 1))} ?hidden=${d.dates.length < 2} @click=${() => v.edit({ dates: d.dates.filter((_, j) => j !== i) })}>×</button>
        </div>`)}
        <button type="button" @click=${() => v.edit({ dates: [...d.dates, ''] })}>${m.rbAddDate}</button>
        ${error(v, 'dates')}
      </fieldset>`;
    case 'weekly':
    case 'interval': {
      const names = weekdayNames(v.locale);
      const toggle = (code: WeekdayCode, on: boolean) => v.edit({ days: WEEKDAY_CODES.filter((c) => (c === code ? on : d.days.includes(c))) });
      return html`${d.kind === 'interval'
          ? html`<label>${m.rbWeeks} <input type="number" name="interval" min="2" max="52" .value=${String(d.interval)} aria-describedby=${describedBy(v, 'interval')} @change=${(e: Event) => v.edit({ interval: Number(value(e)) })} /></label>${error(v, 'interval')}`
          : nothing}
        <fieldset ?disabled=${v.disabled} aria-describedby=${describedBy(v, 'days')}>
          <legend>${m.rbDays}</legend>
          ${WEEKDAY_CODES.map((code) => html`<label><input type="checkbox" name="days" value=${code} .checked=${d.days.includes(code)} @change=${(e: Event) => toggle(code, (e.target as HTMLInputElement).checked)} /> ${names[code]}</label>`)}
          ${error(v, 'days')}
        </fieldset>`;
    }
    case 'monthly-weekday': {
      const names = weekdayNames(v.locale);
      const positions: [MonthPosition, string][] = [[1, m.rbFirst], [2, m.rbSecond], [3, m.rbThird], [4, m.rbFourth], [-1, m.rbLast]];
      return html`<fieldset ?disabled=${v.disabled}>
        <legend>${m.rbMonthlyWeekday}</legend>
        <label>${m.rbPosition} <select name="position" @change=${(e: Event) => v.edit({ position: Number(value(e)) as MonthPosition })}>
          ${positions.map(([p, label]) => html`<option value=${p} ?selected=${d.position === p}>${label}</option>`)}
        </select></label>
        <label>${m.rbWeekday} <select name="weekday" @change=${(e: Event) => v.edit({ weekday: value(e) as WeekdayCode })}>
          ${WEEKDAY_CODES.map((code) => html`<option value=${code} ?selected=${d.weekday === code}>${names[code]}</option>`)}
        </select></label>
      </fieldset>`;
    }
    case 'monthly-day':
      return html`<fieldset ?disabled=${v.disabled}>
        <legend>${m.rbMonthlyDay}</legend>
        <label>${m.rbDayOfMonth} <select name="monthDay" @change=${(e: Event) => v.edit({ monthDay: Number(value(e)) })}>
          ${Array.from({ length: 31 }, (_, i) => html`<option value=${i + 1} ?selected=${d.monthDay === i + 1}>${i + 1}</option>`)}
          <option value="-1" ?selected=${d.monthDay === -1}>${m.rbLastDay}</option>
        </select></label>
        ${error(v, 'monthDay')}
      </fieldset>`;
  }
}

function untilTemplate(v: BuilderView) {
  const { m, draft: d } = v;
  const ends: [Draft['end'], string][] = [['never', m.rbNever], ['until', m.rbOnDate], ['count', m.rbAfter]];
  return html`<fieldset ?disabled=${v.disabled}>
    <legend>${m.rbUntil}</legend>
    ${ends.map(([end, label]) => html`<label class="option"><input type="radio" name="end" value=${end} .checked=${d.end === end} @change=${() => v.edit({ end })} /> ${label}</label>`)}
    ${d.end === 'until'
      ? html`<label>${m.rbOnDate} <input type="date" name="until" .value=${d.until} aria-invalid=${v.errors.until ? 'true' : 'false'} aria-describedby=${describedBy(v, 'until')} @change=${(e: Event) => v.edit({ until: value(e) })} /></label>${error(v, 'until')}`
      : nothing}
    ${d.end === 'count'
      ? html`<label>${m.rbTimes} <input type="number" name="count" min="1" max="1000" .value=${String(d.count)} aria-describedby=${describedBy(v, 'count')} @change=${(e: Event) => v.edit({ count: Number(value(e)) })} /></label>${error(v, 'count')}`
      : nothing}
  </fieldset>`;
}

/** "wo 6 jan 2027, 14:00–16:00", a closed date struck through with the closure's name beside it. */
export function comingTemplate(v: BuilderView, dates: readonly ComingDate[], timezone = 'Europe/Brussels'): TemplateResult {
  const { m } = v;
  const day = new Intl.DateTimeFormat(v.locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: timezone });
  const time = new Intl.DateTimeFormat(v.locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: timezone });
  const lang = v.locale.slice(0, 2);
  return html`<h3 id="coming-heading">${m.rbComing}</h3>
    ${dates.length
      ? html`<ul class="coming" aria-labelledby="coming-heading">
          ${dates.map((date) => {
            const text = `${day.format(date.start)}, ${time.format(date.start)}–${time.format(date.end)}`;
            return date.closure ? html`<li class="closed"><s>${text}</s> — ${m.rbClosed(pickText(date.closure.label, lang, date.closure.id))}</li>` : html`<li>${text}</li>`;
          })}
        </ul>`
      : html`<p>${m.rbNoDates}</p>`}`;
}
