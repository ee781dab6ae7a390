/**
 * @famcal/core — the framework-free headless core of famcal.
 *
 * Feed JSON → {@link parseFeed} → {@link expandSchedule} / {@link feedOccurrences} → {@link query} →
 * {@link createStore}; exports with {@link toICS} and {@link toJsonLd}. Zone offsets come from luxon's IANAZone
 * (the runtime's Intl data); the DST rules of RFC 5545 are famcal's own.
 * @packageDocumentation
 * @module @famcal/core
 */
export { FeedSchema, ActivitySchema, ScheduleSchema, PriceSchema } from './feed/schema.js';
export { CATEGORIES, AUDIENCES, FACILITIES, PRICE_TYPES, OCCURRENCE_STATUSES, CAPACITY_UNITS } from './feed/constants.js';
export type { FeedInput, ActivityInput } from './feed/schema.js';
export type * from './feed/types.js';
export { parseFeed, parseFeedInSteps, type ParseResult } from './feed/parse.js';
export { mergeFeeds, type MergeOptions, type MergeSource } from './feed/merge.js';
export { toFeedJson } from './feed/serialize.js';
export { pickText } from './feed/text.js';
export { CATEGORY_WORDS, CATEGORY_WORDS_NL, CATEGORY_WORDS_FR, CATEGORY_WORDS_EN, CATEGORY_WORDS_TR, CATEGORY_WORDS_AR, categoryWord } from './feed/words.js';
export { expandSchedule, ScheduleError, type Window, type ExpandedOccurrence } from './time/expand.js';
export { parseRRule, RRuleError, type ParsedRRule, type Until } from './time/rrule-parse.js';
export { closestWord } from './suggest.js';
export { parseDuration, type Duration } from './time/duration.js';
export { isValidTimeZone, localDateOf, localDateTimeOf, floatingToInstant, parseLocalDateTime } from './time/local.js';
export * from './time/calendar.js';
export { feedOccurrences, expandFeed, activityOccurrences, occurrenceById, remainingSeriesDates, placedDates } from './occurrences.js';
export { isMovedAway, byStart, occurrenceId, parseOccurrenceId, placesTakenElsewhere, closureOn, occurrencesOfPlaced, type MovedAway, type Occurrence, type OccurrenceOptions, type PlacedDate } from './occurrence.js';
export { feedEngine, type FeedEngine } from './engine.js';
export { DATES_AHEAD_FORMAT, DATES_AHEAD_MEDIA_TYPE, FEED_ACCEPT, type DatesAheadDocument, type DateAhead } from './dates-ahead/format.js';
export { writeDatesAhead, datesAheadWindow } from './dates-ahead/write.js';
export { readDatesAhead, occurrencesAhead, looksLikeDatesAhead, DatesAheadError, type DatesAhead } from './dates-ahead/read.js';
export { availabilityOf, registrationWindow, fewPlacesThreshold, type Availability, type AvailabilityInfo, type RegistrationCounts } from './availability.js';
export { matcher, filterOccurrences, ageMatches, hasFilters, isFilterSet, timeOfDayOf, type Filters, type ChildAge, type TimeOfDay, type PriceFilter } from './query/filters.js';
export { query, type Query } from './query/query.js';
export { groupByDay, inWindow, type Day } from './query/days.js';
export { createStore, type FamcalStore, type StoreState, type StoreOptions, type StoreStatus, type Listener } from './store.js';
export { toICS, type IcsSelection, type IcsOptions } from './export/ics.js';
export { toJsonLd, occurrencesJsonLd, type JsonLdOptions } from './export/jsonld.js';
export { toUdb3, type Udb3Options, type Udb3Document, type Udb3Result } from './export/udb3.js';
export { feedJsonSchema } from './feed/json-schema.js';
export { createFormatter, type Formatter } from './format.js';
export { feedFacets, activeFilters, withoutFilter, type Facets } from './facets.js';
export * from './registration/errors.js';
export * from './registration/contract.js';
export * from './registration/responses.js';
export { RegistrationClient, countsFrom, newIdempotencyKey, type RegisterOutcome, type RegistrationClientOptions } from './registration/client.js';
export { placesFor } from './registration/places.js';
export { schoolHolidays, COMMUNITIES, type Community, type SchoolYear } from './closures/school-holidays.js';
export { PUBLISHED_SCHOOL_HOLIDAYS, type PublishedSchoolYear } from './closures/published.js';
export { easterSunday } from './closures/easter.js';
export { scheduleFromChoice, choiceFromSchedule, WEEKDAY_CODES, type RepeatChoice, type RepeatingChoice, type RepeatEnd, type WeekdayCode, type MonthPosition, type ScheduleFromChoiceOptions } from './schedule/choice.js';
export { describeRepeat, type RepeatLanguage } from './schedule/describe.js';
export { comingDates, type ComingDate, type ComingDatesOptions } from './schedule/coming.js';
