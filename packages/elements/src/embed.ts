/** The one-file embed: defines every famcal element. Safe to load twice. */
import './define/all.js';
