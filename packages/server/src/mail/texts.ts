/**
 * What the mails say, per language. `nl` is the contract: every other catalogue must have the same
 * keys (a compile error otherwise). Feed texts are passed in as arguments and escaped by the renderer.
 */
const nl = {
  locale: 'nl-BE',
  hello: (name: string) => `Dag ${name},`,
  when: 'Wanneer',
  where: 'Waar',
  places: 'Plaatsen',
  dates: 'Data',
  organizer: 'Organisator',
  message: 'Bericht van de organisator',
  cancelLink: 'Kan je toch niet komen? Annuleer hier, dan gaat je plaats naar iemand anders:',
  leaveWaitlist: 'Wil je niet meer op de wachtlijst staan? Dat kan hier:',
  icsHint: 'In de bijlage zit de activiteit voor je agenda.',
  closing: 'Tot dan!',
  noReply: 'Vragen? Antwoord op deze mail; je bericht gaat naar de organisator.',
  confirmation: {
    subject: (title: string, date: string) => `Ingeschreven: ${title}, ${date}`,
    intro: (title: string) => `Je bent ingeschreven voor ${title}.`,
  },
  series: (count: number) => `Je inschrijving geldt voor alle ${count} data.`,
  waitlisted: {
    subject: (title: string, date: string) => `Op de wachtlijst: ${title}, ${date}`,
    intro: (title: string, position: number) => `${title} is volzet. Je staat op de wachtlijst, op plaats ${position}. Komt er een plaats vrij, dan ben je automatisch ingeschreven en krijg je een mail.`,
  },
  promoted: {
    subject: (title: string, date: string) => `Er is een plaats vrij: je bent ingeschreven voor ${title}, ${date}`,
    intro: (title: string) => `Goed nieuws: er kwam een plaats vrij. Je stond op de wachtlijst en bent nu ingeschreven voor ${title}.`,
  },
  cancelledByParent: {
    subject: (title: string, date: string) => `Inschrijving geannuleerd: ${title}, ${date}`,
    intro: (title: string) => `Je inschrijving voor ${title} is geannuleerd. Bedankt om het te laten weten.`,
  },
  cancelledByCoordinator: {
    subject: (title: string, date: string) => `Inschrijving geannuleerd: ${title}, ${date}`,
    intro: (title: string) => `De organisator heeft je inschrijving voor ${title} geannuleerd.`,
  },
  dateCancelled: {
    subject: (title: string, date: string) => `Gaat niet door: ${title}, ${date}`,
    intro: (title: string) => `Jammer: ${title} gaat op deze datum niet door. Je hoeft niets te doen.`,
  },
  dateMoved: {
    subject: (title: string, date: string) => `Nieuwe datum: ${title}, nu op ${date}`,
    intro: (title: string, before: string) => `${title} gaat niet door op ${before}, maar op het nieuwe tijdstip hieronder. Je inschrijving blijft geldig.`,
  },
  reminder: {
    subject: (title: string, date: string) => `Herinnering: ${title}, ${date}`,
    intro: (title: string) => `We zien je graag bij ${title}.`,
  },
  notice: {
    subject: (what: string, title: string, date: string) => `${what}: ${title}, ${date}`,
    registered: 'Nieuwe inschrijving',
    waitlisted: 'Nieuw op de wachtlijst',
    cancelled: 'Annulering',
    name: 'Naam',
    contact: 'Contact',
    people: 'Personen',
    peopleValue: (adults: number, children: number) => `${adults} volwassene(n), ${children} kind(eren)`,
    childcare: 'Kinderopvang',
    yes: 'ja',
    rate: 'Tarief',
    remarks: 'Opmerkingen',
    count: 'Stand',
    countValue: (confirmed: number, capacity: number | undefined, waitlisted: number) =>
      `${confirmed}${capacity ? ` van ${capacity}` : ''} plaatsen bezet, ${waitlisted} op de wachtlijst`,
  },
  digest: {
    subject: (count: number, date: string) => `${count} inschrijving(en) en annulering(en) tot ${date}`,
    intro: 'Dit gebeurde sinds het vorige overzicht:',
    registered: 'ingeschreven',
    waitlisted: 'wachtlijst',
    cancelled: 'geannuleerd',
  },
};

