/**
 * The Theme page's blocks (Storybook only): every token and every part as custom-elements.json gives
 * them, and the live contrast of a theme's colours. Their own look is fixed black on white, so they stay
 * readable whatever theme is tried on the elements.
 */
import { LitElement, css, html, nothing } from 'lit';
import manifest from '../../custom-elements.json';
import { contrastRatio } from './contrast.js';

interface CssProperty {
  name: string;
  description?: string;
  default?: string;
}
interface CssPart {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  cssProperties?: CssProperty[];
  cssParts?: CssPart[];
}

const elements = (manifest.modules as { declarations?: Declaration[] }[])
  .flatMap((module) => module.declarations ?? [])
  .filter((d): d is Declaration & { tagName: string } => !!d.customElement && !!d.tagName);

/** One row per token: its default, and each role an element gives it with the elements that say so. */
export const TOKENS = [
  ...[...elements]
    // The all-in-one calendar first: its order (colours, then shape and type) is the table's.
    .sort((x, y) => Number(y.tagName === 'famcal-calendar') - Number(x.tagName === 'famcal-calendar'))
    .flatMap((element) => (element.cssProperties ?? []).map((property) => ({ ...property, tag: element.tagName })))
    .reduce((tokens, { name, description, default: value, tag }) => {
      const token = tokens.get(name) ?? { name, default: value ?? '', roles: new Map<string, string[]>() };
      const role = (description ?? '').replace(/\.$/, '');
      token.roles.set(role, [...(token.roles.get(role) ?? []), tag]);
      return tokens.set(name, token);
    }, new Map<string, { name: string; default: string; roles: Map<string, string[]> }>())
    .values(),
];

/** Every element that exposes parts, with them. */
export const PARTS = elements.filter((element) => (element.cssParts ?? []).length).map((element) => ({ tag: element.tagName, parts: element.cssParts! }));

const table = css`
  :host {
    display: block;
    color: #1d2327;
    background: #ffffff;
    font: 16px/1.5 system-ui, sans-serif;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-block-end: 1.5em;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.1em;
    padding-block: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4em 0.6em;
    border-block-end: 1px solid #8c959f;
  }
  code {
    font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
    font-size: 0.9em;
  }
  .muted {
    color: #50575e;
  }
`;

/** The value a token has here (from the page's theme or an ancestor), else its default. */
function current(host: Element, name: string, fallback: string): string {
  return getComputedStyle(host).getPropertyValue(name).trim() || fallback;
}

/** Every `--famcal-*` token: default, role, where it applies, and a swatch painted with its current value. */
export class FamcalThemeTokens extends LitElement {
  static override properties = { theme: {} };
  /** The toolbar's theme: changing it repaints the current values. */
  declare theme?: string;
  static override styles = [
    table,
    css`
      .swatch {
        display: inline-block;
        width: 2.5em;
        height: 2.5em;
        border: 1px solid #1d2327;
        vertical-align: middle;
        margin-inline-end: 0.5em;
      }
      .radius {
        background: #f3f5f7;
      }
      th code {
        white-space: nowrap;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.1em;
      }
      .bar {
        display: inline-block;
        margin-inline-end: 0.5em;
        height: 0.75em;
        background: #1d2327;
        vertical-align: middle;
      }
    `,
  ];

  private swatch(name: string, value: string) {
    if (name.startsWith('--famcal-color-')) return html`<span class="swatch" style="background: var(${name}, ${value})"></span>`;
    if (name === '--famcal-radius') return html`<span class="swatch radius" style="border-radius: var(${name}, ${value})"></span>`;
    if (name === '--famcal-font' || name === '--famcal-font-size') return html`<span style="font-family: var(--famcal-font); font-size: var(--famcal-font-size); margin-inline-end: 0.5em">Aa Speelnamiddag</span>`;
    if (name === '--famcal-space') return html`<span class="bar" style="width: var(${name}, ${value})"></span>`;
    if (name === '--famcal-density') return html`<span class="bar" style="width: calc(2em * var(${name}, ${value}))"></span>`;
    return nothing;
  }

