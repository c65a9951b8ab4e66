import { z } from 'zod';
import { platforms } from '@/db/schema';

export const socialPlatformInput = z.object({ platform: z.enum(platforms, 'Choose a platform.') });
