/** ISO 4217 codes of circulating currencies (no funds, metals or withdrawn codes), kept where the runtime's Intl knows them. */
const isoCurrencyCodes = (
  'AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP ' +
  'CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF ' +
  'IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD ' +
  'MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB ' +
  'RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD ' +
  'UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG'
).split(' ');

const runtimeCurrencies = new Set(Intl.supportedValuesOf('currency'));
const currencyCodes = isoCurrencyCodes.filter((code) => runtimeCurrencies.has(code));
const codeSet = new Set(currencyCodes);
const displayNames = new Intl.DisplayNames(['en'], { type: 'currency' });

export function isCurrencyCode(value: string): boolean {
  return codeSet.has(value);
}

export const currencyOptions = currencyCodes
  .map((code) => ({ code, name: displayNames.of(code) ?? code }))
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));
