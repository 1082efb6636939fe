/**
 * How the admin writes a date and time (`admin.dateFormat`): day, month name, year and a 24-hour clock, as Kazakh
 * and Russian readers write them ("6 желтоқсан 2026, 17:58"). Payload's default ('MMMM do yyyy, h:mm a') puts an
 * English ordinal and a 12-hour clock with AM/PM ("ДП/ПП") into every language.
 */
export const ADMIN_DATE_FORMAT = 'd MMMM yyyy, HH:mm'
