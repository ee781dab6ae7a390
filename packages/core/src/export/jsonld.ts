export type JsonLdOptions = never; export function toJsonLd(): unknown { return null; }
