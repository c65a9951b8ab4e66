export const firstNames: readonly string[] = [
  'Ava Liam Maya Noah Zara Ethan Isla Leo Amara Oscar Chloe Mateo Priya Finn Sofia Kai Elena Jonas Nina Theo',
  'Aisha Luca Freya Omar Hannah Ravi Clara Felix Yasmin Hugo Lena Diego Ines Sami Rosa Arjun Mila Elias Nora Tariq',
  'Eva Jude Léa Bruno Sienna Malik Ruby Anton Keira Idris Lucia Marcus Ingrid Tomás Naomi Rafael Alice Kenji Imogen Dev',
].flatMap((line) => line.split(' '));

export const lastNames: readonly string[] = [
  'Thornton, Okafor, Fernández, Lindqvist, Patel, Moreau, Kowalski, Nakamura, Brennan, Rossi, Haddad, Johansson, Silva',
  "Achterberg, O'Neill, Mensah, Dubois, Schneider, Costa, Walsh, Kaur, Van Dijk, Ibrahim, Marchetti, Hughes, Novak",
  'Andersen, Reyes, Fitzgerald, Laurent, Bauer, Sato, Gallagher, Popescu, Mwangi, Carvalho, Whitaker, Ekström, Romero',
  'Delacroix, Hoffmann, Murphy, Quinn, Castillo, Bergström, Adeyemi, Russo, Kelly, Lambert, Vogel',
].flatMap((line) => line.split(', '));

export interface Niche {
  key: string;
  label: string;
  handleWords: readonly string[];
  bios: readonly string[];
}

export const niches: readonly Niche[] = [
  {
    key: 'outdoor',
    label: 'outdoors',
    handleWords: ['trails', 'wild', 'summit', 'outdoors'],
    bios: ['Hiking, wild camping and gear that survives the weather.', 'Weekend summits and honest kit reviews from the trail.'],
  },
  {
    key: 'fashion',
    label: 'fashion',
    handleWords: ['style', 'wears', 'edit', 'closet'],
    bios: ['Slow fashion, capsule wardrobes and styling on a budget.', 'Everyday outfits, thrift finds and what actually lasts.'],
  },
  {
    key: 'beauty',
    label: 'beauty',
    handleWords: ['glow', 'skin', 'beauty', 'bare'],
    bios: ['Skincare for sensitive skin, no filters and no nonsense.', 'Licensed aesthetician sharing routines that work.'],
  },
  {
    key: 'fitness',
    label: 'fitness',
    handleWords: ['fit', 'lifts', 'moves', 'strong'],
    bios: ['Strength training for busy people. Form first, always.', 'Run coach, marathon finisher, recovery nerd.'],
  },
  {
    key: 'food',
    label: 'food',
    handleWords: ['kitchen', 'eats', 'bakes', 'table'],
    bios: ['Weeknight recipes in 30 minutes or less.', 'Coffee obsessive and home baker sharing what I make.'],
  },
  {
    key: 'travel',
    label: 'travel',
    handleWords: ['travels', 'roams', 'abroad', 'journeys'],
    bios: ['Slow travel across Europe by train.', 'City guides, hidden cafés and carry-on-only packing.'],
  },
  {
    key: 'tech',
    label: 'tech',
    handleWords: ['tech', 'setup', 'bytes', 'builds'],
    bios: ['Desk setups, gadgets and honest long-term reviews.', 'Explaining tech for normal people since 2016.'],
  },
  {
    key: 'gaming',
    label: 'gaming',
    handleWords: ['plays', 'gg', 'gaming', 'respawn'],
    bios: ['Variety streamer and peripheral reviewer.', 'Indie games, cosy games and the occasional speedrun.'],
  },
  {
    key: 'home',
    label: 'home and interiors',
    handleWords: ['home', 'nest', 'interiors', 'makes'],
    bios: ['Renting, renovating and small-space interiors.', 'Scandinavian interiors, plants and DIY on a budget.'],
  },
  {
    key: 'parenting',
    label: 'family',
    handleWords: ['family', 'parents', 'littles', 'mumlife'],
    bios: ['Family of five, real life, no perfect homes here.', 'Dad of two sharing days out and rainy-day activities.'],
  },
];

export interface Locale {
  country: string;
  timezone: string;
}

export const creatorLocales: readonly Locale[] = [
  { country: 'GB', timezone: 'Europe/London' },
  { country: 'GB', timezone: 'Europe/London' },
  { country: 'US', timezone: 'America/New_York' },
  { country: 'US', timezone: 'America/Los_Angeles' },
  { country: 'FR', timezone: 'Europe/Paris' },
  { country: 'DE', timezone: 'Europe/Berlin' },
  { country: 'ES', timezone: 'Europe/Madrid' },
  { country: 'IT', timezone: 'Europe/Rome' },
  { country: 'NL', timezone: 'Europe/Amsterdam' },
  { country: 'IE', timezone: 'Europe/Dublin' },
  { country: 'SE', timezone: 'Europe/Stockholm' },
  { country: 'CA', timezone: 'America/Toronto' },
  { country: 'AU', timezone: 'Australia/Sydney' },
];

/** Lower-case ASCII letters only, for handles and e-mail local parts. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
