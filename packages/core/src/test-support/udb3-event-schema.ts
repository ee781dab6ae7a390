/**
 * famcal's own JSON Schema (2020-12) of a UiTdatabank event document, written from reading publiq's
 * published schemas (cultuurnet/udb3-json-schemas: event, event-subEvent, common-priceInfo,
 * event-typicalAgeRange, event-bookingAvailability, common-bookingInfo, event-childrenOnly, common-status).
 * It states the rules those schemas set for the fields famcal writes; it is not a copy of them.
 */
const LANGUAGES = ['nl', 'fr', 'de', 'en'] as const;
const localizedText = {
  type: 'object',
  minProperties: 1,
  propertyNames: { enum: LANGUAGES },
  additionalProperties: { type: 'string', minLength: 1, pattern: '\\S' },
} as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const uuidUri = (kind: string) => ({
  type: 'string',
  format: 'uri',
  pattern: `^https?://.+?/${kind}/[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}/?`,
});
const status = {
  type: 'object',
  required: ['type'],
  properties: { type: { enum: ['Available', 'TemporarilyUnavailable', 'Unavailable'] }, reason: localizedText },
  additionalProperties: false,
} as const;
const bookingAvailability = {
  type: 'object',
  required: ['type'],
  properties: { type: { enum: ['Available', 'Unavailable'] }, capacity: { type: 'integer', minimum: 0 }, remainingCapacity: { type: 'integer', minimum: 0 } },
  additionalProperties: false,
} as const;

export const udb3EventSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['mainLanguage', 'name', 'terms', 'calendarType'],
  properties: {
    mainLanguage: { enum: LANGUAGES },
    name: localizedText,
    description: localizedText,
    terms: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      // Exactly one event type.
      contains: { type: 'object', required: ['domain'], properties: { domain: { const: 'eventtype' } } },
      minContains: 1,
      maxContains: 1,
      items: {
        type: 'object',
        required: ['id'],
        properties: { id: { type: 'string', pattern: '^\\d+(\\.\\d+){4}$' }, label: { type: 'string' }, domain: { enum: ['eventtype', 'theme', 'facility'] } },
      },
    },
    location: { type: 'object', required: ['@id'], properties: { '@id': uuidUri('places?') } },
    organizer: { type: 'object', required: ['@id'], properties: { '@id': uuidUri('organi[sz]ers?') } },
    attendanceMode: { enum: ['offline', 'online', 'mixed'] },
    onlineUrl: { type: 'string', format: 'uri' },
    calendarType: { enum: ['single', 'multiple', 'periodic', 'permanent'] },
    startDate: dateTime,
    endDate: dateTime,
    status,
    subEvent: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['startDate', 'endDate'],
        properties: {
          id: { type: 'integer', minimum: 0 },
          startDate: dateTime,
          endDate: dateTime,
          status,
          bookingAvailability,
          childcare: { type: 'object', properties: { start: { type: 'string', pattern: '^\\d{1,2}:\\d{2}$' }, end: { type: 'string', pattern: '^\\d{1,2}:\\d{2}$' } } },
        },
        additionalProperties: false,
      },
    },
    typicalAgeRange: { type: 'string', pattern: '^[\\d]*-[\\d]*$' },
    childrenOnly: { type: 'boolean' },
    priceInfo: {
      type: 'array',
      minItems: 1,
      // Exactly one base price.
      contains: { type: 'object', required: ['category'], properties: { category: { const: 'base' } } },
      minContains: 1,
      maxContains: 1,
      items: {
        type: 'object',
        required: ['category', 'price'],
        properties: { category: { enum: ['base', 'tariff', 'uitpas'] }, price: { type: 'number', minimum: 0 }, priceCurrency: { const: 'EUR' }, name: localizedText, groupPrice: { type: 'boolean' } },
        // A tariff needs a name.
        if: { properties: { category: { const: 'tariff' } } },
        then: { required: ['name'] },
        additionalProperties: false,
      },
    },
    bookingInfo: {
      type: 'object',
      properties: {
        phone: { type: 'string', minLength: 1, pattern: '\\S' },
        email: { type: 'string', format: 'email' },
        url: { type: 'string', format: 'uri' },
        urlLabel: localizedText,
        availabilityStarts: dateTime,
        availabilityEnds: dateTime,
      },
      dependentRequired: { url: ['urlLabel'] },
      additionalProperties: false,
    },
  },
  allOf: [
    // Dates one by one for single and multiple; a place unless the event is online.
    { if: { properties: { calendarType: { enum: ['single', 'multiple'] } } }, then: { required: ['subEvent', 'startDate', 'endDate'] } },
    { if: { properties: { calendarType: { const: 'single' } } }, then: { properties: { subEvent: { maxItems: 1 } } } },
    { if: { not: { properties: { attendanceMode: { const: 'online' } }, required: ['attendanceMode'] } }, then: { required: ['location'] } },
  ],
  additionalProperties: false,
} as const;
