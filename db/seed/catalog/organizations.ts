import type { KycStatus, MemberRole } from '@/db/schema';
import { demoAccounts, demoOrganizationSlug } from '../demo-accounts';

export interface MemberSpec {
  name: string;
  role: MemberRole;
  /** Fixed sign-in address (the demo accounts); otherwise first.last@<slug>.test. */
  email?: string;
}

export interface OrganizationSpec {
  slug: string;
  name: string;
  description: string;
  website: string;
  country: string;
  currency: 'GBP' | 'EUR' | 'USD';
  timezone: string;
  kycStatus: KycStatus;
  kycProvider: 'onfido' | 'trulioo';
  joinedDaysAgo: number;
  instagram: string;
  hashtag: string;
  billing: { legalName: string; addressLine1: string; city: string; postalCode: string; vatId: string | null };
  members: MemberSpec[];
}

// The first member of each organization is its owner (brand_admin) and created it.
export const organizationCatalog: OrganizationSpec[] = [
  {
    slug: demoOrganizationSlug,
    name: 'Northwind Outfitters',
    description: 'Technical outdoor clothing and packs, designed in the Lake District and built to be repaired.',
    website: 'https://northwind-outfitters.test',
    country: 'GB',
    currency: 'GBP',
    timezone: 'Europe/London',
    kycStatus: 'verified',
    kycProvider: 'onfido',
    joinedDaysAgo: 360,
    instagram: '@northwindoutfitters',
    hashtag: '#NorthwindOutdoors',
    billing: {
      legalName: 'Northwind Outfitters Ltd',
      addressLine1: '14 Lakeside Works',
      city: 'Kendal',
      postalCode: 'LA9 4QR',
      vatId: 'GB123456789',
    },
    members: [
      { name: 'Harriet Cole', role: 'brand_admin', email: demoAccounts.brandAdmin.email },
      { name: 'Sam Okoro', role: 'brand_member', email: demoAccounts.brandMember.email },
      { name: 'Priya Shah', role: 'brand_member' },
    ],
  },
  {
    slug: 'lumen-skincare',
    name: 'Lumen Skincare',
    description: 'Fragrance-free skincare formulated with dermatologists in Lyon.',
    website: 'https://lumen-skincare.test',
    country: 'FR',
    currency: 'EUR',
    timezone: 'Europe/Paris',
    kycStatus: 'verified',
    kycProvider: 'trulioo',
    joinedDaysAgo: 330,
    instagram: '@lumenskincare',
    hashtag: '#LumenGlow',
    billing: {
      legalName: 'Lumen Cosmétiques SAS',
      addressLine1: '22 Rue de la République',
      city: 'Lyon',
      postalCode: '69002',
      vatId: 'FR40123456789',
    },
    members: [
      { name: 'Camille Girard', role: 'brand_admin' },
      { name: 'Jules Martin', role: 'brand_member' },
    ],
  },
  {
    slug: 'brightside-coffee',
    name: 'Brightside Coffee Co.',
    description: 'Small-batch specialty coffee roasted in Brooklyn, shipped fresh every week.',
    website: 'https://brightside-coffee.test',
    country: 'US',
    currency: 'USD',
    timezone: 'America/New_York',
    kycStatus: 'verified',
    kycProvider: 'onfido',
    joinedDaysAgo: 300,
    instagram: '@brightsidecoffee',
    hashtag: '#BrightsideBrew',
    billing: {
      legalName: 'Brightside Coffee Company LLC',
      addressLine1: '88 Wythe Avenue',
      city: 'Brooklyn',
      postalCode: '11249',
      vatId: null,
    },
    members: [
      { name: 'Megan Brooks', role: 'brand_admin' },
      { name: 'Tyler Grant', role: 'brand_member' },
    ],
  },
  {
    slug: 'fjord-and-pine',
    name: 'Fjord & Pine Home',
    description: 'Scandinavian-inspired furniture and textiles made from certified wood and organic cotton.',
    website: 'https://fjord-and-pine.test',
    country: 'NL',
    currency: 'EUR',
    timezone: 'Europe/Amsterdam',
    kycStatus: 'verified',
    kycProvider: 'onfido',
    joinedDaysAgo: 280,
    instagram: '@fjordandpine',
    hashtag: '#FjordAndPineHome',
    billing: {
      legalName: 'Fjord & Pine B.V.',
      addressLine1: 'Keizersgracht 301',
      city: 'Amsterdam',
      postalCode: '1016 ED',
      vatId: 'NL123456789B01',
    },
    members: [{ name: 'Lotte de Vries', role: 'brand_admin' }],
  },
  {
    slug: 'pulse-audio',
    name: 'Pulse Audio',
    description: 'Headphones and microphones for creators and gamers, tuned in Berlin.',
    website: 'https://pulse-audio.test',
    country: 'DE',
    currency: 'EUR',
    timezone: 'Europe/Berlin',
    kycStatus: 'verified',
    kycProvider: 'trulioo',
    joinedDaysAgo: 250,
    instagram: '@pulseaudio',
    hashtag: '#HearThePulse',
    billing: {
      legalName: 'Pulse Audio GmbH',
      addressLine1: 'Oranienstraße 185',
      city: 'Berlin',
      postalCode: '10999',
      vatId: 'DE123456789',
    },
    members: [
      { name: 'Max Weber', role: 'brand_admin' },
      { name: 'Lea Hoffmann', role: 'brand_member' },
    ],
  },
  {
    slug: 'voltage-gear',
    name: 'Voltage Gaming Gear',
    description: 'Mechanical keyboards and controllers for competitive players.',
    website: 'https://voltage-gear.test',
    country: 'US',
    currency: 'USD',
    timezone: 'America/Los_Angeles',
    kycStatus: 'pending',
    kycProvider: 'onfido',
    joinedDaysAgo: 12,
    instagram: '@voltagegear',
    hashtag: '#PlayVoltage',
    billing: {
      legalName: 'Voltage Gear Inc.',
      addressLine1: '500 Howard Street',
      city: 'San Francisco',
      postalCode: '94105',
      vatId: null,
    },
    members: [{ name: 'Jordan Lee', role: 'brand_admin' }],
  },
  {
    slug: 'kestrel-fitness',
    name: 'Kestrel Fitness',
    description: 'Connected rowing machines and training plans for home gyms.',
    website: 'https://kestrel-fitness.test',
    country: 'IE',
    currency: 'EUR',
    timezone: 'Europe/Dublin',
    kycStatus: 'pending',
    kycProvider: 'trulioo',
    joinedDaysAgo: 6,
    instagram: '@kestrelfitness',
    hashtag: '#RowWithKestrel',
    billing: {
      legalName: 'Kestrel Fitness Ltd',
      addressLine1: '3 Grand Canal Quay',
      city: 'Dublin',
      postalCode: 'D02 XY12',
      vatId: 'IE1234567T',
    },
    members: [{ name: 'Aoife Byrne', role: 'brand_admin' }],
  },
  {
    slug: 'quickslim-labs',
    name: 'QuickSlim Labs',
    description: 'Appetite-suppressant teas and supplements.',
    website: 'https://quickslim-labs.test',
    country: 'GB',
    currency: 'GBP',
    timezone: 'Europe/London',
    kycStatus: 'rejected',
    kycProvider: 'trulioo',
    joinedDaysAgo: 45,
    instagram: '@quickslimlabs',
    hashtag: '#QuickSlim',
    billing: {
      legalName: 'QuickSlim Labs Ltd',
      addressLine1: 'Unit 4, 17 Commerce Way',
      city: 'Croydon',
      postalCode: 'CR0 4XA',
      vatId: null,
    },
    members: [{ name: 'Dan Archer', role: 'brand_admin' }],
  },
];
