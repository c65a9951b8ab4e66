import type { CampaignStatus } from '@/db/schema';
import type { Random } from './random';
import { addDays, atDay } from './time';

/** When a campaign was created, published, ran and ended, consistent with its status at the anchor day. */
export interface CampaignTimeline {
  createdAt: Date;
  publishedAt: Date | null;
  startDate: Date;
  endDate: Date;
  completedAt: Date | null;
  /** When the brand paused or cancelled it, or the dispute was opened. */
  haltedAt: Date | null;
}

export function campaignTimeline(status: CampaignStatus, random: Random): CampaignTimeline {
  const at = (from: number, to: number) => atDay(-random.int(from, to), random.int(480, 1080));
  const published = (createdAt: Date) => addDays(createdAt, random.int(3, 9));
  switch (status) {
    case 'draft': {
      const startDate = atDay(random.int(35, 70));
      return {
        createdAt: at(2, 20),
        publishedAt: null,
        startDate,
        endDate: addDays(startDate, random.int(45, 75)),
        completedAt: null,
        haltedAt: null,
      };
    }
    case 'published': {
      const createdAt = at(30, 45);
      const startDate = atDay(random.int(10, 30));
      return {
        createdAt,
        publishedAt: published(createdAt),
        startDate,
        endDate: addDays(startDate, random.int(60, 90)),
        completedAt: null,
        haltedAt: null,
      };
    }
    case 'active':
    case 'paused': {
      const createdAt = at(140, 160);
      return {
        createdAt,
        publishedAt: published(createdAt),
        startDate: atDay(-random.int(95, 105)),
        endDate: atDay(random.int(30, 90)),
        completedAt: null,
        haltedAt: status === 'paused' ? at(6, 14) : null,
      };
    }
    case 'completed': {
      const createdAt = at(230, 260);
      const startDate = atDay(-random.int(195, 205));
      const endDate = addDays(startDate, random.int(95, 105));
      return {
        createdAt,
        publishedAt: published(createdAt),
        startDate,
        endDate,
        completedAt: addDays(endDate, random.int(2, 6)),
        haltedAt: null,
      };
    }
    case 'disputed': {
      const createdAt = at(150, 170);
      return {
        createdAt,
        publishedAt: published(createdAt),
        startDate: atDay(-random.int(120, 130)),
        endDate: atDay(-random.int(20, 30)),
        completedAt: null,
        haltedAt: at(5, 12),
      };
    }
    case 'cancelled': {
      const createdAt = at(70, 90);
      const startDate = atDay(-random.int(45, 55));
      return {
        createdAt,
        publishedAt: published(createdAt),
        startDate,
        endDate: addDays(startDate, random.int(30, 60)),
        completedAt: null,
        haltedAt: addDays(startDate, random.int(3, 8)),
      };
    }
  }
}