  override render() {
    return html`<table>
      <caption>
        ${TOKENS.length} tokens (custom properties), set on the element or any ancestor
      </caption>
      <thead>
        <tr><th scope="col">Token</th><th scope="col">Default</th><th scope="col">Now</th><th scope="col">Role (in which elements)</th></tr>
      </thead>
      <tbody>
        ${TOKENS.map(
          (token) => html`<tr>
            <th scope="row"><code>${token.name}</code></th>
            <td><code>${token.default}</code></td>
            <td><span aria-hidden="true">${this.swatch(token.name, token.default)}</span><code>${current(this, token.name, token.default)}</code></td>
            <td>
              ${token.roles.size === 1
                ? [...token.roles.keys()][0]
                : html`<ul>
                    ${[...token.roles].map(([role, tags]) => html`<li>${role} <span class="muted">(${tags.map((tag) => tag.replace('famcal-', '')).join(', ')})</span></li>`)}
                  </ul>`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

/** Every `::part` of every element, with what it styles and the selector that reaches it. */
export class FamcalThemeParts extends LitElement {
  static override styles = table;
  override render() {
    return PARTS.map(
      ({ tag, parts }) => html`<table>
        <caption>
          <code>&lt;${tag}&gt;</code>
        </caption>
        <thead>
          <tr><th scope="col">Part</th><th scope="col">What it styles</th><th scope="col">Selector</th></tr>
        </thead>
        <tbody>
          ${parts.map(
            (part) => html`<tr>
              <th scope="row"><code>${part.name}</code></th>
              <td>${part.description ?? ''}</td>
              <td><code>${tag}::part(${part.name})</code></td>
            </tr>`,
          )}
        </tbody>
      </table>`,
    );
  }
}

/** The colour pairs the elements paint, and the ratio WCAG AA asks of each (3:1 for borders and focus rings). */
export const PAIRS: { text: string; on: string; what: string; needs: number }[] = [
  { text: 'text', on: 'background', what: 'Body text', needs: 4.5 },
  { text: 'text', on: 'surface', what: 'Text on panels', needs: 4.5 },
  { text: 'muted', on: 'background', what: 'Times, places', needs: 4.5 },
  { text: 'muted', on: 'surface', what: 'Secondary text on panels', needs: 4.5 },
  { text: 'accent', on: 'background', what: 'Titles, links', needs: 4.5 },
  { text: 'on-accent', on: 'accent', what: 'Primary buttons, today', needs: 4.5 },
  { text: 'danger', on: 'background', what: 'Cancelled, full', needs: 4.5 },
  { text: 'success', on: 'background', what: 'Places free', needs: 4.5 },
  { text: 'warning', on: 'background', what: 'Few places, moved', needs: 4.5 },
  { text: 'border', on: 'background', what: 'Field borders', needs: 3 },
  { text: 'focus', on: 'background', what: 'Focus ring', needs: 3 },
];

/** The contrast of every pair with the colours in effect here, each said as AA pass or fail. */
export class FamcalThemeContrast extends LitElement {
  static override properties = { tokens: { attribute: false } };
  /** The playground's settings: a new object on every change makes the panel measure again. */
  declare tokens?: Record<string, unknown>;
  static override styles = [
    table,
    css`
      .pass {
        color: #1e6b34;
        font-weight: 700;
      }
      .fail {
        color: #b3261e;
        font-weight: 700;
      }
      .chip {
        display: inline-block;
        padding: 0.1em 0.5em;
        border-radius: 4px;
        border: 1px solid #8c959f;
      }
    `,
  ];

  override render() {
    const colour = (name: string) => current(this, `--famcal-color-${name}`, TOKENS.find((t) => t.name === `--famcal-color-${name}`)?.default ?? '');
    const rows = PAIRS.map((pair) => ({ ...pair, ratio: contrastRatio(colour(pair.text), colour(pair.on)) }));
    const failing = rows.filter((row) => row.ratio === undefined || row.ratio < row.needs);
    return html`<table>
      <caption>
        Contrast (WCAG 2 AA):
        <span class=${failing.length ? 'fail' : 'pass'} role="status"
          >${failing.length ? `${failing.length} of ${rows.length} pairs fail` : `all ${rows.length} pairs pass`}</span
        >
      </caption>
      <thead>
        <tr><th scope="col">Pair</th><th scope="col">Sample</th><th scope="col">Ratio</th><th scope="col">AA</th></tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            <th scope="row">${row.what} <span class="muted">(${row.text} on ${row.on})</span></th>
            <td>
              ${row.needs < 4.5
                ? html`<span class="chip" aria-hidden="true" style="border: 3px solid ${colour(row.text)}; background: ${colour(row.on)}">&nbsp;&nbsp;&nbsp;</span>`
                : html`<span class="chip" aria-hidden="true" style="color: ${colour(row.text)}; background: ${colour(row.on)}">Aa 14:00</span>`}
            </td>
            <td>${row.ratio === undefined ? 'not a colour' : `${row.ratio.toFixed(2)}:1`}</td>
            <td class=${row.ratio !== undefined && row.ratio >= row.needs ? 'pass' : 'fail'}>
              ${row.ratio !== undefined && row.ratio >= row.needs ? `✓ passes (${row.needs}:1)` : `✗ fails (needs ${row.needs}:1)`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

/** Registers the blocks (called by the stories: the build keeps side effects of define/ files only). */
export function defineThemePage(): void {
  for (const [tag, element] of [
    ['famcal-theme-tokens', FamcalThemeTokens],
    ['famcal-theme-parts', FamcalThemeParts],
    ['famcal-theme-contrast', FamcalThemeContrast],
  ] as const) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}
