import type { HolidayCalendar } from './calendar';

/**
 * China's public holidays with the State Council's adjusted working days (调休): the weekend days listed
 * under `worked` are working days. Douyin's business-day rules run on this calendar. 2027's arrangement
 * is published each November; until it is added here, 2027 dates count as ordinary days.
 */
export const cnPublic: HolidayCalendar = {
  id: 'cn-public',
  label: '中国法定节假日 (China public holidays)',
  years: [2026],
  off: [
    '2026-01-01',
    '2026-01-02',
    '2026-01-03', // 元旦
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-21',
    '2026-02-22',
    '2026-02-23', // 春节
    '2026-04-04',
    '2026-04-05',
    '2026-04-06', // 清明节
    '2026-05-01',
    '2026-05-02',
    '2026-05-03',
    '2026-05-04',
    '2026-05-05', // 劳动节
    '2026-06-19',
    '2026-06-20',
    '2026-06-21', // 端午节
    '2026-09-25',
    '2026-09-26',
    '2026-09-27', // 中秋节
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07', // 国庆节
  ],
  worked: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  source: {
    title: '国务院办公厅关于2026年部分节假日安排的通知 (State Council notice on the 2026 public holidays)',
    reference: 'State Council General Office, 2025-11-04, published by Xinhua',
    checked: '2026-12-05',
  },
};
