#!/usr/bin/env node
// The `famcal` bin: the core's commands (and `famcal html` through @famcal/elements' famcal-html).
import { runMain } from './cli/main.js';

await runMain();
