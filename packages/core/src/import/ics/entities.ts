/** Entities: the draft's locations (with a Belgian-style address when LOCATION has one) and organisers, one per distinct text or address. */
import type ICAL from 'ical.js';
import type { JsonObject } from '../../feed/types.js';
import { slug, uniqueIn } from '../ids.js';
import { textOf } from './properties.js';

/** How many locations and organisers there were, to undo what one event added. */
export interface EntitiesMark {
  readonly locations: number;
  readonly organizers: number;
}

/** The locations and organisers of the draft, each found once by the text the calendar writes. */
export class Entities {
  readonly organizers = new Map<string, JsonObject>();
  readonly locations = new Map<string, JsonObject>();
  private readonly locationIds = new Map<string, string>();
  private readonly organizerIds = new Map<string, string>();

  /** Where things stand, for {@link undo}. */
  mark(): EntitiesMark {
    return { locations: this.locations.size, organizers: this.organizers.size };
  }

  /** Removes what was added after `mark`. */
  undo(mark: EntitiesMark): void {
    dropAfter(this.locations, mark.locations, this.locationIds);
    dropAfter(this.organizers, mark.organizers, this.organizerIds);
  }

  /** The id of the event's LOCATION, added on first sight; undefined without one. */
  locationOf(event: ICAL.Component): string | undefined {
    const text = textOf(event, 'location');
    if (!text) return undefined;
    const known = this.locationIds.get(text);
    if (known) return known;
    const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
    // "Name, Street 1, 2000 City[, Country]" or "Street 1, 2000 City": a Belgian-style address when it looks like one.
    const cityAt = parts.findIndex((p) => /^\d{4,5}\s+\S/.test(p));
    const location: JsonObject = { id: '', name: parts[0] ?? text };
    if (cityAt >= 1) {
      const [, postalCode, city] = /^(\d{4,5})\s+(.+)$/.exec(parts[cityAt]!)!;
      const street = parts[cityAt - 1]!;
      location.name = cityAt >= 2 ? parts.slice(0, cityAt - 1).join(', ') : street;
      location.address = { street, postalCode, city };
    } else location.name = text;
    const geo = event.getFirstPropertyValue('geo');
    if (Array.isArray(geo) && geo.length === 2) location.geo = { lat: Number(geo[0]), lon: Number(geo[1]) };
    const id = uniqueIn(slug(String(location.name)) || 'location', this.locations);
    location.id = id;
    this.locations.set(id, location);
    this.locationIds.set(text, id);
    return id;
  }

  /** The id of the event's ORGANIZER, added on first sight; undefined without one. */
  organizerOf(event: ICAL.Component): string | undefined {
    const prop = event.getFirstProperty('organizer');
    if (!prop) return undefined;
    const email = String(prop.getFirstValue() ?? '').replace(/^mailto:/i, '').trim();
    const cn = prop.getParameter('cn');
    const name = (typeof cn === 'string' && cn.trim()) || email;
    if (!name) return undefined;
    const key = email || name;
    const known = this.organizerIds.get(key);
    if (known) return known;
    const id = uniqueIn(slug(cn ? String(cn) : email.split('@')[0] ?? '') || 'organizer', this.organizers);
    // Google names a calendar's own address as organizer: useful as a contact, but check it is one parents may write to.
    this.organizers.set(id, { id, name, ...(/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(email) && !/calendar\.google\.com$/i.test(email) ? { email } : {}) });
    this.organizerIds.set(key, id);
    return id;
  }
}

/** Removes what was added to `entries` after its first `size` entries, and what points to them from `byKey`. */
function dropAfter(entries: Map<string, JsonObject>, size: number, byKey: Map<string, string>): void {
  for (const id of [...entries.keys()].slice(size)) {
    entries.delete(id);
    for (const [key, value] of byKey) if (value === id) byKey.delete(key);
  }
}
