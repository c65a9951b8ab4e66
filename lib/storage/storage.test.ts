import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/lib/embedded/free-port';
import { localStore } from './local-store';
import { s3Store, signS3Request } from './s3-store';

const bytes = new TextEncoder().encode('%PDF-1.7 certificate');

describe('local object store', () => {
  const root = mkdtempSync(join(tmpdir(), 'pactly-store-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const store = localStore(root);

  it('stores, reads back with its content type, and deletes', async () => {
    await store.put('kyc/org-1/doc.pdf', bytes, 'application/pdf');
    expect(await store.get('kyc/org-1/doc.pdf')).toEqual({ bytes, contentType: 'application/pdf' });
    await store.delete('kyc/org-1/doc.pdf');
    expect(await store.get('kyc/org-1/doc.pdf')).toBeNull();
  });

  it('refuses keys that climb out of its folder', async () => {
    await expect(store.put('../escape.txt', bytes, 'text/plain')).rejects.toThrow('invalid storage key');
  });
});

describe('S3-compatible object store (against an HTTP double of the S3 API)', () => {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seenAuthorization: string[] = [];
  let server: Server;
  let endpoint: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      seenAuthorization.push(String(request.headers.authorization));
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '';
        if (request.method === 'PUT')
          objects.set(path, { body: Buffer.concat(chunks), type: String(request.headers['content-type']) });
        if (request.method === 'DELETE') objects.delete(path);
        if (request.method === 'GET') {
          const found = objects.get(path);
          response.writeHead(found ? 200 : 404, { 'content-type': found?.type ?? 'text/plain' });
          response.end(found?.body);
          return;
        }
        response.writeHead(request.method === 'DELETE' ? 204 : 200).end();
      });
    });
    const port = await freePort();
    await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

  it('puts, gets and deletes objects with path-style URLs and signed requests', async () => {
    const store = s3Store({
      endpoint,
      region: 'eu-west-2',
      bucket: 'pactly',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret',
    });
    await store.put('logos/acme.png', bytes, 'image/png');
    expect(objects.has('/pactly/logos/acme.png')).toBe(true);
    expect(await store.get('logos/acme.png')).toEqual({ bytes: new Uint8Array(bytes), contentType: 'image/png' });
    await store.delete('logos/acme.png');
    expect(await store.get('logos/acme.png')).toBeNull();
    expect(seenAuthorization[0]).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-2\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/,
    );
  });

  it('signs deterministically: the same request at the same time gets the same signature, another key a different one', () => {
    const config = {
      endpoint: 'https://s3.example.test',
      region: 'us-east-1',
      bucket: 'b',
      accessKeyId: 'AK',
      secretAccessKey: 'S',
    };
    const at = new Date('2026-11-28T12:00:00Z');
    const first = signS3Request(config, 'PUT', 'a.txt', bytes, at);
    expect(signS3Request(config, 'PUT', 'a.txt', bytes, at).headers.authorization).toBe(first.headers.authorization);
    expect(signS3Request({ ...config, secretAccessKey: 'T' }, 'PUT', 'a.txt', bytes, at).headers.authorization).not.toBe(
      first.headers.authorization,
    );
    expect(first.headers['x-amz-date']).toBe('20261128T120000Z');
  });
});
