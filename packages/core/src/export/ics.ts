export type IcsSelection = never; export type IcsOptions = never; export function toICS(): string { return ''; }
