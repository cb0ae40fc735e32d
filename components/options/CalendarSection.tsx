import { t } from '../i18n';
import { DateListField } from './fields';

/**
 * The days the seller adds to the calendars (issue #12 clause 3), each list typed as comma-separated
 * dates: the platform's announced extensions (no business day on the rule clock), and the days the
 * warehouse does not pack and the carrier does not collect (the warehouse's zone).
 */
export function CalendarSection() {
  return (
    <section class="section" aria-labelledby="s-calendar">
      <h2 id="s-calendar">{t('options_calendar')}</h2>
      <p class="section-hint">{t('options_calendar_hint')}</p>
      <div class="grid">
        <DateListField
          path={['calendar', 'platformExtensions']}
          label={t('options_calendar_platform')}
          hint={t('options_calendar_platform_hint')}
        />
        <DateListField
          path={['calendar', 'warehouseClosed']}
          label={t('options_calendar_warehouse')}
          hint={t('options_calendar_warehouse_hint')}
        />
        <DateListField
          path={['calendar', 'carrierClosed']}
          label={t('options_calendar_carrier')}
          hint={t('options_calendar_carrier_hint')}
        />
        <DateListField
          path={['calendar', 'forceMajeure']}
          label={t('options_calendar_force_majeure')}
          hint={t('options_calendar_force_majeure_hint')}
        />
      </div>
    </section>
  );
}
