/** French words, loaded when a page asks for French: the calendar's (messages/fr.json compiled to messages/fr.ts) and the registration form's in one chunk — one request, and the two compress together. */
export { default as words } from './messages/fr.js';
export { default as register } from './register/fr.js';
