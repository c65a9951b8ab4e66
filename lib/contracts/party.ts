import type { ContractStatus, CounterParty } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import type { ActorCtx } from '@/lib/context';

export type ContractSide = CounterParty;
/** The brand side acts through its organization membership; the creator side as the contract's influencer. */
export type ContractPartyCtx = BrandCtx | ActorCtx;

export const isBrandParty = (ctx: ContractPartyCtx): ctx is BrandCtx => 'organization' in ctx && Boolean(ctx.organization);
export const sideOfParty = (ctx: ContractPartyCtx): ContractSide => (isBrandParty(ctx) ? 'brand' : 'influencer');
export const otherContractSide = (side: ContractSide): ContractSide => (side === 'brand' ? 'influencer' : 'brand');
export const contractSideLabels: Record<ContractSide, string> = { brand: 'The brand', influencer: 'The creator' };

/** Statuses from which a contract can still be terminated. */
export const terminableStatuses = ['pending', 'signed', 'active'] as const satisfies readonly ContractStatus[];
export const isTerminable = (status: ContractStatus) => (terminableStatuses as readonly ContractStatus[]).includes(status);
