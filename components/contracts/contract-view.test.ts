import { sql } from 'drizzle-orm';
import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getBrandContract, getCreatorContract } from '@/lib/contracts/queries';
import { createPendingContract } from '@/lib/contracts/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { ContractView, type ContractViewProps } from './contract-view';

vi.mock('next/link', () => ({
  default: ({ href, children }: { href: string; children: ReactNode }) => createElement('a', { href }, children),
}));

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const noop = async () => ({ ok: true as const, data: '' });
const render = (
  props: Pick<ContractViewProps, 'contract' | 'viewerSide' | 'canSign' | 'canTerminate'> & Partial<ContractViewProps>,
) =>
  renderToStaticMarkup(
    createElement(ContractView, {
      backHref: '/back',
      printHref: '/print',
      fields: { contractId: props.contract.id },
      actions: { sign: noop, request: noop, confirm: noop, cancel: noop },
      ...props,
    }),
  );

describe('ContractView', () => {
  it('shows the terms, the verified hash, the Sign button and the delivery slots', async () => {
    const world = await createPendingContract(database.db);
    const contract = (await getBrandContract(database.db, world.organization.id, world.contractId))!;
    const html = render({
      contract,
      viewerSide: 'brand',
      canSign: true,
      canTerminate: true,
      submissions: createElement('section', null, 'SUBMISSIONS SLOT'),
      dispute: createElement('section', null, 'DISPUTE SLOT'),
    });
    expect(html).toContain('<h1');
    expect(html).toMatch(/<h2[^>]*>Signatures<\/h2>/);
    expect(html).toContain('Integrity verified');
    expect(html).toContain(contract.contentHash);
    expect(html).toContain('Sign contract</button>');
    expect(html).toContain('Request termination</button>');
    expect(html).toContain('£1,250.50');
    expect(html).toContain('#ad');
    expect(html).toContain('SUBMISSIONS SLOT');
    expect(html).toContain('DISPUTE SLOT');
    expect(html).not.toContain('role="alert"');
  });

  it('tells a brand member why they cannot sign, and warns in an alert when the hash does not match', async () => {
    const world = await createPendingContract(database.db);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE contracts DISABLE TRIGGER contracts_seal_content`);
      await tx.execute(sql`UPDATE contracts SET content = content || '{"extra": true}' WHERE id = ${world.contractId}`);
      await tx.execute(sql`ALTER TABLE contracts ENABLE TRIGGER contracts_seal_content`);
    });
    const contract = (await getBrandContract(database.db, world.organization.id, world.contractId))!;
    const html = render({ contract, viewerSide: 'brand', canSign: false, canTerminate: false });
    expect(html).not.toContain('Sign contract</button>');
    expect(html).toContain('Only an organization admin can sign this contract.');
    expect(html).toContain('Only an organization admin can request or confirm a termination.');
    expect(html).toMatch(/role="alert"[^>]*>.*Integrity check failed/);
    expect(html).not.toContain('Integrity verified');
  });

  it('shows the creator their pending signature state and an asked-for termination to confirm', async () => {
    const world = await createPendingContract(database.db);
    await database.db.execute(
      sql`UPDATE contracts SET termination_requested_by = 'brand', signed_by = ${JSON.stringify({ influencer: { signer_id: world.creator.id, signed_at: '2026-07-01T10:00:00Z', ip: '10.9.8.7' } })}::jsonb WHERE id = ${world.contractId}`,
    );
    const contract = (await getCreatorContract(database.db, world.creator.id, world.contractId))!;
    const html = render({ contract, viewerSide: 'influencer', canSign: true, canTerminate: true });
    expect(html).not.toContain('Sign contract</button>');
    expect(html).toContain('You have signed. Waiting for');
    expect(html).toContain('10.9.8.7');
    expect(html).toContain('Casey Creator');
    expect(html).toContain('Confirm termination</button>');
    expect(html).toContain('Decline termination</button>');
  });
});
