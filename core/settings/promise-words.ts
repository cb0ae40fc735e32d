import { type Phrase, phrase } from '../lib/phrase';
import type { ShippingPromise } from './settings';

/** A shipping promise in words, as the what-if lever and the faces name it. */
export function describePromise(p: ShippingPromise): string {
  switch (p.type) {
    case 'same-day':
      return `same-day dispatch (cut-off ${p.cutoff})`;
    case 'next-day':
      return 'next-day dispatch';
    case '48h':
      return 'dispatch within 48 h';
    case 'hours':
      return `dispatch within ${p.hours} h`;
    case 'business-days':
      return `dispatch within ${p.days} business days`;
  }
}

/** describePromise as a phrase: "next-day dispatch" in the faces' language. */
export function promisePhrase(p: ShippingPromise): Phrase {
  switch (p.type) {
    case 'same-day':
      return phrase('dispatch_same_day', p.cutoff);
    case 'next-day':
      return phrase('dispatch_next_day');
    case '48h':
      return phrase('dispatch_48h');
    case 'hours':
      return phrase('dispatch_hours', String(p.hours));
    case 'business-days':
      return phrase('dispatch_business_days', String(p.days));
  }
}
