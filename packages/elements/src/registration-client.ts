/** The core's registration client, as a part of its own: loaded on demand (places left, my registrations, the form). */
export { RegistrationClient, countsFrom } from '@famcal/core';
