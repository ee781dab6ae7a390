// The two lines on a site the registration service does not allow (not in its FAMCAL_ALLOWED_ORIGINS): the
// programme shows (a published feed is open to every site), and registering says so to the parent — not
// "no connection" — while the console tells the webmaster which origin and which setting.
// Needs the build (pnpm --filter @famcal/elements build): the service serves dist/embed.
import { expect } from '@open-wc/testing';
import { textOf } from './test-support/fixtures.js';
import { pastedCalendar, registerFrom } from './test-support/pasted-calendar.js';

const REFUSING = (window as unknown as { FAMCAL_REFUSING_REGISTRATION: string }).FAMCAL_REFUSING_REGISTRATION;

describe('the embed loaded from a registration service that does not allow this site', () => {
  before(() => import(/* @vite-ignore */ `${REFUSING}/embed/famcal.js`));

  it('shows the programme, and the registration form says registering is not possible from this page', async () => {
    const page = await pastedCalendar('');
    expect(page.cards().join(' ')).to.include('Zwangerschapsyoga');
    const logged: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    let result: Element;
    try {
      result = await registerFrom(page, 'zwangerschapsyoga@2026-12-07T19:00');
    } finally {
      console.error = consoleError;
    }
    expect(result.getAttribute('data-kind')).to.equal('refused-origin');
    expect(textOf(result)).to.include('Inschrijven kan niet vanaf deze pagina').and.not.include('verbinding');
    expect(logged.join('\n')).to.include(`add ${location.origin} to FAMCAL_ALLOWED_ORIGINS`);
  });
});
