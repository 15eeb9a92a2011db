/** Weekdays and months (and their short forms) are dates, not names, however capitalized. */
const CALENDAR = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december mon tue tues wed thu thur thurs fri sat sun ' +
    'jan jan. feb feb. mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.').split(' '),
);
export function isCalendarWord(name: string): boolean {
  return CALENDAR.has(name.toLowerCase());
}
