import { avatarPathPattern, avatarUrlPrefix } from '@/lib/creators/profile';
import { publicImageRoute } from '@/lib/storage/public-image-route';

/** Avatars are public: brands see them when choosing creators. */
export const GET = publicImageRoute(avatarUrlPrefix, 'avatars', avatarPathPattern);
