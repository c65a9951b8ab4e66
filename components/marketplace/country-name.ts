const displayNames = new Intl.DisplayNames(['en'], { type: 'region' });

export const countryName = (code: string) => displayNames.of(code) ?? code;
