/**
 * The child's age, remembered on this device (localStorage) so a returning parent does not type it
 * again — only the age, and only once the parent ticks "remember" (off by default: privacy by default).
 */
import type { ChildAge } from '@famcal/core';

const KEY = 'famcal:child-age';
const ON = 'famcal:child-age-on';

export function rememberingAge(): boolean {
  try {
    return localStorage.getItem(ON) === '1';
  } catch {
    return false;
  }
}

export function savedAge(): ChildAge | undefined {
  try {
    const match = /^(\d{1,3})(y|m)$/.exec(localStorage.getItem(KEY) ?? '');
    return match && rememberingAge() ? { value: Number(match[1]), unit: match[2] === 'm' ? 'months' : 'years' } : undefined;
  } catch {
    return undefined;
  }
}

export function saveAge(age: ChildAge | undefined): void {
  try {
    if (!rememberingAge()) return;
    if (age) localStorage.setItem(KEY, `${age.value}${age.unit === 'months' ? 'm' : 'y'}`);
    else localStorage.removeItem(KEY);
  } catch {
    // Private mode or full storage: the filter works, it is just not remembered.
  }
}

/** Turns remembering on or off; off also forgets the saved age. */
export function setRememberingAge(on: boolean, age: ChildAge | undefined): void {
  try {
    if (on) {
      localStorage.setItem(ON, '1');
      saveAge(age);
    } else {
      localStorage.removeItem(ON);
      localStorage.removeItem(KEY);
    }
  } catch {
    // as above
  }
}
