/** Turkish words, loaded when a page asks for Turkish: the calendar's (messages/tr.json compiled to messages/tr.ts) and the registration form's in one chunk — one request, and the two compress together. */
export { default as words } from './messages/tr.js';
export { default as register } from './register/tr.js';
