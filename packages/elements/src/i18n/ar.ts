/** Arabic words, loaded when a page asks for Arabic: the calendar's (messages/ar.json compiled to messages/ar.ts) and the registration form's in one chunk — one request, and the two compress together. */
export { default as words } from './messages/ar.js';
export { default as register } from './register/ar.js';
