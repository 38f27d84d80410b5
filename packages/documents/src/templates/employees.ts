// Import/export templates for staff: one row per employee, and one row per employee × qualification (CACES list).
import { defineTemplate } from './template.ts';

const MATRICULE = [
  'Matricule',
  'N° matricule',
  'Matricule salarié',
  'ID salarié',
  'Badge',
  'Employee number',
  'Employee ID',
  'Payroll number',
];
const LAST_NAME = ['Nom', 'Nom de famille', 'Last name', 'Surname', 'Family name'];
const FIRST_NAME = ['Prénom', 'First name', 'Given name', 'Forename'];

export const employeeTemplate = defineTemplate({
  entity: 'employees',
  sheetSynonyms: ['Personnel', 'Salariés', 'Effectif', 'Collaborateurs', 'Employees', 'Staff'],
  fields: [
    { id: 'number', kind: 'code', required: true, synonyms: MATRICULE },
    { id: 'lastName', kind: 'text', required: true, synonyms: LAST_NAME },
    { id: 'firstName', kind: 'text', required: true, synonyms: FIRST_NAME },
    {
      id: 'contractKind',
      kind: 'choice',
      choice: 'contractKind',
      required: true,
      synonyms: ['Contrat', 'Type de contrat', 'Nature du contrat', 'Contract', 'Contract type'],
    },
    {
      id: 'contractStart',
      kind: 'date',
      required: true,
      synonyms: [
        "Date d'entrée",
        'Date entrée',
        'Entrée',
        'Début de contrat',
        'Début contrat',
        'Date de début',
        'Start date',
        'Contract start',
        'Hire date',
      ],
    },
    {
      id: 'contractEnd',
      kind: 'date',
      required: false,
      synonyms: [
        'Date de fin',
        'Fin de contrat',
        'Fin contrat',
        'Date de sortie',
        'Sortie',
        'End date',
        'Contract end',
      ],
    },
    {
      id: 'agency',
      kind: 'text',
      required: false,
      synonyms: ['Agence', "Agence d'intérim", 'Agence intérim', 'Agency', 'Temp agency'],
    },
    {
      id: 'weeklyHours',
      kind: 'number',
      required: true,
      synonyms: [
        'Heures hebdo',
        'Heures hebdomadaires',
        'Horaire hebdomadaire',
        'Durée hebdomadaire',
        'Horaire',
        'Heures/semaine',
        'Weekly hours',
        'Hours per week',
      ],
    },
    {
      id: 'jobRole',
      kind: 'choice',
      choice: 'jobRole',
      required: true,
      synonyms: ['Poste', 'Fonction', 'Emploi', 'Métier', 'Job', 'Job role', 'Role'],
    },
    { id: 'team', kind: 'text', required: false, synonyms: ['Équipe', 'Roulement', 'Team', 'Shift'] },
    {
      id: 'costCentreCode',
      kind: 'code',
      required: false,
      synonyms: [
        'Centre de coût',
        'Centre de coûts',
        'Code centre de coût',
        'Section analytique',
        'Cost centre',
        'Cost center',
      ],
    },
  ],
});

export const qualificationTemplate = defineTemplate({
  entity: 'qualifications',
  sheetSynonyms: ['Habilitations', 'Qualifications', 'CACES', 'Autorisations', 'Licences'],
  fields: [
    { id: 'number', kind: 'code', required: true, synonyms: MATRICULE },
    { id: 'lastName', kind: 'text', required: false, informative: true, synonyms: LAST_NAME },
    { id: 'firstName', kind: 'text', required: false, informative: true, synonyms: FIRST_NAME },
    {
      id: 'kind',
      kind: 'choice',
      choice: 'qualificationKind',
      // A CACES list often has no type column: a row naming a recommendation is then a licence.
      required: false,
      synonyms: [
        'Type',
        "Type d'habilitation",
        'Type de qualification',
        'Nature',
        'Qualification type',
        'Kind',
      ],
    },
    {
      id: 'scheme',
      kind: 'licenceScheme',
      required: false,
      synonyms: [
        'Recommandation',
        'Recommandation CACES',
        'CACES',
        'Référentiel',
        'Recommendation',
        'Scheme',
      ],
    },
    {
      id: 'category',
      kind: 'licenceCategory',
      required: false,
      synonyms: ['Catégorie', 'Cat.', 'Catégorie CACES', 'Category'],
    },
    {
      id: 'issuedOn',
      kind: 'date',
      required: true,
      synonyms: [
        "Date d'obtention",
        'Date obtention',
        'Obtenu le',
        'Date de délivrance',
        'Délivré le',
        'Date de passage',
        'Issue date',
        'Issued on',
      ],
    },
    {
      id: 'expiresOn',
      kind: 'date',
      required: false,
      synonyms: [
        "Date d'expiration",
        'Date de validité',
        'Fin de validité',
        'Valable jusqu’au',
        "Valable jusqu'au",
        'Expire le',
        'Échéance',
        'Expiry date',
        'Expires on',
        'Valid until',
      ],
    },
  ],
});
