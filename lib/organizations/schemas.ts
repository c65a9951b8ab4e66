import { z } from 'zod';
import { memberRoles } from '@/db/schema';
import { emailField, newPasswordField } from '@/lib/accounts/schemas';
import { isCountryCode } from '@/lib/reference/countries';
import { isCurrencyCode } from '@/lib/reference/currencies';
import { isTimeZone } from '@/lib/reference/timezones';

export const maxLogoBytes = 2 * 1024 * 1024;

const orgSlug = z.string().min(1).max(255);
const id = (what: string) => z.uuid(`Choose a ${what}.`);

/** An empty or missing form field means "no value". */
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || null);

const countryField = z.string().trim().toUpperCase().refine(isCountryCode, 'Choose a country.');

export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'Use at least 2 characters.')
  .max(60, 'Use at most 60 characters.')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens between words, e.g. acme-drinks.');

/** "acme.example" is taken to mean https://acme.example. */
const websiteField = optionalText(255, 'Use at most 255 characters.')
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
  .pipe(
    z
      .url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'Enter a web address such as https://acme.example.' })
      .nullable(),
  );

export const organizationProfileSchema = z.object({
  orgSlug,
  name: z.string().trim().min(2, 'Enter the organization name.').max(255, 'Use at most 255 characters.'),
  slug: slugField,
  description: optionalText(2000, 'Use at most 2,000 characters.'),
  website: websiteField,
  country: countryField,
  currency: z.string().trim().toUpperCase().refine(isCurrencyCode, 'Choose a currency.'),
  timezone: z.string().trim().refine(isTimeZone, 'Choose a time zone.'),
});

export const logoUploadSchema = z.object({
  orgSlug,
  logo: z
    .instanceof(File, { message: 'Choose an image to upload.' })
    .refine((file) => file.size > 0, 'Choose an image to upload.')
    .refine((file) => file.size <= maxLogoBytes, 'The logo must be 2 MB or smaller.'),
});

/** VAT number formats of the EU member states (and GB / XI), after the two-letter prefix. */
const vatFormats: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^\d[A-Z0-9+*]\d{5}[A-W][A-I]?$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  GB: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
  XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
};

/** Why a normalised VAT / tax id is not acceptable, or null when it is. */
export function vatIdProblem(vatId: string): string | null {
  if (!/^[A-Z0-9]{2,20}$/.test(vatId)) return 'Use 2 to 20 letters and digits.';
  const format = vatFormats[vatId.slice(0, 2)];
  if (format && !format.test(vatId.slice(2))) return `This is not a valid ${vatId.slice(0, 2)} VAT number.`;
  return null;
}

const vatIdField = z
  .string()
  .optional()
  .transform((value) => (value ?? '').toUpperCase().replace(/[\s.-]/g, '') || null)
  .superRefine((value, context) => {
    const problem = value === null ? null : vatIdProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const billingSchema = z.object({
  orgSlug,
  legalName: z.string().trim().min(2, 'Enter the legal name of the company.').max(255, 'Use at most 255 characters.'),
  addressLine1: z.string().trim().min(1, 'Enter the street address.').max(255, 'Use at most 255 characters.'),
  addressLine2: optionalText(255, 'Use at most 255 characters.'),
  city: z.string().trim().min(1, 'Enter the city.').max(100, 'Use at most 100 characters.'),
  postalCode: optionalText(20, 'Use at most 20 characters.').refine(
    (value) => value === null || /^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(value),
    'Use letters, digits, spaces and hyphens.',
  ),
  country: countryField,
  vatId: vatIdField,
  billingEmail: emailField,
});

const roleField = z.enum(memberRoles, 'Choose a role.');

export const inviteMemberSchema = z.object({ orgSlug, email: emailField, role: roleField });
export const revokeInvitationSchema = z.object({ orgSlug, invitationId: id('invitation') });
export const changeMemberRoleSchema = z.object({ orgSlug, memberId: id('member'), role: roleField });
export const removeMemberSchema = z.object({ orgSlug, memberId: id('member') });
export const orgOnlySchema = z.object({ orgSlug });

const invitationToken = z.string().min(20, 'This link is incomplete: open the whole link from the email.').max(200);

export const acceptInvitationSchema = z.object({ token: invitationToken });
export const invitationSignUpSchema = z.object({
  token: invitationToken,
  name: z.string().trim().min(1, 'Enter your name.').max(255, 'Use at most 255 characters.'),
  password: newPasswordField,
});

export type OrganizationProfileInput = z.infer<typeof organizationProfileSchema>;
export type BillingInput = z.infer<typeof billingSchema>;
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;
export type InvitationSignUpInput = z.infer<typeof invitationSignUpSchema>;
