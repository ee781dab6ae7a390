import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Closure } from '@famcal/core';
import './closures-editor.js';
import type { FamcalClosuresEditor } from './closures-editor.js';

const OWN: Closure = { id: 'verlof-2026-12-21', from: '2026-12-21', to: '2026-12-23', label: { nl: 'Teamverlof' } };
const rows = (el: FamcalClosuresEditor) => [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());

describe('famcal-closures-editor', () => {
  it('adds the Flemish school holidays of 2026–2027 in one click, once, names the source, and removes one', async () => {
    const el = await fixture<FamcalClosuresEditor>(html`<famcal-closures-editor lang="nl" .closures=${[OWN]}></famcal-closures-editor>`);
    await expect(el).to.be.accessible();
    const preset = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-preset="vlaanderen:2026-2027"]')!;
    expect(preset.textContent!.trim()).to.equal('Schoolvakanties Vlaanderen 2026–2027');
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.contain('onderwijs.vlaanderen.be');
    preset.focus();
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await el.updateComplete;
    const ids = el.closures.map((c) => c.id);
    expect(ids).to.include('vl-2026-kerst').and.include('verlof-2026-12-21');
    expect(rows(el)).to.include('Kerstvakantie');
    const count = el.closures.length;
    // Once: a second click adds nothing.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.closures).to.have.length(count);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('0 sluitingen toegevoegd.');
    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-id="vl-2026-kerst"] button')!;
    expect(remove.getAttribute('aria-label')).to.equal('Kerstvakantie (2026-12-21) verwijderen');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.closures.map((c) => c.id)).not.to.include('vl-2026-kerst');
    expect(el.closures).to.have.length(count - 1);
    await expect(el).to.be.accessible();
  });

  it('adds a closure by hand, saying what is missing next to the field', async () => {
    const el = await fixture<FamcalClosuresEditor>(html`<famcal-closures-editor lang="nl"></famcal-closures-editor>`);
    await expect(el).to.be.accessible();
    const field = (name: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    field('label').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#ce-error-label')!.textContent).to.equal('Geef een naam.');
    expect(el.shadowRoot!.querySelector('#ce-error-from')!.textContent).to.equal('Kies de eerste dag.');
    expect(el.closures).to.have.length(0);
    await sendKeys({ type: 'Opendeurdag' });
    for (const [name, value] of [['from', '2027-03-15'], ['to', '2027-03-15']]) {
      field(name!).value = value!;
      field(name!).dispatchEvent(new Event('change'));
    }
    field('label').focus();
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Enter' });
    await changed;
    expect(el.closures).to.deep.equal([{ id: 'opendeurdag-2027-03-15', from: '2027-03-15', to: '2027-03-15', label: { nl: 'Opendeurdag' } }]);
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['Opendeurdag']);
    await expect(el).to.be.accessible();
  });

  it('does not add a holiday the list already has under another name (the same days)', async () => {
    const christmas: Closure = { id: 'kerstvakantie', from: '2026-12-21', to: '2027-01-03', label: { nl: 'kerstvakantie' } };
    const el = await fixture<FamcalClosuresEditor>(html`<famcal-closures-editor lang="nl" .closures=${[christmas]}></famcal-closures-editor>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-preset="vlaanderen:2026-2027"]')!.click();
    await el.updateComplete;
    expect(el.closures.filter((c) => c.from === '2026-12-21' && c.to === '2027-01-03').map((c) => c.id)).to.deep.equal(['kerstvakantie']);
    expect(el.closures.length).to.be.greaterThan(3);
  });
});
