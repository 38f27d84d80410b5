// The enumerations an import reads and an export writes, with the labels people type in French and English.
import {
  ABSENCE_KINDS,
  CONTRACT_KINDS,
  LOCATION_TYPES,
  QUALIFICATION_KINDS,
  TEMPERATURE_CLASSES,
} from '@logipilot/domain';
import { translate } from '@logipilot/i18n';
import { type ChoiceOption, type ChoiceParser, choiceParser } from '../fields/choice.ts';

export const JOB_ROLES = [
  'picker',
  'forklift_driver',
  'team_leader',
  'receiver',
  'loader',
  'admin_clerk',
  'cold_room_operator',
] as const;
export const PACKING_GROUPS = ['I', 'II', 'III'] as const;

/** Extra spellings met in WMS exports and hand-kept spreadsheets; the catalogue labels are added to them. */
const SYNONYMS = {
  temperatureClass: {
    ambient: [
      'Ambiant',
      'Ambiante',
      'AMB',
      'Sec',
      'Température ambiante',
      'Ambient',
      'Dry',
      'Ambient temperature',
    ],
    positive_cold: [
      'Froid positif',
      'Frais',
      'Réfrigéré',
      'Positive cold',
      'Chilled',
      'Fresh',
      'Refrigerated',
    ],
    negative_cold: [
      'Froid négatif',
      'Surgelé',
      'Surgelés',
      'SURG',
      'Congelé',
      'Négatif',
      'Negative cold',
      'Frozen',
    ],
  },
  locationType: {
    pallet_rack: ['Rack', 'Palettier', 'Rack à palettes', 'Rack palettes', 'Pallet rack', 'Racking'],
    shelving: ['Étagère', 'Étagères', 'Rayonnage', 'Picking', 'Shelving', 'Shelf', 'Shelves'],
    floor: [
      'Sol',
      'Stockage au sol',
      'Masse',
      'Stockage de masse',
      'Floor',
      'Floor storage',
      'Floor stack',
      'Bulk',
    ],
    flow_rack: [
      'Dynamique',
      'Rayonnage dynamique',
      'Rack dynamique',
      'Flow rack',
      'Carton flow',
      'Live storage',
    ],
  },
  contractKind: {
    cdi: ['CDI', 'Contrat à durée indéterminée', 'Permanent'],
    cdd: ['CDD', 'Contrat à durée déterminée', 'Fixed-term', 'Fixed term'],
    temp: [
      'Intérim',
      'Intérimaire',
      'ETT',
      'Travail temporaire',
      'Temp',
      'Temporary',
      'Agency',
      'Agency temp',
    ],
  },
  jobRole: {
    picker: [
      'Préparateur',
      'Préparatrice',
      'Préparateur de commandes',
      'Préparatrice de commandes',
      'Picker',
    ],
    forklift_driver: ['Cariste', 'Conducteur de chariot', 'Conducteur d’engins', 'Forklift driver', 'Driver'],
    team_leader: ["Chef d'équipe", "Responsable d'équipe", 'Team leader', 'Leader'],
    receiver: ['Réceptionnaire', 'Agent de réception', 'Réception', 'Receiver', 'Goods-in'],
    loader: ['Chargeur', 'Agent de quai', 'Expédition', 'Loader', 'Dock loader'],
    admin_clerk: [
      'Employé administratif',
      'Employée administrative',
      'Agent administratif',
      'Administratif',
      'Clerk',
    ],
    cold_room_operator: [
      'Opérateur froid',
      'Opératrice froid',
      'Opérateur chambre froide',
      'Cold room operator',
    ],
  },
  absenceKind: {
    paid_leave: [
      'Congés payés',
      'Congé payé',
      'CP',
      'Congés',
      'Paid leave',
      'Holiday',
      'Holidays',
      'Vacation',
    ],
    rtt: ['RTT', 'JRTT', 'Réduction du temps de travail'],
    sick: ['Maladie', 'Arrêt maladie', 'Arrêt de travail', 'Sick', 'Sick leave', 'Illness'],
    training: ['Formation', 'Training'],
    unpaid_leave: ['Congé sans solde', 'Sans solde', 'Unpaid leave', 'Unpaid'],
    work_accident: ['Accident du travail', 'AT', 'Work accident', 'Accident at work', 'Workplace accident'],
    other: ['Autre', 'Autre absence', 'Other'],
  },
  qualificationKind: {
    licence: ['CACES', 'Licence', 'Licence CACES', 'Certificat CACES', 'License', 'Equipment licence'],
    medical_fitness: [
      'Aptitude médicale',
      'Visite médicale',
      'Aptitude',
      'Médical',
      'Medical fitness',
      'Medical',
    ],
    driving_authorisation: [
      'Autorisation de conduite',
      'Autorisation',
      'Driving authorisation',
      'Driving authorization',
    ],
    other: ['Autre', 'Autre habilitation', 'Habilitation', 'Other', 'Other qualification'],
  },
  packingGroup: {
    I: ['I', '1'],
    II: ['II', '2'],
    III: ['III', '3'],
  },
} as const;

export type ChoiceSetName = keyof typeof SYNONYMS;

const VALUES = {
  temperatureClass: TEMPERATURE_CLASSES,
  locationType: LOCATION_TYPES,
  contractKind: CONTRACT_KINDS,
  jobRole: JOB_ROLES,
  absenceKind: ABSENCE_KINDS,
  qualificationKind: QUALIFICATION_KINDS,
  packingGroup: PACKING_GROUPS,
} as const satisfies Record<ChoiceSetName, readonly string[]>;

export type ChoiceValue<S extends ChoiceSetName> = (typeof VALUES)[S][number];

/** The label written by an export: `import.choice.<set>.<value>` in the i18n catalogue. */
export function choiceLabel(set: ChoiceSetName, value: string, lang: 'fr' | 'en'): string {
  return translate(lang, `import.choice.${set}.${value}`);
}

function build<S extends ChoiceSetName>(set: S): ChoiceParser<ChoiceValue<S>> {
  const synonyms = SYNONYMS[set] as Record<string, readonly string[]>;
  const options: ChoiceOption<ChoiceValue<S>>[] = VALUES[set].map((value: ChoiceValue<S>) => ({
    value,
    labels: [choiceLabel(set, value, 'fr'), choiceLabel(set, value, 'en'), ...(synonyms[value] ?? [])],
  }));
  return choiceParser(options);
}

export const CHOICES: { [S in ChoiceSetName]: ChoiceParser<ChoiceValue<S>> } = {
  temperatureClass: build('temperatureClass'),
  locationType: build('locationType'),
  contractKind: build('contractKind'),
  jobRole: build('jobRole'),
  absenceKind: build('absenceKind'),
  qualificationKind: build('qualificationKind'),
  packingGroup: build('packingGroup'),
};
