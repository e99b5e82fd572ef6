import { isURL, ValidateBy } from 'class-validator';

/**
 * An absolute http or https URL that Node's WHATWG parser also reads. class-validator's isURL accepts
 * some hosts the parser refuses (`[fe80::1%eth0]`, a zone id; `⒈a`, which maps to a full stop; on Node 20
 * also `xn--a`, an invalid punycode label):
 * those would reach `new URL` in the fetcher or the webhook sender and fail there as a 500.
 * No TLD is required: an intranet CMS (`http://cms:8080/…`) is a real address; what may be reached is
 * decided by the address guard (FETCH_ALLOWED_HOSTS, WEBHOOK_ALLOWED_HOSTS), not by the spelling.
 * Both checks are one constraint, so a value failing both (`not a url`) gets the message once.
 */
export function HttpUrl(message: string, options: { disallowAuth?: boolean } = {}): PropertyDecorator {
  const syntax = { protocols: ['http', 'https'], require_protocol: true, require_valid_protocol: true, require_tld: false, disallow_auth: options.disallowAuth ?? false };
  return ValidateBy({
    name: 'httpUrl',
    validator: { validate: (value) => typeof value === 'string' && isURL(value, syntax) && URL.canParse(value), defaultMessage: () => message },
  });
}
