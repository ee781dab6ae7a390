/** The page behind a parent's cancel link: a confirmation with one button, in nl/fr/en, no script. */
const TEXT = {
  nl: { title: 'Inschrijving annuleren', ask: 'Wil je deze inschrijving annuleren? Je plaats gaat dan naar de volgende op de wachtlijst.', button: 'Ja, annuleer mijn inschrijving', done: 'Je inschrijving is geannuleerd. Bedankt om het te laten weten.' },
  fr: { title: 'Annuler l’inscription', ask: 'Voulez-vous annuler cette inscription ? Votre place ira à la personne suivante sur la liste d’attente.', button: 'Oui, annuler mon inscription', done: 'Votre inscription est annulée. Merci de nous avoir prévenus.' },
  en: { title: 'Cancel registration', ask: 'Do you want to cancel this registration? Your place goes to the next person on the waiting list.', button: 'Yes, cancel my registration', done: 'Your registration is cancelled. Thank you for letting us know.' },
};

export function cancelPage(token: string, acceptLanguage: string | undefined, done = false): string {
  const lang = (['nl', 'fr', 'en'] as const).find((l) => (acceptLanguage ?? '').toLowerCase().startsWith(l)) ?? 'nl';
  const t = TEXT[lang];
  const safeToken = encodeURIComponent(token);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title></head>
<body style="font: 18px/1.5 system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem">
<h1>${t.title}</h1>
${done ? `<p role="status">${t.done}</p>` : `<p>${t.ask}</p><form method="post" action="/registrations/${safeToken}/cancel"><button style="font: inherit; min-height: 44px; padding: 0.5rem 1rem">${t.button}</button></form>`}
</body></html>`;
}
