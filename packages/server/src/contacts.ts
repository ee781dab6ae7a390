/**
 * One key per way of reaching a parent, so rate limits count a person, not a spelling: e-mail in lower
 * case without a `+tag`, phone numbers in E.164 (Belgian numbers without a country code get +32).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import addressparser from 'nodemailer/lib/addressparser';
import { domainToASCII } from 'node:url';

/**
 * Whether an e-mail field holds exactly one plain mailbox, as nodemailer (which sends the mail) reads it:
 * no list (`a,b@…`), no group (`a;b:c@…`), no display name. Anything else could reach another address or
 * count one mailbox as several.
 */
export function isSingleMailbox(email: string): boolean {
  const value = email.trim();
  const parsed = addressparser(value);
  const only = parsed.length === 1 ? parsed[0] : undefined;
  return !!only && !('group' in only && only.group) && !only.name && only.address === value;
}

export function normalizeEmail(email: string): string {
  const [local = '', domain = ''] = email.trim().toLowerCase().split(/@(?=[^@]*$)/);
  // One domain, however it is written: `exämple.org` and `xn--exmple-cua.org` are the same mailbox host.
  return `${local.replace(/\+.*$/, '')}@${domainToASCII(domain) || domain}`;
}

/** E.164 (`+32470123456`), or the digits when the number cannot be read as a phone number. */
export function normalizePhone(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone.trim(), 'BE');
  return parsed?.isPossible() ? parsed.number : phone.replace(/[^\d+]/g, '');
}

/** The rate-limit key of a registration's contact: its e-mail when given, else its phone. */
export function contactKey(request: { email?: string | undefined; phone?: string | undefined }): string | undefined {
  if (request.email) return `e:${normalizeEmail(request.email)}`;
  if (request.phone) return `p:${normalizePhone(request.phone)}`;
  return undefined;
}
