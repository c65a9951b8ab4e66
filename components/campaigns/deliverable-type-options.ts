import { deliverableTypes } from '@/db/schema';
import { deliverableTypeLabels } from '@/lib/campaigns/schemas';

export const deliverableTypeOptions = deliverableTypes.map((type) => ({ value: type, label: deliverableTypeLabels[type] }));
