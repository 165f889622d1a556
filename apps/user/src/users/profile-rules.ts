import { AppError } from '#contracts';

const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Trims and lower-cases an address; BAD_USER_INPUT naming `field` when it is not one. */
export function normalizeEmail(value: unknown, field = 'email'): string {
  if (typeof value !== 'string') throw AppError.badInput(field, 'must be a string');
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL.test(email)) throw AppError.badInput(field, 'must be an e-mail address like name@example.com');
  return email;
}

/** A display name: 1..64 characters after trimming, no control characters. */
export function validateName(value: unknown, field = 'name'): string {
  if (typeof value !== 'string') throw AppError.badInput(field, 'must be a string');
  const name = value.trim().replace(/\s+/g, ' ');
  if (CONTROL.test(value)) throw AppError.badInput(field, 'must not contain control characters');
  const length = [...name].length;
  if (length < 1) throw AppError.badInput(field, 'must not be empty');
  if (length > 64) throw AppError.badInput(field, `must be at most 64 characters (got ${length})`);
  return name;
}

/** The name a new user gets: the local part of the address, words capitalized ("ada.lovelace" → "Ada Lovelace"). */
export function defaultName(email: string): string {
  const local = email.split('@')[0].replace(/\+.*$/, '');
  const words = local.split(/[._-]+/).filter(Boolean);
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  return ([...name].slice(0, 64).join('') || 'Parley user').trim();
}
