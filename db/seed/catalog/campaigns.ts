import type { CampaignSpec } from './campaign-spec';
import { lifestyleCampaigns } from './campaigns-lifestyle';
import { northwindCampaigns } from './campaigns-northwind';
import { techCampaigns } from './campaigns-tech';

export type { CampaignSpec } from './campaign-spec';

/** Every demo campaign, in a fixed order (which decides their ids). */
export const campaignCatalog: CampaignSpec[] = [...northwindCampaigns, ...lifestyleCampaigns, ...techCampaigns];
