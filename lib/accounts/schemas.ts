import { z } from 'zod';
import { isCountryCode } from '@/lib/reference/countries';

export const emailField = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.').max(255));

export const newPasswordField = z.string().min(12, 'Use at least 12 characters.').max(200, 'Use at most 200 characters.');

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, 'Enter your password.').max(200),
  callbackUrl: z.string().optional(),
});

export const brandSignUpSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(255),
  email: emailField,
  password: newPasswordField,
  organizationName: z.string().trim().min(2, 'Enter your company name.').max(255),
  country: z.string().trim().toUpperCase().refine(isCountryCode, 'Choose a country.'),
});

export const creatorSignUpSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter the name brands will see.').max(255),
  email: emailField,
  password: newPasswordField,
});

const tokenField = z.string().min(20, 'This link is incomplete: open the whole link from the email.').max(200);

export const tokenSchema = z.object({ token: tokenField });

export const passwordResetRequestSchema = z.object({ email: emailField });

export const passwordResetSchema = z
  .object({ token: tokenField, password: newPasswordField, confirmPassword: z.string() })
  .refine((value) => value.password === value.confirmPassword, {
    message: 'The passwords do not match.',
    path: ['confirmPassword'],
  });

export type BrandSignUp = z.infer<typeof brandSignUpSchema>;
export type CreatorSignUp = z.infer<typeof creatorSignUpSchema>;