export type MailTexts = typeof nl;

const fr: MailTexts = {
  locale: 'fr-BE',
  hello: (name) => `Bonjour ${name},`,
  when: 'Quand',
  where: 'Où',
  places: 'Places',
  dates: 'Dates',
  organizer: 'Organisateur',
  message: 'Message de l’organisateur',
  cancelLink: 'Vous ne pouvez pas venir ? Annulez ici, votre place ira à quelqu’un d’autre :',
  leaveWaitlist: 'Vous ne souhaitez plus être sur la liste d’attente ? C’est ici :',
  icsHint: 'L’activité est en pièce jointe, pour votre agenda.',
  closing: 'À bientôt !',
  noReply: 'Des questions ? Répondez à ce message ; il sera transmis à l’organisateur.',
  confirmation: {
    subject: (title, date) => `Inscription confirmée : ${title}, ${date}`,
    intro: (title) => `Vous êtes inscrit·e à ${title}.`,
  },
  series: (count) => `Votre inscription vaut pour les ${count} dates.`,
  waitlisted: {
    subject: (title, date) => `Sur la liste d’attente : ${title}, ${date}`,
    intro: (title, position) => `${title} est complet. Vous êtes sur la liste d’attente, en position ${position}. Si une place se libère, vous serez inscrit·e automatiquement et recevrez un message.`,
  },
  promoted: {
    subject: (title, date) => `Une place s’est libérée : vous êtes inscrit·e à ${title}, ${date}`,
    intro: (title) => `Bonne nouvelle : une place s’est libérée. Vous étiez sur la liste d’attente et êtes maintenant inscrit·e à ${title}.`,
  },
  cancelledByParent: {
    subject: (title, date) => `Inscription annulée : ${title}, ${date}`,
    intro: (title) => `Votre inscription à ${title} est annulée. Merci de nous avoir prévenus.`,
  },
  cancelledByCoordinator: {
    subject: (title, date) => `Inscription annulée : ${title}, ${date}`,
    intro: (title) => `L’organisateur a annulé votre inscription à ${title}.`,
  },
  dateCancelled: {
    subject: (title, date) => `Annulé : ${title}, ${date}`,
    intro: (title) => `Dommage : ${title} n’a pas lieu à cette date. Vous n’avez rien à faire.`,
  },
  dateMoved: {
    subject: (title, date) => `Nouvelle date : ${title}, désormais le ${date}`,
    intro: (title, before) => `${title} n’a pas lieu le ${before}, mais au nouveau moment ci-dessous. Votre inscription reste valable.`,
  },
  reminder: {
    subject: (title, date) => `Rappel : ${title}, ${date}`,
    intro: (title) => `Nous nous réjouissons de vous voir à ${title}.`,
  },
  notice: {
    subject: (what, title, date) => `${what} : ${title}, ${date}`,
    registered: 'Nouvelle inscription',
    waitlisted: 'Nouveau sur la liste d’attente',
    cancelled: 'Annulation',
    name: 'Nom',
    contact: 'Contact',
    people: 'Personnes',
    peopleValue: (adults, children) => `${adults} adulte(s), ${children} enfant(s)`,
    childcare: 'Garde d’enfants',
    yes: 'oui',
    rate: 'Tarif',
    remarks: 'Remarques',
    count: 'État',
    countValue: (confirmed, capacity, waitlisted) => `${confirmed}${capacity ? ` sur ${capacity}` : ''} places prises, ${waitlisted} sur la liste d’attente`,
  },
  digest: {
    subject: (count, date) => `${count} inscription(s) et annulation(s) jusqu’au ${date}`,
    intro: 'Voici ce qui s’est passé depuis le dernier récapitulatif :',
    registered: 'inscrit·e',
    waitlisted: 'liste d’attente',
    cancelled: 'annulé',
  },
};

