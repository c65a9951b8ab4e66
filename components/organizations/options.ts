import { countryOptions } from '@/lib/reference/countries';
import { currencyOptions } from '@/lib/reference/currencies';

export const countrySelectOptions = countryOptions.map((country) => ({ value: country.code, label: country.name }));

export const currencySelectOptions = currencyOptions.map((currency) => ({
  value: currency.code,
  label: `${currency.name} (${currency.code})`,
}));
