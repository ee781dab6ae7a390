import { createContext } from '@lit/context';
import type { FamcalStore } from '@famcal/core';

/** The core store, provided by `<famcal-calendar>` to the parts inside it. */
export const storeContext = createContext<FamcalStore | undefined>(Symbol.for('famcal-store'));
