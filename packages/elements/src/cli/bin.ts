#!/usr/bin/env node
// The `famcal-html` bin: `famcal-html feed.json …` is `famcal html feed.json …` (which the core's famcal runs through it).
import { runMain } from '@famcal/core/cli';
import { htmlCommand } from './html.js';

await runMain([htmlCommand], ['html']);
