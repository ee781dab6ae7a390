/** The error codes of the service's answers: shared by the request contract, the response schemas and the client. */

/** The codes of the service's error answers. */
export const ERROR_CODES = ['invalid', 'full', 'closed', 'cancelled', 'past', 'not-found', 'rate-limited', 'conflict', 'unauthorized', 'forbidden', 'too-large', 'server'] as const;
/** One of {@link ERROR_CODES}. */
export type ErrorCode = (typeof ERROR_CODES)[number];
