import { logoPathPattern, logoUrlPrefix } from '@/lib/organizations/logo';
import { publicImageRoute } from '@/lib/storage/public-image-route';

/** Logos are public: creators see them on campaigns. */
export const GET = publicImageRoute(logoUrlPrefix, 'logos', logoPathPattern);
