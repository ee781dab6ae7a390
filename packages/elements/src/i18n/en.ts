/** English words, loaded when a page asks for English: the calendar's (messages/en.json compiled to messages/en.ts) and the registration form's in one chunk — one request, and the two compress together. */
export { default as words } from './messages/en.js';
export { default as register } from './register/en.js';
