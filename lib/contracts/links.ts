/** Where each side reads a contract. */
export const brandContractPath = (orgSlug: string, contractId: string) => `/brand/${orgSlug}/contracts/${contractId}`;
export const creatorContractPath = (contractId: string) => `/creator/contracts/${contractId}`;
export const brandContractsPath = (orgSlug: string) => `/brand/${orgSlug}/contracts`;
export const creatorContractsPath = '/creator/contracts';
export const contractPrintPath = (contractId: string) => `/contracts/${contractId}/print`;
export const staffContractPath = (contractId: string) => `/admin/contracts/${contractId}`;
