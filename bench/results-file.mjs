// bench/results.json holds one section per benchmark (peers, render, server, feeds, core), each written by
// the run that measured it with its own date and machine, so running one part updates only its section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const file = new URL('./results.json', import.meta.url);

/** The machine a figure was measured on. */
export const machine = () => ({ cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version });

/** Replaces one section of bench/results.json, keeping the others. */
export function saveSection(name, figures) {
  const results = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  results[name] = { date: new Date().toISOString(), machine: machine(), ...figures };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote the "${name}" section of bench/results.json`);
}