const en: MailTexts = {
  locale: 'en-GB',
  hello: (name) => `Dear ${name},`,
  when: 'When',
  where: 'Where',
  places: 'Places',
  dates: 'Dates',
  organizer: 'Organiser',
  message: 'Message from the organiser',
  cancelLink: 'Can’t come after all? Cancel here, so your place goes to someone else:',
  leaveWaitlist: 'No longer want to be on the waiting list? Leave it here:',
  icsHint: 'The activity is attached, for your calendar.',
  closing: 'See you then!',
  noReply: 'Questions? Reply to this mail; it goes to the organiser.',
  confirmation: {
    subject: (title, date) => `Registered: ${title}, ${date}`,
    intro: (title) => `You are registered for ${title}.`,
  },
  series: (count) => `Your registration is for all ${count} dates.`,
  waitlisted: {
    subject: (title, date) => `On the waiting list: ${title}, ${date}`,
    intro: (title, position) => `${title} is full. You are on the waiting list, at position ${position}. If a place comes free, you are registered automatically and we send you a mail.`,
  },
  promoted: {
    subject: (title, date) => `A place came free: you are registered for ${title}, ${date}`,
    intro: (title) => `Good news: a place came free. You were on the waiting list and are now registered for ${title}.`,
  },
  cancelledByParent: {
    subject: (title, date) => `Registration cancelled: ${title}, ${date}`,
    intro: (title) => `Your registration for ${title} is cancelled. Thank you for letting us know.`,
  },
  cancelledByCoordinator: {
    subject: (title, date) => `Registration cancelled: ${title}, ${date}`,
    intro: (title) => `The organiser cancelled your registration for ${title}.`,
  },
  dateCancelled: {
    subject: (title, date) => `Cancelled: ${title}, ${date}`,
    intro: (title) => `We are sorry: ${title} does not take place on this date. You need not do anything.`,
  },
  dateMoved: {
    subject: (title, date) => `New date: ${title}, now on ${date}`,
    intro: (title, before) => `${title} no longer takes place on ${before}, but at the new time below. Your registration still holds.`,
  },
  reminder: {
    subject: (title, date) => `Reminder: ${title}, ${date}`,
    intro: (title) => `We look forward to seeing you at ${title}.`,
  },
  notice: {
    subject: (what, title, date) => `${what}: ${title}, ${date}`,
    registered: 'New registration',
    waitlisted: 'New on the waiting list',
    cancelled: 'Cancellation',
    name: 'Name',
    contact: 'Contact',
    people: 'People',
    peopleValue: (adults, children) => `${adults} adult(s), ${children} child(ren)`,
    childcare: 'Childcare',
    yes: 'yes',
    rate: 'Rate',
    remarks: 'Remarks',
    count: 'Count',
    countValue: (confirmed, capacity, waitlisted) => `${confirmed}${capacity ? ` of ${capacity}` : ''} places taken, ${waitlisted} on the waiting list`,
  },
  digest: {
    subject: (count, date) => `${count} registration(s) and cancellation(s) up to ${date}`,
    intro: 'This happened since the last summary:',
    registered: 'registered',
    waitlisted: 'waiting list',
    cancelled: 'cancelled',
  },
};

