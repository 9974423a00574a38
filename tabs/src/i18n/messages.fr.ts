/**
 * French messages (the default language), in ICU MessageFormat. This catalog defines the key
 * set: the Arabic and English catalogs must have exactly the same keys (checked by the type
 * `Catalog` and by test/e2e/tab-catalogs.test.ts).
 */
export const fr = {
  'app.name': 'Comité de pilotage PGO Maroc',
  'app.loading': 'Chargement…',
  'app.error': 'Le chargement a échoué.',
  'app.retry': 'Réessayer',
  'app.example': 'Comité d’exemple — données fictives',
  'app.exampleDetail':
    'Ces organisations et ces personnes sont inventées pour montrer l’application ; remplacez-les par le vrai registre.',

  'nav.label': 'Sections du comité',
  'nav.dashboard': 'Tableau de bord',
  'nav.members': 'Membres',

  'header.signOut': 'Se déconnecter',
  'header.language': 'Langue',
  'header.languageCurrent': 'Langue : {language}',
  'header.signedIn': 'Connecté(e) : {name}',

  'role.secretariat': 'Secrétariat',
  'role.chair': 'Présidence',
  'role.titular': 'Membre titulaire',
  'role.alternate': 'Membre suppléant(e)',
  'role.scorer': 'Comité de sélection',
  'role.observer': 'Observateur',
  'role.external': 'Participant(e) externe',
  'role.none': 'Aucun rôle au comité',

  'signIn.title': 'Connexion',
  'signIn.intro':
    'Installation locale, sans Microsoft 365 : choisissez la personne au nom de laquelle vous agissez.',
  'signIn.group.staff': 'Secrétariat et présidence',
  'signIn.group.administration': 'Administration publique',
  'signIn.group.civil_society': 'Société civile',
  'signIn.group.other': 'Autres personnes',
  'signIn.example': 'exemple',
  'signIn.failed': 'La connexion a échoué. Réessayez.',
  'signIn.expired': 'Votre session a pris fin : reconnectez-vous.',
  'signIn.empty': 'Le registre ne contient encore aucune personne.',
  'signIn.teamsTitle': 'Ouvrez cette application dans Microsoft Teams',
  'signIn.teamsBody':
    'Cette installation utilise la connexion Microsoft 365 du ministère. Ouvrez le comité de pilotage depuis Microsoft Teams.',
  'signIn.teamsFailed':
    'Microsoft Teams n’a pas pu fournir de jeton de connexion. Fermez puis rouvrez l’onglet.',

  'college.administration': 'Administration publique',
  'college.civil_society': 'Société civile',
  'count.seats': '{count, plural, =0 {aucun siège} one {# siège} other {# sièges}}',
  'count.members': '{count, plural, =0 {aucun membre} one {# membre} other {# membres}}',
  'count.findings': '{count, plural, =0 {aucun constat} one {# constat} other {# constats}}',
  'count.candidates':
    '{count, plural, =0 {aucune cessation à examiner} one {# cessation à examiner} other {# cessations à examiner}}',

  'parity.title': 'Parité des collèges',
  'parity.balanced': 'Parité respectée',
  'parity.unbalanced': 'Parité rompue',
  'parity.college': '{college} : {seats}',
  'parity.explainBalanced':
    'Les deux collèges ont autant de sièges actifs, comme l’exige la règle R3.2.',

  'members.title': 'Membres du comité',
  'members.intro':
    'Les sièges actifs des deux collèges, chacun avec son membre titulaire et son membre suppléant.',
  'members.add': 'Ajouter un siège',
  'members.readOnly': 'Consultation : seul le secrétariat modifie le registre des membres.',
  'members.emptyCollege': 'Aucun siège actif dans ce collège.',
  'members.saved': 'Modification enregistrée.',
  'members.warnings': 'Enregistré, avec un avertissement :',

  'seat.titular': 'Titulaire',
  'seat.alternate': 'Suppléant(e)',
  'seat.vacant': 'non désigné(e)',
  'seat.guest': 'invité(e)',
  'seat.region': 'Région : {region}',
  'seat.mandate': 'Mandat : {range}',
  'seat.term': '{term, plural, one {Premier mandat} other {Mandat n° # — # mandats consécutifs}}',
  'seat.letter': 'Lettre de désignation',
  'seat.letterOpen': 'Ouvrir la lettre de désignation ({name})',
  'seat.letterMissing': 'Aucune lettre de désignation enregistrée',
  'seat.draft': 'brouillon',
  'seat.actions': 'Actions pour {organisation}',
  'seat.replaceTitular': 'Remplacer le titulaire',
  'seat.replaceAlternate': 'Remplacer le suppléant',
  'seat.recordLetter': 'Enregistrer la lettre de désignation',
  'seat.proposeCessation': 'Proposer la fin de l’adhésion',
  'seat.confirmCessation': 'Confirmer la fin de l’adhésion',
  'seat.dismissCessation': 'Écarter la proposition',
  'seat.cessationProposed': 'Fin d’adhésion proposée le {date} — {cause}',
  'seat.findings': 'Constats',

  'cause.dissolved': 'L’organisation est dissoute',
  'cause.withdrawn': 'L’organisation se retire par courrier officiel',
  'cause.mandate-expired': 'Le mandat est arrivé à échéance',
  'cause.absences': 'Absences sans justification à trois réunions',

  'candidates.title': 'Fins d’adhésion à examiner (R12.2)',
  'candidates.intro':
    'Le système détecte ces cas ; le secrétariat propose puis confirme la fin de l’adhésion.',
  'candidates.absences':
    'Absences sans justification : {count, plural, one {# réunion} other {# réunions}}',
  'candidates.expired': 'Mandat arrivé à échéance le {date}',
  'candidates.propose': 'Proposer la fin d’adhésion de {organisation}',

  'ceased.title': 'Historique des sièges ayant cessé',
  'ceased.empty': 'Aucun siège n’a cessé.',
  'ceased.organisation': 'Organisation',
  'ceased.people': 'Titulaire et suppléant(e)',
  'ceased.mandate': 'Mandat',
  'ceased.ended': 'Fin',
  'ceased.cause': 'Cause',
  'ceased.letter': 'Courrier',
  'ceased.noLetter': 'aucun',

  'form.cancel': 'Annuler',
  'form.close': 'Fermer',
  'form.saving': 'Enregistrement…',
  'form.choose': 'Choisir…',
  'form.existing': 'Dans le registre',
  'form.new': 'Nouvelle entrée',
  'form.required': 'Obligatoire',
  'form.file': 'Fichier (PDF, PNG, JPEG, DOCX ou ODT)',
  'form.fileKept': 'Déjà déposé : {name}',
  'form.note': 'Note (facultatif)',

  'addSeat.title': 'Ajouter un siège',
  'addSeat.college': 'Collège',
  'addSeat.organisation': 'Organisation',
  'addSeat.organisationPick': 'Organisation du registre',
  'addSeat.orgName': 'Nom de l’organisation',
  'addSeat.orgAcronym': 'Sigle (facultatif)',
  'addSeat.orgRegion': 'Région (facultatif)',
  'addSeat.titular': 'Membre titulaire',
  'addSeat.alternate': 'Membre suppléant(e)',
  'addSeat.personPick': 'Personne du registre',
  'addSeat.personName': 'Nom complet',
  'addSeat.personEmail': 'Adresse e-mail',
  'addSeat.personGuest': 'Invité(e) externe (compte B2B)',
  'addSeat.mandateStart': 'Début du mandat',
  'addSeat.mandateEnd': 'Fin du mandat',
  'addSeat.mandateHint': 'Par défaut, les deux ans du plan d’action en cours.',
  'addSeat.letter': 'Lettre de désignation (règle R4.1)',
  'addSeat.submit': 'Ajouter le siège',

  'replace.titleTitular': 'Remplacer le titulaire — {organisation}',
  'replace.titleAlternate': 'Remplacer le suppléant — {organisation}',
  'replace.current': 'Actuellement : {name}',
  'replace.submit': 'Remplacer',

  'letter.title': 'Lettre de désignation — {organisation}',
  'letter.submit': 'Enregistrer la lettre',

  'cessation.proposeTitle': 'Proposer la fin de l’adhésion — {organisation}',
  'cessation.cause': 'Cause (article 12)',
  'cessation.letter': 'Courrier de retrait',
  'cessation.proposeSubmit': 'Proposer',
  'cessation.confirmTitle': 'Confirmer la fin de l’adhésion — {organisation}',
  'cessation.confirmBody':
    'Le siège sera libéré et passera dans l’historique avec sa cause : {cause}.',
  'cessation.confirmSubmit': 'Confirmer',
  'cessation.dismissTitle': 'Écarter la proposition — {organisation}',
  'cessation.dismissBody': 'Le siège reste actif ; la proposition est écartée.',
  'cessation.dismissSubmit': 'Écarter',

  'problem.rule': 'Règle {rule}',
  'problem.invalid': 'Certaines informations sont à corriger.',
  'problem.fieldIssue': '{field} : {message}',
  'problem.conflict':
    'Quelqu’un d’autre a modifié cet enregistrement entre-temps — rechargez puis recommencez.',
  'problem.reload': 'Recharger',
  'problem.forbidden': 'Cette action ne vous est pas permise.',
  'problem.network': 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.',
  'problem.generic': 'Erreur inattendue ({status}).',

  'field.college': 'Collège',
  'field.organisation': 'Organisation',
  'field.titular': 'Titulaire',
  'field.alternate': 'Suppléant(e)',
  'field.mandateStart': 'Début du mandat',
  'field.mandateEnd': 'Fin du mandat',
  'field.file': 'Fichier',
  'field.person': 'Personne',
  'field.cause': 'Cause',
  'field.note': 'Note',

  'dashboard.title': 'Tableau de bord',
  'dashboard.welcome': 'Bonjour, {name}.',
  'dashboard.roles': 'Vos rôles : {roles}',
  'dashboard.composition': 'Composition du comité',
  'dashboard.people':
    'Dont {count, plural, =0 {aucun membre désigné} one {# membre désigné} other {# membres désignés}} (titulaires et suppléants)',
  'dashboard.findings': 'Constats à traiter',
  'dashboard.findingsNone': 'Aucun constat : chaque siège est en règle.',
  'dashboard.findingsSome': '{findings} — voir les sièges concernés sur la page Membres.',
  'dashboard.candidates': 'Fins d’adhésion à examiner',
  'dashboard.candidatesNone': 'Aucune fin d’adhésion à examiner.',
  'dashboard.openMembers': 'Voir les membres',
  'dashboard.later': 'Prochainement',
  'dashboard.laterIntro': 'Ces sections arrivent dans une version ultérieure :',
  'section.meetings': 'Réunions (convocations, ordres du jour, procès-verbaux)',
  'section.decisions': 'Décisions et votes',
  'section.selection': 'Sélection des membres de la société civile',
  'section.publication': 'Publication sur le portail national',

  'config.title': 'Ajouter le comité de pilotage à ce canal',
  'config.body':
    'L’onglet ouvrira le tableau de bord du comité. Choisissez « Enregistrer » pour l’ajouter.',
  'config.outside':
    'Cette page configure l’onglet dans Microsoft Teams. Hors de Teams, ouvrez le tableau de bord.',

  'meeting.title': 'Le comité en réunion',
  'meeting.later':
    'Les outils de réunion (ordre du jour, présence, décisions) arrivent dans une version ultérieure. En attendant, voici la composition du comité.',

  'notFound.title': 'Page introuvable',
  'notFound.back': 'Retour au tableau de bord',
} as const;

export type MessageKey = keyof typeof fr;
export type Catalog = Record<MessageKey, string>;
