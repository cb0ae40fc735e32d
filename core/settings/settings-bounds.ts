/**
 * The ceiling of every figure in the settings file (issue #16), each more than a real seller needs: the
 * model walks a promise day by day and the shifts and pickups one by one, so a figure far past any real
 * warehouse's (a promise of 10^12 business days) would hang the estimator instead of being refused.
 */
export const SETTINGS_BOUNDS = {
  /** Longer than any promise the platforms accept, pre-sale included. */
  promiseDays: 30,
  /** The same 30 days in hours. */
  promiseHours: 720,
  /** A receipt batch at least once a day. */
  batchEveryMinutes: 24 * 60,
  /** One order every 3.6 s per person: past the fastest packing line's pace. */
  ordersPerPackerHour: 1000,
  /** Past the floor of the largest fulfilment centre. */
  packersPerShift: 10_000,
  /** Three shifts a day, every day of the week, with room to spare. */
  shifts: 20,
  /** One pickup every half hour round the clock. */
  pickups: 48,
  /** Parcels or orders a day (pickup limits, handling capacity, the alert line): far above the largest livestream warehouse's day. */
  parcels: 1_000_000,
  /** Thirty days in transit: slower than any carrier the platforms accept. */
  transitHours: 720,
  /** Every day named once ("Mon,Tue,Wed,Thu,Fri,Sat,Sun") is 27 characters. */
  weekdaysLength: 60,
  /** Two years of history kept: the longest window a seller may set (the scorecards look back 90 days). */
  retentionDays: 730,
  /** IANA zone names run to about 30 characters ("America/Argentina/ComodRivadavia"). */
  timeZoneLength: 64,
} as const;
