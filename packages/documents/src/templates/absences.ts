// Import/export template for leave and absences: one row per absence, natural key = (matricule, first day).
import { defineTemplate } from './template.ts';

export const absenceTemplate = defineTemplate({
  entity: 'absences',
  sheetSynonyms: ['Absences', 'Congés', 'Absences et congés', 'Leave'],
  fields: [
    {
      id: 'number',
      kind: 'code',
      required: true,
      synonyms: ['Matricule', 'N° matricule', 'Matricule salarié', 'Employee number', 'Employee ID'],
    },
    {
      id: 'lastName',
      kind: 'text',
      required: false,
      informative: true,
      synonyms: ['Nom', 'Last name', 'Surname'],
    },
    { id: 'firstName', kind: 'text', required: false, informative: true, synonyms: ['Prénom', 'First name'] },
    {
      id: 'kind',
      kind: 'choice',
      choice: 'absenceKind',
      required: true,
      synonyms: ['Motif', "Type d'absence", 'Type', 'Nature', 'Absence type', 'Reason', 'Kind'],
    },
    {
      id: 'from',
      kind: 'date',
      required: true,
      synonyms: ['Du', 'Début', 'Date de début', 'Date début', 'From', 'Start', 'Start date'],
    },
    {
      id: 'to',
      kind: 'date',
      required: true,
      synonyms: ['Au', 'Fin', 'Date de fin', 'Date fin', 'To', 'End', 'End date'],
    },
    {
      id: 'planned',
      kind: 'boolean',
      required: false,
      synonyms: ['Prévue', 'Planifiée', 'Prévisionnelle', 'Planned'],
    },
    {
      id: 'note',
      kind: 'text',
      required: false,
      synonyms: ['Commentaire', 'Remarque', 'Observation', 'Note', 'Comment'],
    },
  ],
});
