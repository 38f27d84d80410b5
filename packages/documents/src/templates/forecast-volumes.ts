// Import/export template for forecast volumes: one quantity per client, flow, day and (optionally) hour.
import { defineTemplate } from './template.ts';

export const forecastVolumeTemplate = defineTemplate({
  entity: 'forecast-volumes',
  sheetSynonyms: ['Prévisions', 'Prévision', 'Volumes prévus', 'Budget', 'Forecast', 'Forecasts', 'Volumes'],
  fields: [
    {
      id: 'client',
      kind: 'code',
      required: true,
      synonyms: ['Code client', 'Client', 'Donneur d’ordre', "Donneur d'ordre", 'Client code', 'Customer'],
    },
    {
      id: 'flow',
      kind: 'code',
      required: true,
      synonyms: ['Flux', 'Activité', 'Type de flux', 'Flow', 'Activity'],
    },
    {
      id: 'day',
      kind: 'date',
      required: true,
      synonyms: ['Date', 'Jour', 'Date prévue', 'Day', 'Date (jour)'],
    },
    {
      id: 'hour',
      kind: 'integer',
      required: false,
      synonyms: ['Heure', 'Créneau', 'Hour', 'Time slot'],
    },
    {
      id: 'quantity',
      kind: 'number',
      required: true,
      synonyms: [
        'Quantité',
        'Volume',
        'Quantité prévue',
        'Volume prévu',
        'Prévision',
        'Quantity',
        'Forecast',
      ],
    },
  ],
});
