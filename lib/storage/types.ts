export interface StoredObject {
  bytes: Uint8Array;
  contentType: string;
}

/** Where uploaded files (logos, KYC documents) live: a local folder by default, an S3-compatible bucket by config. */
export interface ObjectStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
}
