// Public entry of @logipilot/i18n: catalogues (FR/EN), translation, error sentences and locale formatting.
export {
  type DateStyle,
  formatCurrencyCents,
  formatDate,
  formatNumber,
  formatPercent,
  formatQuantity,
  parseLocaleNumber,
  QUANTITY_UNITS,
  type QuantityUnit,
} from './format.ts';
export { DEFAULT_LANG, isLang, type Lang, localeTag, pickLang, SUPPORTED_LANGS } from './lang.ts';
export { AREAS, type Area, type Catalogue, ERROR_FILES, type ErrorFile, resources } from './resources.ts';
export { errorMessage, hasKey, type TranslateParams, translate } from './translate.ts';
