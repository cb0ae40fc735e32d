import type * as z from 'zod/mini';
import { MAX_CALENDAR_DAYS } from '../../core/settings/settings';
import { type MessageKey, t } from '../i18n';
import type { Path } from './draft';

/** The id of the control that edits a path: ['stages', 'ship', 'pickups', 0, 'time'] → 'f-stages-ship-pickups-0-time'. */
export const fieldId = (path: Path): string => `f-${path.join('-')}`;

/** Fields the form shows as percentages while the file holds fractions (0.93 ↔ 93 %). */
const PERCENT = new Set([
  'stages.delivery.onTimeRate',
  'model.buyerCancelRate',
  'model.buyerCancelRateSpread',
  'model.onTimeRateSpread',
  'model.pickupMissRate',
  'model.pickupMissRateSpread',
]);

/** What the form multiplies a stored value by to show it (100 for a percentage). */
export const scaleOf = (path: Path): number => (PERCENT.has(path.join('.')) ? 100 : 1);

const round = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** The settings schema's own sentences (core/settings/settings.ts, English), said in the page's language. */
const CORE_MESSAGE: Record<string, MessageKey> = {
  'expected a time as "HH:MM"': 'issue_time',
  'expected days such as "Mon-Fri" or "Sat,Sun"': 'issue_days',
  'expected an IANA time zone such as "Asia/Shanghai"': 'issue_time_zone',
  'expected dates as "YYYY-MM-DD", such as "2026-11-27"': 'options_calendar_issue_date',
  [`expected at most ${MAX_CALENDAR_DAYS} dates`]: 'options_calendar_issue_many',
};
const own = (issue: z.core.$ZodIssue) =>
  CORE_MESSAGE[issue.message] ? t(CORE_MESSAGE[issue.message], String(MAX_CALENDAR_DAYS)) : issue.message;

/**
 * The message shown beside a field: zod's own, except where it speaks of types ("received NaN" is an
 * empty box) or of the fraction behind a percentage (a limit of 1 is 100 %).
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const scale = scaleOf(path);
  const unit = scale === 100 ? ' %' : '';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int' && /received number$/.test(issue.message)) return t('issue_whole');
      if (issue.expected === 'number' || issue.expected === 'int') return t('issue_number');
      return own(issue);
    case 'too_small': {
      if (issue.origin !== 'number') return issue.message;
      const min = round(Number(issue.minimum) * scale) + unit;
      return issue.inclusive ? t('issue_min', min) : t('issue_more_than', min);
    }
    case 'too_big': {
      // A list or text past its ceiling (core/settings/settings-bounds.ts), unless the schema words it itself.
      const most = String(issue.maximum);
      if (issue.origin === 'array' && !CORE_MESSAGE[issue.message]) return t('issue_max_items', most);
      if (issue.origin === 'string') return t('issue_max_length', most);
      if (issue.origin !== 'number') return own(issue);
      const max = round(Number(issue.maximum) * scale) + unit;
      return issue.inclusive ? t('issue_max', max) : t('issue_less_than', max);
    }
    default:
      return own(issue);
  }
}

export type PlacedIssues = {
  /** Messages by control id, each shown beside its control. */
  byField: Map<string, string[]>;
  /** Issues no control shows, as "path: message", for the summary by the Save button. */
  unplaced: string[];
};

/** Puts each issue beside the control of its path, or of the longest prefix of it that has a control. */
export function placeIssues(issues: readonly z.core.$ZodIssue[], controls: readonly Path[]): PlacedIssues {
  const ids = new Set(controls.map(fieldId));
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    let id: string | undefined;
    for (let n = path.length; n > 0 && !id; n--) {
      const candidate = fieldId(path.slice(0, n));
      if (ids.has(candidate)) id = candidate;
    }
    const message = issueMessage(issue);
    // A list's items share its control: one message for two bad dates.
    if (id && byField.get(id)?.includes(message)) continue;
    if (id) byField.set(id, [...(byField.get(id) ?? []), message]);
    else unplaced.push(`${path.join('.') || 'settings'}: ${message}`);
  }
  return { byField, unplaced };
}
