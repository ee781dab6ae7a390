/**
 * The page behind a parent's cancel link: what the registration is for (activity, date, place), where it
 * stands (confirmed, on the waiting list, already cancelled, date cancelled) and one button — in the
 * parent's language, without JavaScript. Every link and form action starts from the public URL, so the
 * page works behind any path prefix.
 */
import { createFormatter, pickText, type Occurrence } from '@famcal/core';
import type { RegistrationView } from './service.js';
import { parseAccept } from 'hono/utils/accept';
import { page, raw, type HtmlEscapedString } from './html.js';

const TEXT = {
  nl: {
    locale: 'nl-BE',
    title: 'Inschrijving annuleren',
    waitTitle: 'Wachtlijst verlaten',
    ask: 'Kan je niet komen? Annuleer dan hieronder; je plaats gaat naar de volgende op de wachtlijst.',
    askNoWaitlist: 'Kan je niet komen? Annuleer dan hieronder; zo komt je plaats vrij voor iemand anders.',
    askWait: (position: number) => `Je staat op de wachtlijst, op plaats ${position}. Wil je er niet meer op staan?`,
    button: 'Ja, annuleer mijn inschrijving',
    buttonWait: 'Ja, haal me van de wachtlijst',
    done: 'Je inschrijving is geannuleerd. Bedankt om het te laten weten.',
    already: 'Deze inschrijving is al geannuleerd.',
    dateCancelled: 'Deze datum gaat niet door; je hoeft niets te doen.',
    unknown: 'Deze link kennen we niet (meer). Misschien werden je gegevens na de activiteit gewist. Neem contact op met de organisator als je vragen hebt.',
    unknownTitle: 'Onbekende link',
    programme: 'Naar het programma',
    series: (n: number) => `Voor alle ${n} data:`,
  },
  fr: {
    locale: 'fr-BE',
    title: 'Annuler l’inscription',
    waitTitle: 'Quitter la liste d’attente',
    ask: 'Vous ne pouvez pas venir ? Annulez ci-dessous ; votre place ira à la personne suivante sur la liste d’attente.',
    askNoWaitlist: 'Vous ne pouvez pas venir ? Annulez ci-dessous ; votre place se libère pour quelqu’un d’autre.',
    askWait: (position: number) => `Vous êtes sur la liste d’attente, en position ${position}. Vous ne souhaitez plus y être ?`,
    button: 'Oui, annuler mon inscription',
    buttonWait: 'Oui, me retirer de la liste d’attente',
    done: 'Votre inscription est annulée. Merci de nous avoir prévenus.',
    already: 'Cette inscription est déjà annulée.',
    dateCancelled: 'Cette date est annulée ; vous n’avez rien à faire.',
    unknown: 'Ce lien nous est inconnu (ou ne l’est plus). Vos données ont peut-être été effacées après l’activité. Contactez l’organisateur si vous avez des questions.',
    unknownTitle: 'Lien inconnu',
    programme: 'Vers le programme',
    series: (n: number) => `Pour les ${n} dates :`,
  },
  en: {
    locale: 'en-GB',
    title: 'Cancel registration',
    waitTitle: 'Leave the waiting list',
    ask: 'Can’t come? Cancel below; your place goes to the next person on the waiting list.',
    askNoWaitlist: 'Can’t come? Cancel below, so your place is free for someone else.',
    askWait: (position: number) => `You are on the waiting list, at position ${position}. No longer want to be on it?`,
    button: 'Yes, cancel my registration',
    buttonWait: 'Yes, take me off the waiting list',
    done: 'Your registration is cancelled. Thank you for letting us know.',
    already: 'This registration is already cancelled.',
    dateCancelled: 'This date is cancelled; you need not do anything.',
    unknown: 'We do not know this link (any more). Your details may have been removed after the activity. Contact the organiser if you have questions.',
    unknownTitle: 'Unknown link',
    programme: 'Back to the programme',
    series: (n: number) => `For all ${n} dates:`,
  },
  tr: {
    locale: 'tr-TR',
    title: 'Kaydı iptal et',
    waitTitle: 'Bekleme listesinden çık',
    ask: 'Gelemeyecek misiniz? Aşağıdan iptal edin; yeriniz bekleme listesindeki bir sonraki kişiye geçer.',
    askNoWaitlist: 'Gelemeyecek misiniz? Aşağıdan iptal edin; böylece yeriniz başka birine açılır.',
    askWait: (position: number) => `Bekleme listesindesiniz, sıranız: ${position}. Artık listede olmak istemiyor musunuz?`,
    button: 'Evet, kaydımı iptal et',
    buttonWait: 'Evet, beni bekleme listesinden çıkar',
    done: 'Kaydınız iptal edildi. Haber verdiğiniz için teşekkürler.',
    already: 'Bu kayıt zaten iptal edilmiş.',
    dateCancelled: 'Bu tarih iptal edildi; bir şey yapmanıza gerek yok.',
    unknown: 'Bu bağlantıyı tanımıyoruz (artık). Bilgileriniz etkinlikten sonra silinmiş olabilir. Sorularınız için düzenleyenle iletişime geçin.',
    unknownTitle: 'Bilinmeyen bağlantı',
    programme: 'Programa dön',
    series: (n: number) => `${n} tarihin hepsi için:`,
  },
  ar: {
    locale: 'ar-MA',
    title: 'إلغاء التسجيل',
    waitTitle: 'الخروج من قائمة الانتظار',
    ask: 'لا تستطيع الحضور؟ ألغِ التسجيل أدناه، وسيذهب مكانك إلى الشخص التالي على قائمة الانتظار.',
    askNoWaitlist: 'لا تستطيع الحضور؟ ألغِ التسجيل أدناه، ليصبح مكانك متاحًا لشخص آخر.',
    askWait: (position: number) => `أنت على قائمة الانتظار في المرتبة ${position}. ألا ترغب في البقاء عليها؟`,
    button: 'نعم، ألغِ تسجيلي',
    buttonWait: 'نعم، أخرجني من قائمة الانتظار',
    done: 'تم إلغاء تسجيلك. شكرًا لإعلامنا.',
    already: 'هذا التسجيل ملغى من قبل.',
    dateCancelled: 'هذا الموعد ملغى، لا تحتاج إلى فعل أي شيء.',
    unknown: 'لا نعرف هذا الرابط (أو لم نعد نعرفه). ربما حُذفت بياناتك بعد النشاط. تواصل مع الجهة المنظمة إن كانت لديك أسئلة.',
    unknownTitle: 'رابط غير معروف',
    programme: 'العودة إلى البرنامج',
    series: (n: number) => `لجميع التواريخ (${n}):`,
  },
};
type Lang = keyof typeof TEXT;

