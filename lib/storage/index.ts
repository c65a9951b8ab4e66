import { join } from 'node:path';
import { env } from '@/lib/config/env';
import { localStore } from './local-store';
import { s3Store } from './s3-store';
import type { ObjectStore } from './types';

let store: ObjectStore | undefined;

/** The configured store: S3-compatible when STORAGE_S3_* is set, otherwise $PACTLY_DATA_DIR/uploads. */
export function objectStore(): ObjectStore {
  if (!store) {
    const config = env();
    store =
      config.STORAGE_S3_ENDPOINT &&
      config.STORAGE_S3_BUCKET &&
      config.STORAGE_S3_ACCESS_KEY_ID &&
      config.STORAGE_S3_SECRET_ACCESS_KEY
        ? s3Store({
            endpoint: config.STORAGE_S3_ENDPOINT,
            region: config.STORAGE_S3_REGION,
            bucket: config.STORAGE_S3_BUCKET,
            accessKeyId: config.STORAGE_S3_ACCESS_KEY_ID,
            secretAccessKey: config.STORAGE_S3_SECRET_ACCESS_KEY,
          })
        : localStore(join(config.PACTLY_DATA_DIR, 'uploads'));
  }
  return store;
}

export type { ObjectStore, StoredObject } from './types';
