/**
 * The string formats the specs use, checked by the generated response validators (the
 * `/validate` subpath of each provider): a few lines each instead of a format library at run time.
 * Number formats (`int32`, `double`…) annotate and check nothing.
 */
const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const DATE_TIME = /^(\d{4}-\d\d-\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|[+-](\d\d):(\d\d))$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A calendar date `YYYY-MM-DD` that exists (February 29th in leap years only). */
function date(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [+m[1]!, +m[2]!, +m[3]!];
  const leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month == 2 && !leap ? 28 : DAYS[month - 1]!);
}

/** An RFC 3339 date-time: a real date, a time of day (a leap second allowed) and a zone. */
function dateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m || !date(m[1]!)) return false;
  const [h, min, s, zh = "0", zm = "0"] = m.slice(2).map((v) => v ?? "0");
  return +h! <= 23 && +min! <= 59 && +s! <= 60 && +zh <= 23 && +zm <= 59;
}

export const schemaFormats = {
  date,
  "date-time": dateTime,
  email: (text: string) => EMAIL.test(text),
  uuid: (text: string) => UUID.test(text),
} as const;