/**
 * The stored choice if `available` has it, else the browser's most wanted language that it has (Accept-Language
 * by its q-values; a range such as `fr-BE` counts as `fr`), else the first of `available`.
 */
export function pickLanguage<L extends string>(available: readonly L[], stored: string | null | undefined, acceptLanguage: string | undefined): L {
  const has = (code: string): code is L => (available as readonly string[]).includes(code);
  if (stored && has(stored)) return stored;
  // Hono's Accept parser (the one behind hono/accepts): ranges ordered by q, highest first, ties in header order.
  for (const { type, q } of parseAccept(acceptLanguage ?? '')) {
    const code = type.toLowerCase().split(/[-_]/)[0]!;
    if (q > 0 && has(code)) return code;
  }
  return available[0]!;
}

/** The page's language: the registration's own, else the browser's most wanted of nl/fr/en/tr/ar, else Dutch. */
export function pageLanguage(stored: string | null | undefined, acceptLanguage: string | undefined): Lang {
  return pickLanguage(Object.keys(TEXT) as Lang[], stored, acceptLanguage);
}

/** Headers for these pages: no script at all, the token never leaks through a Referer, never cached or indexed. */
export const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self' https: http:; base-uri 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex',
};

/**
 * The cancel page. `programmeUrl` (FAMCAL_PROGRAMME_URL, else the first allowed origin) is linked at the end,
 * so a parent is never left on a dead end.
 */
