/**
 * The app's messages in French, the default language: one ICU MessageFormat catalog shared by
 * the tab, the bot's cards, the calendar feed and the API's problem details (issue 3/8, item 1).
 * This catalog defines the key set; Arabic and English must have exactly the same keys (their
 * type says so, and test/i18n/catalog.test.ts checks keys, syntax, plurals and punctuation).
 * Apostrophes are typographic (’): a straight one is an escape character in ICU. A name after
 * « de » is written `{de_name}` so that it elides (« d’Amina », « de Salma »: core/i18n/render.ts).
 */
export const fr = {
  'app.name': 'Comité de pilotage OGP Maroc',
  'app.loading': 'Chargement…',
  'app.error': 'Le chargement a échoué.',
  'app.retry': 'Réessayer',
  'app.example': 'Comité d’exemple — données fictives',
  'app.exampleDetail':
    'Ces organisations et ces personnes sont inventées pour montrer l’application ; remplacez-les par le vrai registre.',

  'nav.label': 'Sections du comité',
  'nav.dashboard': 'Tableau de bord',
  'nav.meetings': 'Réunions',
  'nav.members': 'Membres',

  'header.signOut': 'Se déconnecter',
  'header.language': 'Langue',
  'header.languageCurrent': 'Langue : {language}',
  'header.languageFollowTeams': 'Langue de Teams',
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
  'candidates.propose': 'Proposer la fin d’adhésion {de_organisation}',

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

  // Date and time fields (Fluent DatePicker and TimePicker): day first, 24-hour, Morocco time.
  'dateField.placeholder': 'jj/mm/aaaa',
  'dateField.invalid':
    'Date non reconnue : écrivez-la jour d’abord, jj/mm/aaaa (ex. 18/03/2027), ou choisissez-la dans le calendrier.',
  'timeField.hint': 'Heure du Maroc, sur 24 heures',
  'timeField.placeholder': 'hh:mm',
  'timeField.invalid':
    'Heure non reconnue : écrivez-la sur 24 heures, hh:mm (ex. 14:30), ou choisissez-la dans la liste.',
  'timeField.openList': 'Afficher la liste des heures',
  'calendar.open': 'Ouvrir le calendrier',
  'calendar.label': 'Calendrier',
  'calendar.goToToday': 'Aller à aujourd’hui',
  'calendar.previousMonth': 'Mois précédent',
  'calendar.nextMonth': 'Mois suivant',
  'calendar.previousYear': 'Année précédente',
  'calendar.nextYear': 'Année suivante',
  'calendar.previousYears': 'Années précédentes',
  'calendar.nextYears': 'Années suivantes',
  'calendar.close': 'Fermer le calendrier',
  'calendar.selected': 'Date choisie : {date}',
  'calendar.today': 'Aujourd’hui : {date}',
  'calendar.chooseMonth': '{month}, choisir le mois',
  'calendar.chooseYear': '{year}, choisir l’année',
  'calendar.month':
    '{month, select, january {janvier} february {février} march {mars} april {avril} may {mai} june {juin} july {juillet} august {août} september {septembre} october {octobre} november {novembre} december {décembre} other {}}',
  'calendar.day':
    '{day, select, sunday {dimanche} monday {lundi} tuesday {mardi} wednesday {mercredi} thursday {jeudi} friday {vendredi} saturday {samedi} other {}}',
  'calendar.dayShort':
    '{day, select, sunday {D} monday {L} tuesday {M} wednesday {M} thursday {J} friday {V} saturday {S} other {}}',

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
  'addSeat.personInvite':
    'L’inviter comme invité(e) dans Microsoft 365 s’il ou elle n’a pas encore de compte invité (un e-mail d’invitation lui est envoyé)',
  'addSeat.directorySearch': 'Rechercher dans l’annuaire',
  'addSeat.directoryFailed': 'La recherche dans l’annuaire a échoué : réessayez.',
  'addSeat.directoryRegistered':
    'Déjà dans le registre : {name}. Choisissez cette personne dans la liste.',
  'addSeat.directoryFoundMember': 'Trouvé dans l’annuaire du ministère : {name} ({email}).',
  'addSeat.directoryFoundGuest': 'Compte invité trouvé : {name} ({email}).',
  'addSeat.directoryLocal': 'Mode local : un nouveau compte local sera créé à l’enregistrement.',
  'addSeat.directoryNotFound':
    'Aucun compte de l’annuaire du ministère n’a cette adresse (UPN ou e-mail).',
  'addSeat.directoryNoGuest':
    'Pas encore de compte invité : cochez « l’inviter comme invité(e) » pour l’inviter.',
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

  'seat.pending': 'en attente de parité',
  'seat.pendingNote':
    'En attente depuis le {date} : ce siège n’est ni convoqué ni compté dans les votes tant que la parité ne le permet pas (R3.2).',
  'seat.withdraw': 'Retirer ce siège en attente',

  'parity.pending':
    '{count, plural, one {# siège en attente de parité} other {# sièges en attente de parité}}',
  'parity.lacking.administration': 'de l’administration',
  'parity.lacking.civil_society': 'de la société civile',
  'parity.finding.seat-pending':
    'Il deviendra actif quand le collège {lacking} comptera {missing, plural, one {# siège} other {# sièges}} de plus.',
  'parity.finding.composition-unbalanced':
    'Il manque {missing, plural, one {# siège actif} other {# sièges actifs}} au collège {lacking} pour rétablir la parité.',
  'parity.remedy.designate-administration':
    'À faire : un organisme public désigne son titulaire et son suppléant par lettre officielle (R4.1).',
  'parity.remedy.select-civil-society':
    'À faire : sélectionner une organisation de la société civile en remplacement, selon les étapes publiées (R4.6).',

  'members.savedPending': 'Siège enregistré en attente de parité (R3.2) :',

  'withdraw.title': 'Retirer le siège en attente — {organisation}',
  'withdraw.body':
    'Ce siège n’a jamais été actif : il quitte le registre courant, son historique reste dans le journal d’audit.',
  'withdraw.submit': 'Retirer',

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
  'field.meeting': 'Réunion',
  'field.title': 'Titre',
  'field.start': 'Début',
  'field.end': 'Fin',
  'field.location': 'Lieu',
  'field.agenda': 'Ordre du jour',
  'field.externalInvitees': 'Invités externes',
  'field.reason': 'Motif',
  'field.text': 'Texte',
  'field.proposedStart': 'Date proposée',
  'field.justification': 'Justification',
  'field.date': 'Date',
  'field.entries': 'Présence',

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

  'section.selection': 'Sélection des membres de la société civile',

  'dashboard.due': 'Ce que vous avez à faire',
  'dashboard.dueNone': 'Rien ne vous attend pour le moment.',

  'count.due':
    '{count, plural, =0 {aucune action attendue} one {# action attendue} other {# actions attendues}}',

  'due.send-notice': 'Envoyer l’avis de réunion',
  'due.propose': 'Proposer un point ou une autre date (facultatif)',
  'due.answer-proposals': 'Répondre aux propositions des membres',
  'due.record-attendance': 'Relever la présence',
  'due.share-minutes': 'Partager le compte rendu',
  'due.amend': 'Amender le compte rendu (facultatif)',
  'due.answer-amendments': 'Répondre aux amendements',
  'due.publish': 'Publier l’ordre du jour, le compte rendu et la liste des participants',
  'due.byDay': 'Au plus tard le {date}',
  'due.before': 'Avant le {date}',

  'dashboard.upcoming': 'Prochaines réunions',
  'dashboard.upcomingNone': 'Aucune réunion à venir.',
  'dashboard.openMeetings': 'Voir toutes les réunions',
  'dashboard.semester': 'Réunion du semestre (R5.1)',
  'dashboard.semesterLabel':
    '{half, select, first {Premier semestre} other {Second semestre}} {year}',
  'dashboard.covered': 'Semestre couvert',
  'dashboard.uncovered': 'Aucune réunion prévue',
  'dashboard.daysRemaining':
    '{count, plural, =0 {Dernier jour du semestre} one {# jour restant} other {# jours restants}}',
  'dashboard.flagged': 'Réunions signalées',
  'dashboard.flaggedNone': 'Aucune réunion n’est signalée.',
  'dashboard.undelivered':
    '{count, plural, one {# notification n’a pas pu être remise.} other {# notifications n’ont pas pu être remises.}}',
  'dashboard.undeliveredNone': 'Toutes les notifications ont été remises.',

  'holidays.title': 'Jours fériés {year}',
  'holidays.intro':
    'Ils comptent pour les délais en jours ouvrables (R5.5). Les dates de l’hégire sont estimées jusqu’à l’annonce officielle : confirmez-les pour recalculer chaque délai en cours.',
  'holidays.toConfirm': 'estimée, à confirmer',
  'holidays.estimatedPast': 'estimée (passée)',
  'holidays.confirmed': 'confirmée',
  'holidays.confirm': 'Confirmer la date',
  'holidays.confirmFor': 'Confirmer la date officielle — {name}',
  'holidays.confirmTitle': 'Date officielle — {name}',
  'holidays.confirmBody':
    'Saisissez le premier jour annoncé officiellement (observation du croissant). Tous les délais en cours seront recalculés.',
  'holidays.officialDate': 'Premier jour officiel',
  'holidays.officialDateHint': 'Au plus quelques jours d’écart avec l’estimation.',
  'holidays.source': 'Source (facultatif)',
  'holidays.confirmSubmit': 'Confirmer',
  'holidays.confirmedMessage': '{name} : date confirmée au {date}. Les délais ont été recalculés.',

  'meetings.title': 'Réunions du comité',
  'meetings.intro':
    'Une réunion au moins par semestre ; l’avis 10 jours avant ; 3 jours pour proposer ; le compte rendu en 3 jours ouvrables, 2 jours ouvrables pour l’amender, puis la publication (article 5).',
  'meetings.schedule': 'Planifier une réunion',
  'meetings.upcoming': 'À venir',
  'meetings.past': 'Passées',
  'meetings.noneUpcoming': 'Aucune réunion à venir.',
  'meetings.nonePast': 'Aucune réunion passée.',
  'meetings.feed': 'Abonnement au calendrier',
  'meetings.feedUrl': 'Adresse de l’abonnement au calendrier',
  'meetings.feedCopy': 'Copier l’adresse',
  'meetings.feedNone': 'Vous n’avez pas de lien d’abonnement actif.',
  'meetings.feedActiveSince':
    'Votre lien d’abonnement fonctionne depuis le {date}. Il n’est affiché qu’une fois : pour le retrouver, créez-en un nouveau (l’ancien cessera de fonctionner).',
  'meetings.feedCreate': 'Créer mon lien d’abonnement',
  'meetings.feedRenew': 'Nouveau lien (remplace l’ancien)',
  'meetings.feedRevoke': 'Révoquer mon lien',
  'meetings.feedShownOnce':
    'Ce lien est personnel et n’est affiché qu’une fois : copiez-le maintenant. Ne le partagez pas.',

  'members.feedTitle': 'Liens d’abonnement au calendrier',
  'members.feedPerson': 'Personne',
  'members.feedRevoke': 'Révoquer son lien',
  'members.feedRevoked': 'Le lien d’abonnement {de_name} est révoqué.',
  'members.feedNoneToRevoke': '{name} n’a pas de lien d’abonnement actif.',

  'meetings.feedHint':
    'Ajoutez cette adresse à votre agenda (Outlook, Google Agenda…) pour y voir les réunions du comité.',

  'meetingStatus.draft': 'Brouillon',
  'meetingStatus.noticed': 'Avis envoyé',
  'meetingStatus.held': 'Tenue',
  'meetingStatus.minutes_shared': 'Compte rendu partagé',
  'meetingStatus.amendment_closed': 'Amendements clos',
  'meetingStatus.published': 'Publiée',
  'meetingStatus.postponed': 'Reportée — nouvel avis requis',
  'meetingStatus.cancelled': 'Annulée',

  'meeting.when': '{start} – {end} (heure du Maroc)',
  'meeting.online': 'En ligne (réunion Teams)',
  'meeting.whereBoth': '{place} et en ligne (réunion Teams)',
  'meeting.noPlace': 'Lieu à préciser',
  'meeting.fromOutlook': 'Planifiée dans Outlook',
  'meeting.flags': 'Points d’attention',
  'meeting.join': 'Rejoindre la réunion Teams',
  'meeting.back': 'Toutes les réunions',
  'meeting.edit': 'Modifier ou déplacer',
  'meeting.cancel': 'Annuler la réunion',
  'meeting.saved': 'Réunion enregistrée.',
  'meeting.none': 'Aucune réunion en cours ni à venir.',
  'meeting.allMeetings': 'Voir toutes les réunions',

  'next.notice': 'Avis de réunion à envoyer au plus tard le {date}',
  'next.proposals': 'Propositions des membres jusqu’au {date}',
  'next.minutes': 'Compte rendu à partager au plus tard le {date}',
  'next.amendments': 'Amendements jusqu’au {date} inclus',
  'next.publication': 'Publiable à partir du {date}',

  'deadlines.title': 'Échéances',

  'deadline.notice': 'Avis de réunion (R5.2)',
  'deadline.proposals': 'Propositions (R5.3)',
  'deadline.minutes': 'Compte rendu (R5.5)',
  'deadline.amendments': 'Amendements (R5.5)',
  'deadline.publication': 'Publication (R5.6)',
  'deadline.pending.proposals': 'ouvertes à l’envoi de l’avis, pour 3 jours',
  'deadline.pending.minutes': '3 jours ouvrables après la réunion',
  'deadline.pending.amendments': '2 jours ouvrables après le partage du compte rendu',
  'deadline.pending.publication': 'à la fin de la période d’amendement',
  'deadline.late': 'En retard',
  'deadline.closed': 'Close',
  'deadline.noticeSent': 'Envoyé le {date}',
  'deadline.minutesShared': 'Partagé le {date}',
  'deadline.published': 'Publiée le {date}',

  'countdown.left':
    '{days, plural, =0 {{clock}} one {# jour et {clock}} other {# jours et {clock}}}',
  'countdown.spoken': 'Clôture dans {duration}',

  'unit.days': '{count, plural, one {# jour} other {# jours}}',
  'unit.hours': '{count, plural, one {# heure} other {# heures}}',
  'unit.minutes': '{count, plural, one {# minute} other {# minutes}}',

  'countdown.closed': 'Clos',

  'meetingForm.title': 'Planifier une réunion',
  'meetingForm.editTitle': 'Modifier ou déplacer la réunion',
  'meetingForm.submit': 'Planifier',
  'meetingForm.save': 'Enregistrer',
  'meetingForm.movingNoticed':
    'L’avis de cette réunion a été envoyé : si vous changez sa date, elle sera reportée et un nouvel avis, au moins 10 jours avant, sera nécessaire (R5.2).',
  'meetingForm.meetingTitle': 'Titre',
  'meetingForm.day': 'Date',
  'meetingForm.startTime': 'Heure de début',
  'meetingForm.endTime': 'Heure de fin',
  'meetingForm.timeHint': 'Heure du Maroc.',
  'meetingForm.timeHintOffset': 'Heure du Maroc : {offset} ce jour-là.',
  'meetingForm.endAfterStart': 'L’heure de fin suit l’heure de début.',
  'meetingForm.location': 'Lieu',
  'meetingForm.online': 'En ligne (réunion Teams)',
  'meetingForm.agenda': 'Ordre du jour',
  'meetingForm.item': 'Point {n}',
  'meetingForm.itemTitle': 'Intitulé du point',
  'meetingForm.presenter': 'Présenté par',
  'meetingForm.documents': 'Documents',
  'meetingForm.documentsKept': 'Déjà joints : {names}',
  'meetingForm.removeItem': 'Retirer le point {n}',
  'meetingForm.addItem': 'Ajouter un point',
  'meetingForm.invitees': 'Invités externes',
  'meetingForm.inviteesHint': 'Les personnes externes assistent sans voter (R5.4).',
  'meetingForm.invitee': 'Invité(e) {n}',
  'meetingForm.inviteeName': 'Nom',
  'meetingForm.inviteeEmail': 'Adresse e-mail',
  'meetingForm.inviteeOrganisation': 'Organisation (facultatif)',
  'meetingForm.removeInvitee': 'Retirer l’invité(e) {n}',
  'meetingForm.addInvitee': 'Ajouter un invité externe',

  'cancelMeeting.title': 'Annuler la réunion « {title} »',
  'cancelMeeting.body': 'Les membres et les invités sont prévenus avec le motif.',
  'cancelMeeting.reason': 'Motif',
  'cancelMeeting.submit': 'Confirmer l’annulation',

  'notice.send': 'Envoyer l’avis de réunion',
  'notice.sentOn': 'Avis de réunion émis le {date}.',

  'delivery.title': 'Remise de l’avis aux membres (R5.2)',
  'delivery.recorded': 'Avis enregistré : {summary}.',
  'delivery.recordedNoTracking': 'Avis enregistré.',
  'delivery.reached': 'remis à {delivered, plural, one {# membre} other {# membres}} sur {total}',
  'delivery.inProgressCount': '{count} en cours de remise',
  'delivery.failedCount': '{count, plural, one {# injoignable} other {# injoignables}}',
  'delivery.separator': ' ; ',
  'delivery.live': 'Remise en cours : la page se met à jour d’elle-même.',
  'delivery.refresh': 'Actualiser',
  'delivery.notInstalled':
    '{count, plural, one {# membre n’a pas l’application dans Teams : la carte de l’avis ne peut pas lui parvenir.} other {# membres n’ont pas l’application dans Teams : la carte de l’avis ne peut pas leur parvenir.}}',
  'delivery.tableLabel': 'Remise de l’avis par personne',
  'delivery.person': 'Personne',
  'delivery.teams': 'Carte dans Teams',
  'delivery.calendar': 'Calendrier',
  'delivery.action': 'Action',
  'delivery.attempts':
    '{count, plural, =0 {Pas encore essayé} one {# tentative, le {date}} other {# tentatives, la dernière le {date}}}',
  'delivery.state.queued': 'En file d’envoi',
  'delivery.state.sending': 'Envoi en cours',
  'delivery.state.delivered': 'Remis',
  'delivery.state.retrying': 'Nouvel essai prévu',
  'delivery.state.failed': 'Non remis',
  'delivery.reason.no-conversation':
    'L’application n’est pas installée pour ce membre : le bot ne peut pas lui écrire.',
  'delivery.reason.blocked': 'Le membre a bloqué ou retiré l’application dans Teams.',
  'delivery.reason.gone': 'La conversation avec ce membre n’existe plus dans Teams.',
  'delivery.reason.throttled':
    'Teams a limité le nombre d’envois ; un nouvel essai est fait automatiquement.',
  'delivery.reason.refused':
    'La carte n’a pas pu être préparée pour cette personne (a-t-elle encore accès à la réunion ?).',
  'delivery.reason.bot-error': 'Le service du bot a répondu par une erreur.',
  'delivery.calendar.outlook-invitation': 'Invitation Outlook envoyée',
  'delivery.calendar.ics-feed': 'Dans le calendrier ICS du comité',
  'delivery.calendar.none': 'Aucune',
  'delivery.capacity.titular': 'Titulaire',
  'delivery.capacity.alternate': 'Suppléant(e)',
  'delivery.capacity.chair': 'Présidence',
  'delivery.capacity.other': 'Destinataire',
  'delivery.channel': 'Canal du comité :',
  'delivery.retry': 'Relancer',
  'delivery.retryOne': 'Relancer l’envoi à {name}',
  'delivery.retryAll': 'Relancer les envois non remis',
  'delivery.retried': 'Envoi relancé : {summary}.',
  'delivery.help.title': 'Pour les membres injoignables',
  'delivery.help.install':
    'Installez l’application pour eux, en portée personnelle (centre d’administration Teams › Applications › stratégies de configuration, ou le membre lui-même : Applications › COPIL OGP Maroc › Ajouter) : l’avis leur est alors envoyé de lui-même (ou relancez l’envoi).',
  'delivery.help.outlook':
    'Ils ont reçu l’invitation Outlook, avec la date et l’ordre du jour : l’avis leur est parvenu par ce canal.',
  'delivery.help.ics':
    'Sans Outlook (mode intégré), la réunion est dans le calendrier ICS du comité ; sinon transmettez-leur l’avis par un autre moyen et notez lequel.',
  'delivery.help.none': 'Transmettez-leur l’avis par un autre moyen et notez lequel.',
  'delivery.mine.delivered': 'L’avis vous a été remis dans Teams le {date}.',
  'delivery.mine.pending': 'L’avis est en cours de remise dans Teams.',
  'delivery.mine.failed':
    'L’avis n’a pas pu vous être remis dans Teams : ajoutez l’application du comité dans Teams pour recevoir les avis.',

  'dashboard.notices': 'Avis non remis à tous (R5.2)',
  'dashboard.noticesNone': 'Chaque avis en cours a atteint tous ses destinataires.',
  'dashboard.openMeeting': 'Ouvrir la réunion',

  'agenda.title': 'Ordre du jour',
  'agenda.empty': 'Aucun point pour l’instant.',
  'agenda.presenter': 'Présenté par {name}',
  'agenda.document': 'Document : {name}',
  'agenda.fromProposal': 'proposé par un membre',
  'agenda.invitees': 'Invités externes : {names}',

  'proposals.title': 'Propositions des membres',
  'proposals.beforeNotice':
    'Les membres pourront proposer des points ou une autre date pendant 3 jours après l’envoi de l’avis.',
  'proposals.openUntil': 'Ouvertes jusqu’au {date}.',
  'proposals.closedSince': 'La période de propositions s’est close le {date}.',
  'proposals.closed': 'Close',
  'proposals.formTitle': 'Faire une proposition',
  'proposals.kind': 'Vous proposez',
  'proposals.kind.agenda_item': 'Un point à l’ordre du jour',
  'proposals.kind.date': 'Une autre date',
  'proposals.item': 'Point proposé',
  'proposals.reason': 'Motif',
  'proposals.day': 'Date proposée',
  'proposals.time': 'Heure proposée',
  'proposals.submit': 'Envoyer la proposition',
  'proposals.sent': 'Proposition envoyée au secrétariat.',
  'proposals.none': 'Aucune proposition.',

  'count.proposals':
    '{count, plural, =0 {aucune proposition} one {# proposition} other {# propositions}}',

  'proposals.status.pending': 'En attente de réponse',
  'proposals.status.accepted': 'Acceptée',
  'proposals.status.rejected': 'Refusée',
  'proposals.proposedStart': 'Date proposée : {date}',
  'proposals.response': 'Réponse {de_name}, le {date} :',
  'proposals.answer': 'Répondre',
  'proposals.answerFor': 'Répondre à la proposition {de_name}',
  'proposals.answerTitle': 'Répondre à la proposition {de_name}',
  'proposals.decision': 'Décision',
  'proposals.acceptItem': 'Accepter (ajouter à l’ordre du jour)',
  'proposals.acceptDate': 'Accepter',
  'proposals.reject': 'Refuser',
  'proposals.answerReason': 'Motif de la réponse (transmis au membre)',
  'proposals.answerSubmit': 'Envoyer la réponse',
  'proposals.answered': 'Réponse envoyée au membre.',

  'attendance.title': 'Présence',
  'attendance.intro': 'Indiquez pour chaque personne si elle est présente ou absente.',
  'attendance.none': 'La présence n’a pas encore été relevée.',
  'attendance.summary':
    '{present, plural, =0 {aucune personne présente} one {# personne présente} other {# personnes présentes}}, {absent, plural, =0 {aucune absente} one {# absente} other {# absentes}}',
  'attendance.group.chair': 'Présidence',
  'attendance.group.titular': 'Membres titulaires',
  'attendance.group.alternate': 'Membres suppléants',
  'attendance.group.external': 'Participants externes',
  'attendance.group.secretariat': 'Secrétariat',
  'attendance.group.observer': 'Observateurs',
  'attendance.present': 'Présent(e)',
  'attendance.excused': 'Absence justifiée',
  'attendance.unjustified': 'Absence non justifiée',
  'attendance.notRecorded': 'Non relevé',
  'attendance.markPresent': 'Présent(e)',
  'attendance.markAbsent': 'Absent(e)',
  'attendance.allPresent': 'Marquer tout le monde présent',
  'attendance.save': 'Enregistrer la présence',
  'attendance.saved': 'Présence enregistrée.',
  'attendance.justify': 'Justification',
  'attendance.justifyFor': 'Justification de l’absence {de_name}',
  'attendance.justifyTitle': 'Absence {de_name}',
  'attendance.justifyBody':
    'Trois absences sans justification en deux années civiles mettent fin à l’adhésion d’un siège de la société civile (R12.1).',
  'attendance.justifiedQuestion': 'L’absence est',
  'attendance.isJustified': 'Justifiée',
  'attendance.isUnjustified': 'Non justifiée',
  'attendance.chooseJustified': 'Choisissez si l’absence est justifiée ou non.',
  'attendance.justification': 'Justification',
  'attendance.justifySubmit': 'Enregistrer',
  'attendance.justified': 'Absence enregistrée.',

  'minutes.title': 'Compte rendu',
  'minutes.dueBy': 'À partager avec les membres au plus tard le {date} (3 jours ouvrables).',
  'minutes.sharedOn': 'Partagé le {date}.',
  'minutes.open': 'Ouvrir le compte rendu ({name})',
  'minutes.notYet': 'Le compte rendu n’a pas encore été partagé.',
  'minutes.formTitle': 'Partager le compte rendu',
  'minutes.write': 'Le rédiger ici',
  'minutes.upload': 'Déposer un fichier',
  'minutes.text': 'Texte du compte rendu',
  'minutes.file': 'Fichier du compte rendu',
  'minutes.share': 'Partager le compte rendu',
  'minutes.sharedMessage': 'Compte rendu partagé : les membres peuvent l’amender.',

  'amendments.title': 'Amendements au compte rendu',
  'amendments.until': 'Les membres peuvent l’amender jusqu’au {date} inclus.',
  'amendments.formTitle': 'Proposer un amendement',
  'amendments.text': 'Votre amendement',
  'amendments.submit': 'Proposer l’amendement',
  'amendments.sent': 'Amendement envoyé au secrétariat.',
  'amendments.none': 'Aucun amendement.',

  'count.amendments':
    '{count, plural, =0 {aucun amendement} one {# amendement} other {# amendements}}',

  'amendments.status.pending': 'En attente',
  'amendments.status.integrated': 'Intégré',
  'amendments.status.answered': 'Réponse donnée',
  'amendments.answerBy': 'Réponse {de_name}, le {date} :',
  'amendments.integrate': 'Intégrer',
  'amendments.integrateFor': 'Intégrer l’amendement {de_name}',
  'amendments.answer': 'Répondre',
  'amendments.answerFor': 'Répondre à l’amendement {de_name}',
  'amendments.answerTitle': 'Amendement {de_name}',
  'amendments.decision': 'Suite donnée',
  'amendments.decision.integrated': 'Intégré au compte rendu',
  'amendments.decision.answered': 'Non intégré, avec une réponse',
  'amendments.answerText': 'Réponse (transmise au membre)',
  'amendments.answerSubmit': 'Enregistrer',
  'amendments.answered': 'Réponse enregistrée.',

  'publication.title': 'Publication (R5.6)',
  'publication.intro':
    'L’ordre du jour, le compte rendu et la liste des participants sont publiés ensemble sur le portail national, à partir du {date}.',
  'publication.introNoDate':
    'L’ordre du jour, le compte rendu et la liste des participants sont publiés ensemble sur le portail national, après la période d’amendement.',
  'publication.publish': 'Publier sur le portail national',
  'publication.publishedOn': 'Publiée sur le portail national le {date}.',
  'publication.doneMessage': 'Réunion publiée sur le portail national.',

  'config.title': 'Ajouter le comité de pilotage à ce canal',
  'config.body':
    'L’onglet ouvrira le tableau de bord du comité. Choisissez « Enregistrer » pour l’ajouter.',
  'config.outside':
    'Cette page configure l’onglet dans Microsoft Teams. Hors de Teams, ouvrez le tableau de bord.',

  'meeting.title': 'Le comité en réunion',

  'nav.decisions': 'Décisions',

  'decisionsNav.label': 'Décisions, communications et révisions',
  'decisionsNav.decisions': 'Décisions et votes',
  'decisionsNav.communications': 'Communications',
  'decisionsNav.revisions': 'Révision du manuel',

  'field.motion': 'Motion',
  'field.closesAt': 'Clôture du vote',
  'field.choice': 'Bulletin',
  'field.channel': 'Canal',
  'field.plannedDay': 'Date de diffusion prévue',
  'field.visual': 'Visuel',
  'field.meetingId': 'Réunion',
  'field.plan': 'Plan d’action national',

  'decisions.title': 'Décisions du comité',
  'decisions.intro':
    'Le comité décide par consensus (R5.7). Exceptionnellement, lorsque la présidence a constaté que les efforts de consensus sont épuisés, il vote à la double majorité (R13.2).',
  'decisions.record': 'Consigner une décision',
  'decisions.filter': 'Réunion',
  'decisions.filterAll': 'Toutes les réunions',
  'decisions.none': 'Aucune décision consignée.',

  'count.decisions': '{count, plural, =0 {aucune décision} one {# décision} other {# décisions}}',

  'decisions.meeting': 'Réunion : {title}',
  'decisions.noMeeting': 'Hors réunion',
  'decisions.voteUntil': 'Vote ouvert jusqu’au {date}',

  'decisionStatus.under_discussion': 'En discussion',
  'decisionStatus.consensus': 'Adoptée par consensus',
  'decisionStatus.consensus_exhausted': 'Consensus épuisé',
  'decisionStatus.vote_open': 'Vote ouvert',
  'decisionStatus.adopted': 'Adoptée par vote',
  'decisionStatus.rejected': 'Rejetée par vote',
  'decisionStatus.withdrawn': 'Retirée',

  'recordDecision.title': 'Consigner une décision',
  'recordDecision.meeting': 'Réunion',
  'recordDecision.noMeeting': 'Aucune (hors réunion)',
  'recordDecision.text': 'Texte de la décision',
  'recordDecision.hint': 'Elle est d’abord en discussion : le comité cherche le consensus (R5.7).',
  'recordDecision.submit': 'Consigner',

  'decision.title': 'Décision',
  'decision.back': 'Toutes les décisions',
  'decision.meeting': 'Réunion :',
  'decision.subject.communication': 'Cette décision valide une demande de communication (R10.1).',
  'decision.subject.revision': 'Cette décision porte sur une demande de révision du manuel (R13).',
  'decision.seeCommunications': 'Voir les communications',
  'decision.seeRevisions': 'Voir les demandes de révision',
  'decision.consensusTitle': 'Consensus (R5.7)',
  'decision.consensusIntro':
    'Le comité décide par consensus. Un vote n’est ouvert qu’après que la présidence a constaté l’épuisement des efforts de consensus.',
  'decision.consensusOn': 'Consensus constaté le {date}.',
  'decision.exhaustedOn': 'Épuisement des efforts de consensus constaté le {date} par {name}.',
  'decision.chairConducts': 'La présidence conduit la recherche du consensus et ouvre le vote.',
  'decision.recordConsensus': 'Consensus atteint',
  'decision.recordExhausted': 'Efforts de consensus épuisés',
  'decision.openVote': 'Ouvrir un vote',
  'decision.withdraw': 'Retirer la décision',
  'decision.consensusRecorded': 'Consensus constaté : la décision est adoptée.',
  'decision.exhaustedRecorded':
    'Épuisement des efforts de consensus constaté : un vote peut être ouvert.',
  'decision.withdrawn': 'Décision retirée.',
  'decision.voteOpened': 'Vote ouvert : chaque membre reçoit sa carte de vote.',
  'decision.withdrawTitle': 'Retirer la décision ?',
  'decision.withdrawBody': 'Elle ne sera plus soumise au comité.',
  'decision.withdrawSubmit': 'Retirer',

  'openVote.title': 'Ouvrir un vote à double majorité',
  'openVote.motion': 'Motion soumise au vote',
  'openVote.motionOptional': 'Motion soumise au vote (facultatif)',
  'openVote.motionDefault': 'Par défaut : le texte de la demande.',
  'openVote.day': 'Date de clôture',
  'openVote.time': 'Heure de clôture',
  'openVote.choices':
    'Choix proposés : oui, non, abstention. Chaque membre peut changer son bulletin jusqu’à la clôture.',
  'openVote.submit': 'Ouvrir le vote',

  'vote.title': 'Vote à double majorité (R13.2)',
  'vote.openedBy': 'Ouvert par {name} le {date}.',
  'vote.closesAt': 'Clôture le {date}.',
  'vote.closedAt': 'Clos le {date}.',
  'vote.policy':
    '{threshold, select, more {Adoptée si les « oui » dépassent la moitié des sièges actifs de chaque collège} other {Adoptée si les « oui » atteignent au moins la moitié des sièges actifs de chaque collège}}, administration et société civile — comptés sur les sièges, non sur les présents.',
  'vote.oneBallot':
    'Un bulletin par siège : celui du titulaire, ou celui du suppléant quand le titulaire ne vote pas.',
  'vote.yourBallot': 'Votre bulletin',
  'vote.choice.yes': 'Oui',
  'vote.choice.no': 'Non',
  'vote.choice.abstain': 'Abstention',
  'vote.cast': 'Voter',
  'vote.change': 'Changer mon vote',
  'vote.cast.done': 'Bulletin enregistré : {choice}.',
  'vote.myBallot': 'Votre bulletin : {choice} (le {date}).',
  'vote.noBallot': 'Vous n’avez pas encore voté.',
  'vote.changeUntilClose': 'Vous pouvez changer votre bulletin jusqu’à la clôture.',
  'vote.note.counted': 'Votre bulletin compte pour votre siège.',
  'vote.note.titular-counts':
    'Le bulletin de votre titulaire compte pour votre siège : celui du suppléant ne compte que lorsque le titulaire ne vote pas.',
  'vote.note.alternate-counts':
    'Le bulletin de votre suppléant(e) compte pour votre siège tant que vous ne votez pas : le vôtre le remplacerait.',
  'vote.note.one-ballot':
    'Un seul bulletin compte par siège : le vôtre si vous êtes titulaire ; celui du suppléant seulement si le titulaire ne vote pas.',
  'vote.cannotVote': 'Vous ne pouvez pas voter',
  'vote.notInVote': 'Votre siège n’était pas actif à l’ouverture de ce vote.',
  'vote.tally': 'Décompte par collège',
  'vote.tallyLive':
    'Décompte en direct, actualisé {seconds, plural, one {chaque seconde} other {toutes les # secondes}}.',
  'vote.result': 'Résultat par collège',
  'vote.tallyHidden': 'Le décompte est publié à la clôture du vote.',
  'vote.yes': 'Oui',
  'vote.no': 'Non',
  'vote.abstain': 'Abstention',
  'vote.voted': 'Ont voté',
  'vote.votedOf': '{voted} sur {seats, plural, =0 {aucun siège} one {# siège} other {# sièges}}',
  'vote.needed': 'Oui nécessaires',
  'vote.reached': 'Majorité atteinte',
  'vote.notReached': 'Majorité non atteinte',
  'vote.adoptedSoFar': 'À ce stade, la double majorité est atteinte.',
  'vote.notAdoptedSoFar': 'À ce stade, la double majorité n’est pas atteinte.',
  'vote.adopted': 'Adoptée à la double majorité',
  'vote.rejected': 'Rejetée : double majorité non atteinte',
  'vote.close': 'Clore le vote maintenant',
  'vote.closeTitle': 'Clore le vote maintenant ?',
  'vote.closeBody':
    'Le résultat par collège est calculé et publié ; aucun bulletin n’est plus reçu ensuite.',
  'vote.closeSubmit': 'Clore le vote',
  'vote.closedMessage': 'Vote clos : le résultat est publié.',
  'vote.seeDecision': 'Voir la décision et le vote',

  'meetingDecisions.title': 'Décisions',
  'meetingDecisions.none': 'Aucune décision consignée pour cette réunion.',

  'communications.title': 'Communications au nom du comité',
  'communications.intro':
    'Toute communication au nom du comité est validée par le comité avant sa diffusion (R10.1) : sans objection des membres jusqu’à la date limite (délai en jours ouvrables), ou par un vote. Rien n’est publiable avant la validation. Le portail national est le canal officiel (R10.2).',
  'communications.submit': 'Soumettre une communication',
  'communications.none': 'Aucune demande de communication.',

  'count.communications': '{count, plural, =0 {aucune demande} one {# demande} other {# demandes}}',

  'communications.channel': 'Canal : {channel}',
  'communications.planned': 'Diffusion prévue le {date}',
  'communications.visual': 'Visuel joint',
  'communications.hashtag':
    'Mot-dièse à inclure dans les communications numériques : {hashtag} (R10.2).',
  'communications.objectUntil': 'Objections possibles jusqu’au {date} inclus.',
  'communications.objectClosed': 'Délai d’objection terminé le {date}.',
  'communications.objections': 'Objections',

  'count.objections':
    '{count, plural, =0 {aucune objection} one {# objection} other {# objections}}',

  'communications.objectionBy': '{name}, le {date} :',
  'communications.object': 'Faire objection',
  'communications.objectFor': 'Faire objection à la communication {de_name}',
  'communications.objectTitle': 'Objection à la communication {de_name}',
  'communications.objectReason': 'Motif de l’objection',
  'communications.objectHint': 'Une objection envoie la communication au vote du comité (R10.1).',
  'communications.objectSubmit': 'Envoyer l’objection',
  'communications.objected': 'Objection enregistrée : la communication devra être soumise au vote.',
  'communications.openVote': 'Soumettre au vote',
  'communications.openVoteFor': 'Soumettre au vote la communication {de_name}',
  'communications.voteOpened': 'Vote ouvert sur la communication.',
  'communications.publish': 'Marquer comme publiée',
  'communications.publishFor': 'Marquer comme publiée la communication {de_name}',
  'communications.published': 'Communication marquée comme publiée.',
  'communications.seeVote': 'Voir le vote',
  'communications.submitted':
    'Communication soumise : les membres peuvent faire objection jusqu’au {date} inclus.',

  'communicationStatus.submitted': 'En attente d’objections',
  'communicationStatus.objected': 'Objection reçue — vote nécessaire',
  'communicationStatus.vote_open': 'Vote ouvert',
  'communicationStatus.validated': 'Validée',
  'communicationStatus.rejected': 'Rejetée',
  'communicationStatus.published': 'Publiée',
  'communicationStatus.withdrawn': 'Retirée',

  'channel.portal': 'Portail national (canal officiel)',
  'channel.ministry_social': 'Réseaux sociaux du ministère',
  'channel.member_social': 'Réseaux sociaux d’un membre',
  'channel.press': 'Presse',
  'channel.other': 'Autre',

  'communicationForm.title': 'Soumettre une communication',
  'communicationForm.text': 'Texte de la communication',
  'communicationForm.channel': 'Canal',
  'communicationForm.plannedDay': 'Date de diffusion prévue',
  'communicationForm.visual': 'Visuel (facultatif)',
  'communicationForm.hashtag':
    'Pensez au mot-dièse {hashtag} dans les communications numériques (R10.2).',
  'communicationForm.hashtagGeneric':
    'Pensez au mot-dièse officiel du comité dans les communications numériques (R10.2).',
  'communicationForm.submit': 'Soumettre',

  'revisions.title': 'Révision du manuel',
  'revisions.intro':
    'Une demande de révision du manuel doit être soutenue par au moins un tiers des membres du comité (sièges actifs) et déposée pendant le dernier trimestre de la dernière année du plan d’action national (R13.1). Elle est décidée à la réunion suivante (R13.3), par un vote à double majorité (R13.2).',
  'revisions.create': 'Demander une révision',
  'revisions.none': 'Aucune demande de révision.',

  'count.revisions': '{count, plural, =0 {aucune demande} one {# demande} other {# demandes}}',

  'revisions.support':
    'Soutiens : {seats, plural, =0 {aucun siège} one {# siège} other {# sièges}} sur {needed, plural, one {# nécessaire} other {# nécessaires}}',
  'revisions.supporters': 'Soutenue par {names}.',
  'revisions.window': 'Dépôt possible du {start} au {end} (R13.1).',
  'revisions.filedOn': 'Déposée le {date}.',
  'revisions.meeting': 'Décidée à la réunion (R13.3) :',
  'revisions.waitingMeeting': 'En attente de la prochaine réunion du comité (R13.3).',
  'revisions.supportAction': 'Soutenir',
  'revisions.supportFor': 'Soutenir la demande {de_name}',
  'revisions.file': 'Déposer la demande',
  'revisions.fileFor': 'Déposer la demande {de_name}',
  'revisions.openVote': 'Ouvrir le vote',
  'revisions.openVoteFor': 'Ouvrir le vote sur la demande {de_name}',
  'revisions.seeVote': 'Voir le vote',
  'revisions.created': 'Demande créée : vous en êtes le premier soutien.',
  'revisions.supported': 'Soutien enregistré.',
  'revisions.filed': 'Demande déposée.',
  'revisions.voteOpened': 'Vote ouvert sur la demande de révision.',
  'revisions.reason.too-few-supporters': 'Motif : pas assez de soutiens.',
  'revisions.reason.outside-window': 'Motif : en dehors de la période de dépôt.',

  'revisionStatus.collecting_support': 'Recueil des soutiens',
  'revisionStatus.filed': 'Déposée',
  'revisionStatus.scheduled': 'Inscrite à l’ordre du jour',
  'revisionStatus.vote_open': 'Vote ouvert',
  'revisionStatus.adopted': 'Adoptée',
  'revisionStatus.rejected': 'Rejetée',
  'revisionStatus.withdrawn': 'Retirée',

  'revisionForm.title': 'Demander une révision du manuel',
  'revisionForm.text': 'Révision proposée',
  'revisionForm.hint':
    'Vous en êtes le premier soutien ; les autres membres sont invités à la soutenir.',
  'revisionForm.submit': 'Créer la demande',

  'notFound.title': 'Page introuvable',
  'notFound.back': 'Retour au tableau de bord',

  'welcome.title': 'Bienvenue au comité de pilotage OGP Maroc',
  'welcome.greeting': 'Bonjour {name} !',
  'welcome.body':
    'Cette application tient le registre du comité de pilotage et applique son manuel : composition et parité des deux collèges, réunions, procès-verbaux et décisions. Les convocations et les votes vous parviendront dans cette conversation.',
  'welcome.unregistered':
    'Votre compte ne figure pas encore au registre du comité : le secrétariat peut vous y ajouter.',

  'help.title': 'Ce que je sais faire',
  'help.intro': 'Écrivez l’une de ces commandes :',
  'help.command.composition':
    '**composition** : la composition du comité et la parité entre les collèges (R3.2)',
  'help.command.help': '**aide** : ce message',
  'help.notUnderstood': 'Je n’ai pas compris « {text} ».',
  'help.command.language': '**langue** : choisir la langue dans laquelle l’application vous écrit',

  'language.title': 'Votre langue',
  'language.body':
    'Les cartes, les convocations, le texte de votre agenda et l’onglet du comité vous parviennent dans cette langue, quelle que soit celle de Teams.',
  'language.current': 'Langue choisie : {language}.',
  'language.none':
    'Aucune langue choisie : je vous écris dans la langue de votre Teams, à défaut en français.',
  'language.saved': 'C’est noté : je vous écris désormais en français.',
  'language.cleared': 'C’est noté : je suivrai la langue de votre Teams.',
  'language.followClient': 'Suivre la langue de Teams',

  'action.composition': 'Composition',
  'action.help': 'Aide',
  'action.openMembers': 'Ouvrir la liste des membres',

  'composition.title': 'Composition du comité de pilotage',
  'composition.asOf': 'Au {date}',
  'composition.example':
    'Données d’exemple : ce comité est fictif, chargé pour découvrir l’application.',

  'card.parity.balanced':
    'Parité respectée (R3.2) : {count, plural, one {# siège actif} other {# sièges actifs}} pour chaque collège.',

  'parity.broken': 'Parité rompue (règle {rule})',

  'college.civilSociety': 'Société civile',
  'college.activeSeats':
    '{count, plural, =0 {aucun siège actif} one {# siège actif} other {# sièges actifs}}',
  'college.mandatesEnd': 'Mandats jusqu’au {date}',
  'college.empty': 'Aucun siège dans ce collège.',

  'seat.mandateEnd': 'Fin de mandat',

  'card.seat.draft': 'Brouillon : ce siège ne compte pas encore',

  'composition.ceased':
    '{count, plural, =0 {Aucun siège n’a cessé.} one {# siège a cessé (historique dans l’onglet du comité).} other {# sièges ont cessé (historique dans l’onglet du comité).}}',

  'notMember.title': 'Réservé aux membres du comité',
  'notMember.body':
    'Votre compte ne figure pas au registre du comité de pilotage : je ne peux pas vous montrer ses informations. Si c’est une erreur, contactez le secrétariat.',

  'error.title': 'Une erreur s’est produite',
  'error.body':
    'Je n’ai pas pu traiter votre demande. Réessayez dans un instant ; si le problème persiste, prévenez le secrétariat.',
  'error.reference': 'Référence de l’incident : {reference}',

  'meeting.fact.when': 'Date',
  'meeting.fact.where': 'Lieu',
  'meeting.status': 'État de la réunion : {status}',
  'meeting.timeRange': '{day}, de {start} à {end} (heure du Maroc)',
  'meeting.instant': '{day} à {time} (heure du Maroc)',
  'meeting.onlineAnd': '{place}, et en ligne (réunion Teams)',
  'meeting.agenda.empty': 'L’ordre du jour n’est pas encore fixé.',
  'meeting.agenda.presenter': 'Présenté par {name}',
  'meeting.agenda.documents': 'Documents : {names}',
  'meeting.agenda.more':
    '{count, plural, one {# autre point} other {# autres points}} dans l’onglet du comité.',

  'action.join': 'Rejoindre la réunion',

  'notice.recorded':
    'Avis enregistré : {summary}. Le détail par membre et la relance sont dans l’onglet.',
  'notice.recordedUntracked': 'Avis enregistré. Le suivi de la remise est dans l’onglet.',
  'notice.delivery': 'Remise de l’avis : {summary}.',

  'card.delivery.notInstalled':
    '{count, plural, one {# sans l’application dans Teams (la carte ne peut pas lui parvenir)} other {# sans l’application dans Teams (la carte ne peut pas leur parvenir)}}',

  'action.showMeeting': 'Voir la réunion',
  'action.showMinutes': 'Voir le compte rendu',

  'notice.title': 'Avis de réunion : {title}',
  'notice.intro':
    'Le comité de pilotage se réunit. Voici la date, l’ordre du jour et les documents (R5.2).',
  'notice.notSent':
    'L’avis n’est pas encore envoyé aux membres : à envoyer au plus tard le {day} (R5.2).',
  'notice.window.open':
    'Vous pouvez proposer un point à l’ordre du jour ou une autre date jusqu’au {until} (R5.3).',
  'notice.window.openOthers':
    'Les membres peuvent proposer un point à l’ordre du jour ou une autre date jusqu’au {until} (R5.3).',
  'notice.window.closed': 'Période de propositions close le {closedAt} (R5.3).',

  'proposal.kind.agenda_item': 'un point à l’ordre du jour',
  'proposal.kind.date': 'une autre date',

  'propose.text': 'Votre proposition, et pourquoi',
  'propose.text.required': 'Écrivez votre proposition.',
  'propose.date': 'Date proposée (pour une autre date)',
  'propose.time': 'Heure proposée (heure du Maroc)',
  'propose.date.required': 'Pour proposer une autre date, indiquez la date et l’heure.',
  'propose.sent': 'Proposition envoyée : le secrétariat vous répondra en motivant sa réponse.',
  'propose.yours': 'Vous avez proposé {kind} : « {text} »',
  'propose.yoursHeading': 'Vos propositions',

  'proposal.proposedStart': 'Date proposée : {when}',
  'proposal.status.pending': 'En attente de la réponse du secrétariat',
  'proposal.status.accepted': 'Acceptée',
  'proposal.status.rejected': 'Non retenue',
  'proposal.answer': '{status} par {name} : {reason}',

  'proposals.toAnswer':
    '{count, plural, =0 {Aucune proposition en attente de réponse.} one {# proposition attend la réponse du secrétariat.} other {# propositions attendent la réponse du secrétariat.}}',

  'action.recordAttendance': 'Enregistrer les présences',

  'proposalReceived.title': 'Proposition reçue : {title}',
  'proposalReceived.from': '{name} propose {kind} :',
  'proposalReceived.submittedAt': 'Reçue le {when}',

  'answer.reason': 'Raison de votre réponse (transmise au membre)',
  'answer.reason.required': 'Chaque réponse donne sa raison.',

  'action.reject': 'Ne pas retenir',

  'proposalAnswered.title.accepted': 'Votre proposition est acceptée',
  'proposalAnswered.title.rejected': 'Votre proposition n’est pas retenue',
  'proposalAnswered.title.pending': 'Votre proposition attend sa réponse',
  'proposalAnswered.about': 'Pour la réunion « {title} » du {when}',
  'proposalAnswered.reason': 'Réponse du secrétariat, par {name} :',

  'moved.title': 'Réunion déplacée : {title}',
  'moved.body': 'La réunion a lieu désormais le {when}.',
  'moved.previous': 'Date précédente : {when}',
  'moved.newNotice': 'Un nouvel avis vous parviendra au moins 10 jours avant la réunion (R5.2).',

  'cancelled.title': 'Réunion annulée : {title}',
  'cancelled.body': 'La réunion prévue le {when} est annulée.',
  'cancelled.reason': 'Motif : {reason}',

  'published.title': 'Réunion publiée : {title}',
  'published.body':
    'L’ordre du jour, le compte rendu et la liste des participants de la réunion du {when} sont publiés sur le portail national (R5.6).',
  'published.at': 'Publiée le {when}',

  'card.minutes.title': 'Compte rendu à relire : {title}',

  'minutes.body': 'Le secrétariat a partagé le compte rendu de la réunion du {when} (R5.5).',

  'card.minutes.sharedOn': 'Partagé le',

  'minutes.notShared': 'Le compte rendu n’est pas encore partagé.',
  'minutes.window.open': 'Vous pouvez proposer des amendements jusqu’au {day} inclus (R5.5).',
  'minutes.window.openOthers':
    'Les membres peuvent proposer des amendements jusqu’au {day} inclus (R5.5).',
  'minutes.window.closed': 'Période d’amendement close : elle s’est terminée le {day} (R5.5).',

  'amend.text.required': 'Écrivez votre amendement.',

  'action.amend': 'Envoyer l’amendement',

  'amend.sent': 'Amendement envoyé au secrétariat.',

  quoted: '« {text} »',

  'amend.yoursHeading': 'Vos amendements',

  'amendment.status.pending': 'En attente du secrétariat',
  'amendment.status.integrated': 'Intégré au compte rendu',
  'amendment.status.answered': 'Non intégré, avec une réponse',

  'amendments.toAnswer':
    '{count, plural, =0 {Aucun amendement en attente.} one {# amendement attend la réponse du secrétariat.} other {# amendements attendent la réponse du secrétariat.}}',

  'amendmentAnswered.title.integrated': 'Votre amendement est intégré',
  'amendmentAnswered.title.answered': 'Le secrétariat a répondu à votre amendement',
  'amendmentAnswered.title.pending': 'Votre amendement attend sa réponse',
  'amendmentAnswered.yours': 'Vous aviez proposé : « {text} »',

  'card.attendance.title': 'Présences : {title}',

  'attendance.body':
    'Cochez les personnes présentes ; les autres sont enregistrées absentes. Une absence peut ensuite être justifiée dans l’onglet (R12.1).',

  'card.attendance.present': 'Présents',

  'attendance.count': 'Présents : {present} sur {total}',

  'card.attendance.notRecorded': 'Présences non encore enregistrées.',
  'card.attendance.saved': 'Présences enregistrées.',

  'attendance.readOnly': 'Les présences ne peuvent pas être modifiées ici maintenant.',
  'attendance.capacity.chair': 'présidence',
  'attendance.capacity.titular': 'titulaire',
  'attendance.capacity.alternate': 'suppléant',
  'attendance.capacity.external': 'invité',
  'attendance.capacity.secretariat': 'secrétariat',
  'attendance.capacity.observer': 'observateur',

  'action.saveAttendance': 'Enregistrer les présences',

  'reminder.proposal-window-closing.title': 'Dernier jour pour proposer',
  'reminder.proposal-window-closing.body':
    'Vos propositions (point à l’ordre du jour ou autre date) sont reçues jusqu’au {due} (R5.3).',
  'reminder.minutes-share-due.title': 'Compte rendu à partager',
  'reminder.minutes-share-due.body':
    'Le compte rendu doit être partagé avec les membres au plus tard le {due} (R5.5).',
  'reminder.minutes-late.title': 'Compte rendu en retard',
  'reminder.minutes-late.body':
    'Le compte rendu devait être partagé au plus tard le {due} : il est en retard (R5.5).',
  'reminder.amendment-window-closing.title': 'Dernier jour pour amender',
  'reminder.amendment-window-closing.body':
    'Vous pouvez amender le compte rendu jusqu’au {due} inclus (R5.5).',
  'reminder.publication-ready.title': 'Prêt à publier',
  'reminder.publication-ready.body':
    'La période d’amendement est terminée ({due}) : l’ordre du jour, le compte rendu et la liste des participants peuvent être publiés sur le portail national (R5.6).',
  'reminder.semester-uncovered.title': 'Aucune réunion ce semestre',
  'reminder.semester-uncovered.body':
    'Aucune réunion n’est tenue ni prévue pour le semestre qui se termine le {due} : le comité se réunit au moins une fois par semestre (R5.1).',
  'reminder.semester-ending.title': 'Semestre bientôt fini sans réunion',
  'reminder.semester-ending.body':
    'Le semestre se termine le {due} et aucune réunion n’est tenue ni prévue (R5.1).',
  'reminder.meeting': 'Réunion : {title}, {when}',

  'refused.rule': 'Refusé ({rule}) : {message}',
  // Why an action is not offered, said before anyone tries it (the view's `cannot`).
  'unavailable.rule': 'Pas possible pour l’instant ({rule}) : {message}',
  'refused.already': 'Déjà reçu : rien n’a été envoyé une deuxième fois.',

  'card.vote.title': 'Vote du comité à double majorité (R13.2)',

  'vote.motion': 'Motion soumise au vote',
  'vote.fact.closesAt': 'Clôture',
  'vote.fact.closedAt': 'Clos le',
  'vote.fact.openedBy': 'Ouvert par',

  'card.vote.openedBy': '{name}, le {when}',

  'vote.window.open': 'Vous pouvez voter, et changer votre bulletin, jusqu’au {when}.',
  'vote.window.openOthers':
    'Les membres votent jusqu’au {when} ; chacun voit ici son propre bulletin.',
  'vote.window.closing': 'Le vote a pris fin le {when} : le résultat sera publié dans un instant.',
  'vote.window.closed': 'Vote clos le {when} : aucun bulletin n’est plus reçu.',

  'card.vote.policy':
    'Double majorité (R13.2), règle {threshold, select, more {« plus de la moitié » : adoptée si les « oui » dépassent la moitié des sièges actifs de chaque collège} other {« au moins la moitié » : adoptée si les « oui » atteignent au moins la moitié des sièges actifs de chaque collège}}, administration et société civile — comptés sur les sièges, non sur les présents.',
  'card.vote.myBallot': 'Votre bulletin : {choice}, le {when}.',

  'vote.noBallot.closed': 'Vous n’avez pas voté.',

  'card.vote.note.titular-counts':
    'Le bulletin de votre titulaire compte pour votre siège : celui du suppléant ne compte que lorsque le titulaire ne vote pas (R13.2).',
  'card.vote.note.alternate-counts':
    'Le bulletin de votre suppléant(e) compte pour votre siège tant que vous ne votez pas : le vôtre le remplacerait (R13.2).',
  'card.vote.notInVote':
    'Règle R13.2 : votre siège n’était pas actif à l’ouverture de ce vote ; il ne vote pas.',

  'vote.choose': 'Votre choix',
  'vote.tally.live': 'Décompte en direct (présidence et secrétariat, jusqu’à la clôture)',
  'vote.college.reached': '{college} : majorité atteinte',
  'vote.college.notReached': '{college} : majorité non atteinte',

  'card.vote.closeBody':
    'Le résultat par collège est calculé et publié ; aucun bulletin n’est plus reçu ensuite.',

  'voteClosed.title': 'Résultat du vote (R13.2)',
  'voteClosed.body': 'Vote ouvert le {opened}, clos le {closed}.',

  'communication.title': 'Communication à valider au nom du comité (R10.1)',
  'communication.intro': '{name} soumet cette communication à la validation du comité :',
  'communication.fact.planned': 'Diffusion prévue',
  'communication.fact.status': 'État',
  'communication.status.submitted': 'En attente d’objections',
  'communication.status.objected': 'Objection reçue — vote nécessaire',
  'communication.status.vote_open': 'Vote ouvert',
  'communication.status.validated': 'Validée',
  'communication.status.rejected': 'Rejetée',
  'communication.status.published': 'Publiée',
  'communication.status.withdrawn': 'Retirée',
  'communication.visual': 'Un visuel est joint : il est dans l’onglet du comité.',
  'communication.window.open':
    'Sans objection d’un membre jusqu’au {day} inclus, elle est validée (R10.1) ; une objection la soumet au vote du comité.',
  'communication.window.closed': 'Délai d’objection terminé le {day} (R10.1).',
  'communication.objectionBy': '{name}, le {when} : « {reason} »',
  'communication.yourObjection': 'Vous avez fait objection le {when} : « {reason} »',
  'communication.objectReason': 'Motif de votre objection',
  'communication.objectReason.required': 'Écrivez le motif de votre objection.',

  'revision.title': 'Demande de révision du manuel (R13)',
  'revision.intro': '{name} demande une révision du manuel et recueille des soutiens :',
  'revision.createdAt': 'Demandée le {when}',
  'revision.fact.support': 'Soutiens (R13.1)',
  'revision.support':
    '{seats, plural, =0 {aucun siège} one {# siège} other {# sièges}} sur {needed, plural, one {# nécessaire} other {# nécessaires}}',
  'revision.fact.window': 'Dépôt possible',
  'revision.window': 'du {start} au {end}',
  'revision.fact.status': 'État',
  'revision.rule':
    'Une demande de révision doit être soutenue par au moins un tiers des sièges actifs du comité (deux personnes d’un même siège comptent pour un) et déposée pendant le dernier trimestre de la dernière année du plan d’action national (R13.1).',
  'revision.yours': 'Vous soutenez cette demande.',
  'revision.othersSupport':
    'Les membres du comité peuvent la soutenir tant qu’elle recueille des soutiens.',
  'revision.status.collecting_support': 'Recueil des soutiens',
  'revision.status.filed': 'Déposée',
  'revision.status.scheduled': 'À l’ordre du jour',
  'revision.status.vote_open': 'Vote ouvert',
  'revision.status.adopted': 'Adoptée',
  'revision.status.rejected': 'Rejetée',
  'revision.status.withdrawn': 'Retirée',

  'action.revision.support': 'Soutenir la demande',

  'card.seat.pending':
    'En attente de parité (R3.2) : ce siège n’est ni convoqué ni compté dans les votes.',

  'card.parity.finding.seat-pending':
    'Il deviendra actif quand le collège {college} comptera {missing, plural, one {# siège} other {# sièges}} de plus.',
  'card.parity.finding.composition-unbalanced':
    'Il manque {missing, plural, one {# siège actif} other {# sièges actifs}} au collège {college} pour rétablir la parité (R3.2).',

  'college.pendingSeats':
    '{count, plural, one {# siège en attente de parité} other {# sièges en attente de parité}}',

  'feed.name': 'Comité de pilotage OGP Maroc',
  'feed.organizer': 'Secrétariat du comité de pilotage OGP Maroc',
  'feed.when.sameDay':
    'Réunion du comité de pilotage OGP Maroc — {day}, de {start} à {end} (heure du Maroc, {offset}).',
  'feed.when.span':
    'Réunion du comité de pilotage OGP Maroc — {day} à {start}, jusqu’au {until} (heure du Maroc, {offset}).',
  'feed.agenda': 'Ordre du jour :',
  'feed.proposals':
    'L’ordre du jour est ouvert aux propositions des membres pendant {days, plural, one {# jour} other {# jours}} après l’avis (art. 5, R5.3).',

  // Input errors (problem details), naming the field (core/usecases/outcome.ts).
  'input.invalid': 'Données invalides — {issues}',
  'input.issue': '{field} : {problem}',
  'input.separator': ' ; ',
  'input.required': 'obligatoire',
  'input.wrongType': 'type de valeur incorrect',
  'input.tooSmall': 'trop court ou trop petit (minimum {minimum})',
  'input.tooBig': 'trop long ou trop grand (maximum {maximum})',
  'input.email': 'adresse électronique invalide',
  'input.date': 'date invalide (AAAA-MM-JJ)',
  'input.datetime': 'date et heure invalides',
  'input.format': 'format invalide',
  'input.notAllowed': 'valeur non admise ({values})',
  'input.unknownFields': 'champ non admis : {fields}',

  // Refusals of the manual's rules (core/rules/), each citing its rule.
  'rule.10_1.pending':
    'Toute communication au nom du comité doit être validée par le comité avant sa diffusion (art. 10) : les membres peuvent formuler une objection jusqu’au {deadline} inclus ({days, plural, one {# jour ouvrable} other {# jours ouvrables}}).',
  'rule.10_1.objected':
    'Toute communication au nom du comité doit être validée par le comité avant sa diffusion (art. 10) : {objections, plural, one {une objection a été formulée} other {# objections ont été formulées}}, la communication doit être soumise au vote.',
  'rule.10_1.rejected':
    'Toute communication au nom du comité doit être validée par le comité avant sa diffusion (art. 10) : le comité l’a rejetée par un vote.',
  'rule.12_2.proposeExpired':
    'Règle R12.1 : le mandat de ce siège de la société civile est arrivé à échéance. Le secrétariat peut confirmer la fin de son adhésion.',
  'rule.12_2.proposeAbsences':
    'Règle R12.1 : ce siège de la société civile a été absent sans justification à {count, plural, one {# réunion} other {# réunions}} sur {years, plural, one {une année civile} other {# années civiles}} ({days}). Le manuel met fin à l’adhésion à partir de {threshold, plural, one {# absence} other {# absences}} ; le secrétariat peut la confirmer.',
  'rule.12_2.noWithdrawalLetter':
    'Règle R12.1 : une organisation se retire en envoyant un courrier officiel au secrétariat du comité ; joignez ce courrier.',
  'rule.12_2.civilSocietyOnly':
    'Règle R12 : la cessation d’adhésion (art. 12) concerne les membres de la société civile ; un organisme public désigne de nouveaux représentants (R4.1).',
  'rule.13_1.outsideWindow':
    'Une demande de révision du manuel ne peut être présentée que pendant le dernier trimestre de la dernière année de mise en œuvre du plan d’action national (art. 13), soit du {start} au {end} : elle a été présentée le {filedOn}.',
  'rule.13_1.tooFew':
    'Une demande de révision du manuel doit être présentée par au moins {numerator}/{denominator} des membres du comité (art. 13) : {required, plural, one {# soutien est requis} other {# soutiens sont requis}} pour {activeSeats, plural, one {# siège actif} other {# sièges actifs}}, {supporters, plural, =0 {aucun n’a été réuni} one {# seul a été réuni} other {# ont été réunis}}.',
  'rule.13_3.beforeRequest':
    'Une demande de révision du manuel est tranchée lors de la réunion du comité qui suit sa présentation (art. 13) : la réunion du {meetingDay} ne suit pas la demande présentée le {filedOn}.',
  'rule.13_3.noMeeting':
    'Une demande de révision du manuel est tranchée lors de la réunion du comité qui suit sa présentation (art. 13) : aucune réunion n’est tenue ni prévue après le {filedOn}.',
  'rule.13_3.notNext':
    'Une demande de révision du manuel est tranchée lors de la réunion du comité qui suit sa présentation (art. 13) : la demande présentée le {filedOn} doit l’être à la réunion du {nextDay}, non à celle du {meetingDay}.',
  'rule.3_1.incompleteSeat':
    'Règle R3.1 : chaque siège du comité est tenu par une organisation, avec un membre titulaire et un membre suppléant. Il manque {missing}.',
  'rule.3_1.samePerson':
    'Règle R3.1 : le titulaire et le suppléant d’un siège sont deux personnes différentes.',
  'rule.3_1.severalSeats':
    'Règle R3.1 : une personne est titulaire ou suppléante d’un seul siège actif ; cette personne figure sur {count, plural, one {# siège actif} other {# sièges actifs}}.',
  'rule.3_2.unbalanced':
    'Règle R3.2 : le comité compte autant de sièges actifs pour l’administration que pour la société civile. Il y a actuellement {administration, plural, one {# siège actif} other {# sièges actifs}} pour l’administration et {civilSociety, plural, one {# siège actif} other {# sièges actifs}} pour la société civile.',
  'rule.3_2.tooFew':
    'Règle R3.2 : chaque collège, administration et société civile, compte au moins {min, plural, one {# siège actif} other {# sièges actifs}} ; il y en a {count} de chaque côté.',
  'rule.3_3.noCommitment':
    'Règle R3.3 : un siège de l’administration revient à un organisme public responsable d’au moins un engagement du plan d’action national en cours ; cet organisme n’en porte aucun.',
  'rule.4_1.noLetter':
    'Règle R4.1 : après l’adoption de chaque plan d’action national, un organisme public désigne son représentant titulaire et son suppléant par un écrit officiel ; joignez cette lettre de désignation.',
  'rule.4_4.incomplete':
    'Règle R4.4 : seuls les dossiers de candidature complets sont examinés par le comité de sélection. {count, plural, one {Il manque une pièce} other {Il manque # pièces}} : {missing}.',
  'rule.4_5.tieBreak':
    'Règle R4.5 : à la limite des sièges, les candidatures {selected} (retenue à ce stade) et {runnerUp} {kind, select, tied {sont à égalité de points} other {ne sont séparées que de {gap} points (moins de {limit})}}. Le comité les départage en tenant compte de la diversité géographique et des domaines d’expertise, et consigne sa décision.',
  'rule.4_6.alreadyDone': 'Règle R4.6 : l’étape « {step} » de la sélection est déjà enregistrée.',
  'rule.4_6.outOfOrder':
    'Règle R4.6 : les huit étapes de la sélection se suivent dans l’ordre du manuel ; l’étape suivante est « {expected} », pas « {step} ».',
  'rule.4_6.dateBeforePrevious':
    'Règle R4.6 : l’étape « {step} » ne peut pas être datée du {day}, avant l’étape précédente « {previous} » du {previousDay}.',
  'rule.4_6.noEvidence':
    'Règle R4.6 : chaque étape de la sélection est publiée ; joignez le document publié qui atteste l’étape « {step} ».',
  'rule.4_7.tooMany':
    'Règle R4.7 : une personne ou une organisation de la société civile ne peut pas cumuler plus de {max, plural, one {# mandat consécutif} other {# mandats consécutifs}} au comité. Elle en a déjà exercé {count} d’affilée, le dernier achevé le {lastEnd} ; un nouveau mandat pourra commencer au plus tôt le {eligibleFrom}.',
  'rule.4_7.endsBeforeStart':
    'Règle R4.7 : un mandat se termine après son début ; celui-ci commence le {start} et se termine le {end}.',
  'rule.4_7.tooLong':
    'Règle R4.7 : les membres du comité sont renouvelés tous les {years, plural, one {# an} other {# ans}} ; un mandat commençant le {start} se termine au plus tard le {limit}, pas le {end}.',
  'rule.5_1.semesterName': '{half, select, first {premier} other {second}} semestre {year}',
  'rule.5_5.shareOverdue':
    'Le compte rendu doit être partagé avec les membres dans les {days, plural, one {# jour ouvrable qui suit} other {# jours ouvrables qui suivent}} la réunion (art. 5) : la réunion a eu lieu le {meetingDay}, le délai a expiré le {deadline}.',
  'rule.5_5.amendmentClosed':
    'Les membres disposent de {days, plural, one {# jour ouvrable} other {# jours ouvrables}} pour enrichir le compte rendu après son partage (art. 5) : partagé le {sharedDay}, il pouvait être amendé jusqu’au {deadline} inclus.',
  'rule.5_5.notSharedYet':
    'Le compte rendu ne peut être amendé qu’une fois partagé avec les membres (art. 5) : il sera partagé le {sharedDay}.',
  'rule.5_6.notShared':
    'L’ordre du jour, le compte rendu et la liste des participants sont publiés sur le portail national après la période d’amendement des membres (art. 5) : le compte rendu n’a pas encore été partagé avec les membres.',
  'rule.5_6.tooEarly':
    'L’ordre du jour, le compte rendu et la liste des participants sont publiés sur le portail national après la période d’amendement des membres (art. 5) : elle court jusqu’au {deadline} inclus, la publication est possible à partir du {opensOn}.',
  'rule.5_7.consensusFirst':
    'Règle R5.7 : le comité décide par consensus. Un vote n’est ouvert qu’exceptionnellement, après que la présidence a constaté que tous les efforts pour parvenir à un consensus ont été épuisés.',
  'rule.5_7.beforeRecord':
    'Règle R5.7 : un vote ne peut pas s’ouvrir avant le moment où la présidence a constaté l’épuisement des efforts de consensus ({exhaustedAt}).',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof fr;
export type Catalog = Record<MessageKey, string>;