const tr: MailTexts = {
  locale: 'tr-TR',
  hello: (name) => `Merhaba ${name},`,
  when: 'Ne zaman',
  where: 'Nerede',
  places: 'Yer sayısı',
  dates: 'Tarihler',
  organizer: 'Düzenleyen',
  message: 'Düzenleyenden mesaj',
  cancelLink: 'Gelemeyecek misiniz? Buradan iptal edin, yeriniz başka birine geçsin:',
  leaveWaitlist: 'Artık bekleme listesinde olmak istemiyor musunuz? Buradan çıkabilirsiniz:',
  icsHint: 'Etkinlik, takviminize eklemeniz için ektedir.',
  closing: 'Görüşmek üzere!',
  noReply: 'Sorunuz mu var? Bu e-postayı yanıtlayın; mesajınız düzenleyene gider.',
  confirmation: {
    subject: (title, date) => `Kaydınız alındı: ${title}, ${date}`,
    intro: (title) => `${title} için kaydınız yapıldı.`,
  },
  series: (count) => `Kaydınız ${count} tarihin hepsi için geçerlidir.`,
  waitlisted: {
    subject: (title, date) => `Bekleme listesinde: ${title}, ${date}`,
    intro: (title, position) => `${title} dolu. Bekleme listesindesiniz, sıranız: ${position}. Bir yer boşalırsa kaydınız otomatik olarak yapılır ve size e-posta gönderilir.`,
  },
  promoted: {
    subject: (title, date) => `Bir yer boşaldı: ${title} için kaydınız yapıldı, ${date}`,
    intro: (title) => `İyi haber: bir yer boşaldı. Bekleme listesindeydiniz, artık ${title} için kayıtlısınız.`,
  },
  cancelledByParent: {
    subject: (title, date) => `Kayıt iptal edildi: ${title}, ${date}`,
    intro: (title) => `${title} için kaydınız iptal edildi. Haber verdiğiniz için teşekkürler.`,
  },
  cancelledByCoordinator: {
    subject: (title, date) => `Kayıt iptal edildi: ${title}, ${date}`,
    intro: (title) => `Düzenleyen, ${title} için kaydınızı iptal etti.`,
  },
  dateCancelled: {
    subject: (title, date) => `Yapılmayacak: ${title}, ${date}`,
    intro: (title) => `Üzgünüz: ${title} bu tarihte yapılmayacak. Bir şey yapmanıza gerek yok.`,
  },
  dateMoved: {
    subject: (title, date) => `Yeni tarih: ${title}, artık ${date}`,
    intro: (title, before) => `${title} ${before} tarihinde değil, aşağıdaki yeni zamanda yapılacak. Kaydınız geçerli.`,
  },
  reminder: {
    subject: (title, date) => `Hatırlatma: ${title}, ${date}`,
    intro: (title) => `Sizi ${title} etkinliğinde görmeyi bekliyoruz.`,
  },
  notice: {
    subject: (what, title, date) => `${what}: ${title}, ${date}`,
    registered: 'Yeni kayıt',
    waitlisted: 'Bekleme listesinde yeni kişi',
    cancelled: 'İptal',
    name: 'Ad',
    contact: 'İletişim',
    people: 'Kişiler',
    peopleValue: (adults, children) => `${adults} yetişkin, ${children} çocuk`,
    childcare: 'Çocuk bakımı',
    yes: 'evet',
    rate: 'Tarife',
    remarks: 'Notlar',
    count: 'Durum',
    countValue: (confirmed, capacity, waitlisted) => `${confirmed}${capacity ? ` / ${capacity}` : ''} yer dolu, bekleme listesinde ${waitlisted} kişi`,
  },
  digest: {
    subject: (count, date) => `${date} tarihine kadar ${count} kayıt ve iptal`,
    intro: 'Son özetten bu yana olanlar:',
    registered: 'kayıtlı',
    waitlisted: 'bekleme listesi',
    cancelled: 'iptal edildi',
  },
};