export function cancelPage(options: { view: RegistrationView | undefined; token: string; publicUrl: string; programmeUrl?: string | undefined; acceptLanguage: string | undefined; done?: boolean }): string {
  const { view } = options;
  const lang = pageLanguage(view?.language, options.acceptLanguage);
  const t = TEXT[lang];
  const back = options.programmeUrl ? page`<p><a href="${options.programmeUrl}">${t.programme}</a></p>` : '';
  if (!view) return layout(lang, t.unknownTitle, page`<p>${t.unknown}</p>${back}`);
  const waiting = view.status.status === 'waitlisted';
  // Only an activity with a waiting list passes a cancelled place on to the next in line.
  const hasWaitlist = view.occurrence?.activity.capacity?.waitlist === true;
  const title = waiting ? t.waitTitle : t.title;
  const body: Array<HtmlEscapedString | ''> = [describe(lang, view)];
  if (options.done) body.push(page`<p role="status"><strong>${t.done}</strong></p>`);
  else if (view.status.status === 'cancelled') body.push(page`<p role="status">${t.already}</p>`);
  else if (view.status.occurrenceCancelled) body.push(page`<p role="status">${t.dateCancelled}</p>`);
  else {
    const action = `${options.publicUrl.replace(/\/+$/, '')}/registrations/${encodeURIComponent(options.token)}/cancel`;
    body.push(
      page`<p>${waiting ? t.askWait(view.status.position ?? 1) : hasWaitlist ? t.ask : t.askNoWaitlist}</p>`,
      page`<form method="post" action="${action}"><input type="hidden" name="lang" value="${lang}"><button>${waiting ? t.buttonWait : t.button}</button></form>`,
    );
  }
  // Each piece is escaped HTML already: joined, it stays so.
  return layout(lang, title, raw([...body, back].join('\n')));
}

function describe(lang: Lang, view: RegistrationView): HtmlEscapedString | '' {
  const first = view.occurrence;
  if (!first || !view.feed) return '';
  const feed = view.feed;
  const t = TEXT[lang];
  const format = createFormatter(t.locale, feed.timezone);
  // The feed's texts are isolated (<bdi>): a right-to-left override in one cannot reorder the page around it.
  const isolate = (value: string) => (value ? page`<bdi>${value}</bdi>` : '');
  const text = (value: Readonly<Record<string, string>> | undefined) => isolate(pickText(value, lang, feed.defaultLanguage));
  const when = (o: Occurrence) => `${format.fullDate(format.dateOf(o.start))}, ${format.timeRange(o.start, o.end)}`;
  // The name and the address, each isolated (escaped HTML), joined by a comma.
  const place = first.location ? raw([text(first.location.name), isolate([first.location.address?.street, [first.location.address?.postalCode, first.location.address?.city].filter(Boolean).join(' ')].filter(Boolean).join(', '))].filter(Boolean).join(', ')) : '';
  const dates = view.dates.length > 1 ? page`<p>${t.series(view.dates.length)}</p><ul>${view.dates.map((d) => page`<li>${when(d)}</li>`)}</ul>` : page`<p>${when(first)}</p>`;
  return page`<h2>${text(first.title)}</h2>${dates}${place.length ? page`<p>${place}</p>` : ''}`;
}

function layout(lang: Lang, title: string, body: HtmlEscapedString): string {
  return page`<!doctype html><html lang="${lang}"${lang === 'ar' ? raw(' dir="rtl"') : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><link rel="icon" href="data:,"><title>${title}</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}button{font:inherit;min-height:44px;padding:.5rem 1rem;border-radius:6px;border:2px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}button:focus-visible{outline:3px solid #111;outline-offset:2px}h2{font-size:1.2rem;margin-bottom:.25rem}a{color:#1d4ed8}</style></head>
<body><main><h1>${title}</h1>
${body}
</main></body></html>`.toString();
}