const ar: MailTexts = {
  locale: 'ar-MA',
  hello: (name) => `مرحبًا ${name}،`,
  when: 'متى',
  where: 'أين',
  places: 'عدد الأماكن',
  dates: 'التواريخ',
  organizer: 'الجهة المنظمة',
  message: 'رسالة من الجهة المنظمة',
  cancelLink: 'لا تستطيع الحضور؟ ألغِ التسجيل من هنا ليذهب مكانك إلى شخص آخر:',
  leaveWaitlist: 'لم تعد ترغب في البقاء على قائمة الانتظار؟ يمكنك الخروج منها هنا:',
  icsHint: 'تجد النشاط في المرفق لإضافته إلى تقويمك.',
  closing: 'إلى اللقاء!',
  noReply: 'لديك سؤال؟ ردّ على هذه الرسالة وستصل إلى الجهة المنظمة.',
  confirmation: {
    subject: (title, date) => `تم التسجيل: ${title}، ${date}`,
    intro: (title) => `تم تسجيلك في ${title}.`,
  },
  series: (count) => `تسجيلك صالح لجميع التواريخ (${count}).`,
  waitlisted: {
    subject: (title, date) => `على قائمة الانتظار: ${title}، ${date}`,
    intro: (title, position) => `${title} ممتلئ. أنت على قائمة الانتظار في المرتبة ${position}. إذا أصبح مكان شاغرًا، يتم تسجيلك تلقائيًا وتصلك رسالة.`,
  },
  promoted: {
    subject: (title, date) => `أصبح مكان شاغرًا: تم تسجيلك في ${title}، ${date}`,
    intro: (title) => `خبر سار: أصبح مكان شاغرًا. كنت على قائمة الانتظار وأنت الآن مسجَّل في ${title}.`,
  },
  cancelledByParent: {
    subject: (title, date) => `تم إلغاء التسجيل: ${title}، ${date}`,
    intro: (title) => `تم إلغاء تسجيلك في ${title}. شكرًا لإعلامنا.`,
  },
  cancelledByCoordinator: {
    subject: (title, date) => `تم إلغاء التسجيل: ${title}، ${date}`,
    intro: (title) => `ألغت الجهة المنظمة تسجيلك في ${title}.`,
  },
  dateCancelled: {
    subject: (title, date) => `لن يُقام: ${title}، ${date}`,
    intro: (title) => `للأسف، لن يُقام ${title} في هذا التاريخ. لا تحتاج إلى فعل أي شيء.`,
  },
  dateMoved: {
    subject: (title, date) => `موعد جديد: ${title}، الآن في ${date}`,
    intro: (title, before) => `لن يُقام ${title} في ${before}، بل في الموعد الجديد أدناه. تسجيلك ما زال صالحًا.`,
  },
  reminder: {
    subject: (title, date) => `تذكير: ${title}، ${date}`,
    intro: (title) => `نتطلع إلى رؤيتك في ${title}.`,
  },
  notice: {
    subject: (what, title, date) => `${what}: ${title}، ${date}`,
    registered: 'تسجيل جديد',
    waitlisted: 'جديد على قائمة الانتظار',
    cancelled: 'إلغاء',
    name: 'الاسم',
    contact: 'وسيلة الاتصال',
    people: 'الأشخاص',
    peopleValue: (adults, children) => `البالغون: ${adults}، الأطفال: ${children}`,
    childcare: 'حضانة الأطفال',
    yes: 'نعم',
    rate: 'التعريفة',
    remarks: 'ملاحظات',
    count: 'الحالة',
    countValue: (confirmed, capacity, waitlisted) => `الأماكن المحجوزة: ${confirmed}${capacity ? ` من ${capacity}` : ''}، على قائمة الانتظار: ${waitlisted}`,
  },
  digest: {
    subject: (count, date) => `التسجيلات والإلغاءات حتى ${date}: ${count}`,
    intro: 'هذا ما حدث منذ الملخص السابق:',
    registered: 'مسجَّل',
    waitlisted: 'قائمة الانتظار',
    cancelled: 'ملغى',
  },
};

const CATALOGUES: Record<MailLanguage, MailTexts> = { nl, fr, en, tr, ar };

/** The languages mails are written in (the widget's). */
export type MailLanguage = 'nl' | 'fr' | 'en' | 'tr' | 'ar';
/** Languages written right to left. */
export const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar']);

/** The catalogue for a language, falling back to `fallback` and then Dutch. */
export function mailTexts(language: string | null | undefined, fallback?: string): MailTexts {
  return CATALOGUES[mailLanguage(language, fallback)];
}

/** The language to write in: the parent's, else the feed's, else Dutch. */
export function mailLanguage(language: string | null | undefined, fallback?: string): MailLanguage {
  for (const candidate of [language, fallback]) if (candidate && Object.hasOwn(CATALOGUES, candidate)) return candidate as MailLanguage;
  return 'nl';
}
