import type { Catalog } from './fr.js';

/** The app's messages in English. Same keys as the French catalog. */
export const en: Catalog = {
  'app.name': 'Morocco OGP Steering Committee',
  'app.loading': 'Loading…',
  'app.error': 'Loading failed.',
  'app.retry': 'Try again',
  'app.example': 'Example committee — fictional data',
  'app.exampleDetail':
    'These organisations and people are invented to show the app; replace them with the real register.',

  'nav.label': 'Committee sections',
  'nav.dashboard': 'Dashboard',
  'nav.meetings': 'Meetings',
  'nav.members': 'Members',

  'header.signOut': 'Sign out',
  'header.language': 'Language',
  'header.languageCurrent': 'Language: {language}',
  'header.languageFollowTeams': 'Teams language',
  'header.signedIn': 'Signed in: {name}',

  'role.secretariat': 'Secretariat',
  'role.chair': 'Chair',
  'role.titular': 'Titular member',
  'role.alternate': 'Alternate member',
  'role.scorer': 'Selection committee',
  'role.observer': 'Observer',
  'role.external': 'External participant',
  'role.none': 'No committee role',

  'signIn.title': 'Sign in',
  'signIn.intro':
    'Local installation, without Microsoft 365: choose the person on whose behalf you act.',
  'signIn.group.staff': 'Secretariat and chair',
  'signIn.group.administration': 'Public administration',
  'signIn.group.civil_society': 'Civil society',
  'signIn.group.other': 'Other people',
  'signIn.example': 'example',
  'signIn.failed': 'Sign-in failed. Try again.',
  'signIn.expired': 'Your session has ended: sign in again.',
  'signIn.empty': 'The register holds no person yet.',
  'signIn.teamsTitle': 'Open this app in Microsoft Teams',
  'signIn.teamsBody':
    'This installation uses the ministry’s Microsoft 365 sign-in. Open the steering committee from Microsoft Teams.',
  'signIn.teamsFailed':
    'Microsoft Teams could not provide a sign-in token. Close and reopen the tab.',

  'college.administration': 'Public administration',
  'college.civil_society': 'Civil society',

  'count.seats': '{count, plural, =0 {no seats} one {# seat} other {# seats}}',
  'count.members': '{count, plural, =0 {no members} one {# member} other {# members}}',
  'count.findings': '{count, plural, =0 {no findings} one {# finding} other {# findings}}',
  'count.candidates':
    '{count, plural, =0 {no cessations to consider} one {# cessation to consider} other {# cessations to consider}}',

  'parity.title': 'Parity of the colleges',
  'parity.balanced': 'Parity respected',
  'parity.unbalanced': 'Parity broken',
  'parity.college': '{college}: {seats}',
  'parity.explainBalanced': 'Both colleges have as many active seats, as rule R3.2 requires.',

  'members.title': 'Committee members',
  'members.intro': 'The active seats of both colleges, each with its titular and alternate member.',
  'members.add': 'Add a seat',
  'members.readOnly': 'Read only: only the secretariat changes the member register.',
  'members.emptyCollege': 'No active seat in this college.',
  'members.saved': 'Change saved.',
  'members.warnings': 'Saved, with a warning:',

  'seat.titular': 'Titular',
  'seat.alternate': 'Alternate',
  'seat.vacant': 'not designated',
  'seat.guest': 'guest',
  'seat.region': 'Region: {region}',
  'seat.mandate': 'Mandate: {range}',
  'seat.term': '{term, plural, one {First mandate} other {Mandate no. # — # consecutive mandates}}',
  'seat.letter': 'Designation letter',
  'seat.letterOpen': 'Open the designation letter ({name})',
  'seat.letterMissing': 'No designation letter recorded',
  'seat.draft': 'draft',
  'seat.actions': 'Actions for {organisation}',
  'seat.replaceTitular': 'Replace the titular',
  'seat.replaceAlternate': 'Replace the alternate',
  'seat.recordLetter': 'Record the designation letter',
  'seat.proposeCessation': 'Propose ending the membership',
  'seat.confirmCessation': 'Confirm the end of membership',
  'seat.dismissCessation': 'Dismiss the proposal',
  'seat.cessationProposed': 'End of membership proposed on {date} — {cause}',
  'seat.findings': 'Findings',

  'cause.dissolved': 'The organisation is dissolved',
  'cause.withdrawn': 'The organisation withdraws by an official letter',
  'cause.mandate-expired': 'The mandate has expired',
  'cause.absences': 'Absent without justification from three meetings',

  'candidates.title': 'Memberships to consider ending (R12.2)',
  'candidates.intro':
    'The system detects these cases; the secretariat proposes and then confirms the end of membership.',
  'candidates.absences':
    'Unjustified absences: {count, plural, one {# meeting} other {# meetings}}',
  'candidates.expired': 'Mandate expired on {date}',
  'candidates.propose': 'Propose ending the membership of {organisation}',

  'ceased.title': 'History of ceased seats',
  'ceased.empty': 'No seat has ceased.',
  'ceased.organisation': 'Organisation',
  'ceased.people': 'Titular and alternate',
  'ceased.mandate': 'Mandate',
  'ceased.ended': 'Ended',
  'ceased.cause': 'Cause',
  'ceased.letter': 'Letter',
  'ceased.noLetter': 'none',

  'form.cancel': 'Cancel',
  'form.close': 'Close',
  'form.saving': 'Saving…',
  'form.choose': 'Choose…',
  'form.existing': 'From the register',
  'form.new': 'New entry',
  'form.required': 'Required',
  'form.file': 'File (PDF, PNG, JPEG, DOCX or ODT)',
  'form.fileKept': 'Already uploaded: {name}',
  'form.note': 'Note (optional)',

  // Date and time fields (Fluent DatePicker and TimePicker): day first, 24-hour, Morocco time.
  'dateField.placeholder': 'dd/mm/yyyy',
  'dateField.invalid':
    'Date not recognised: write it day first, dd/mm/yyyy (e.g. 18/03/2027), or pick it in the calendar.',
  'timeField.hint': 'Morocco time, 24-hour clock',
  'timeField.placeholder': 'hh:mm',
  'timeField.invalid':
    'Time not recognised: write it on the 24-hour clock, hh:mm (e.g. 14:30), or pick it in the list.',
  'timeField.openList': 'Show the list of times',
  'calendar.open': 'Open the calendar',
  'calendar.label': 'Calendar',
  'calendar.goToToday': 'Go to today',
  'calendar.previousMonth': 'Previous month',
  'calendar.nextMonth': 'Next month',
  'calendar.previousYear': 'Previous year',
  'calendar.nextYear': 'Next year',
  'calendar.previousYears': 'Previous years',
  'calendar.nextYears': 'Next years',
  'calendar.close': 'Close the calendar',
  'calendar.selected': 'Selected date: {date}',
  'calendar.today': 'Today: {date}',
  'calendar.chooseMonth': '{month}, choose the month',
  'calendar.chooseYear': '{year}, choose the year',
  'calendar.month':
    '{month, select, january {January} february {February} march {March} april {April} may {May} june {June} july {July} august {August} september {September} october {October} november {November} december {December} other {}}',
  'calendar.day':
    '{day, select, sunday {Sunday} monday {Monday} tuesday {Tuesday} wednesday {Wednesday} thursday {Thursday} friday {Friday} saturday {Saturday} other {}}',
  'calendar.dayShort':
    '{day, select, sunday {S} monday {M} tuesday {T} wednesday {W} thursday {T} friday {F} saturday {S} other {}}',

  'addSeat.title': 'Add a seat',
  'addSeat.college': 'College',
  'addSeat.organisation': 'Organisation',
  'addSeat.organisationPick': 'Organisation from the register',
  'addSeat.orgName': 'Organisation name',
  'addSeat.orgAcronym': 'Acronym (optional)',
  'addSeat.orgRegion': 'Region (optional)',
  'addSeat.titular': 'Titular member',
  'addSeat.alternate': 'Alternate member',
  'addSeat.personPick': 'Person from the register',
  'addSeat.personName': 'Full name',
  'addSeat.personEmail': 'E-mail address',
  'addSeat.personGuest': 'External guest (B2B account)',
  'addSeat.personInvite':
    'Invite them as a guest in Microsoft 365 if they have no guest account yet (an invitation e-mail is sent)',
  'addSeat.directorySearch': 'Search the directory',
  'addSeat.directoryFailed': 'The directory search failed: please try again.',
  'addSeat.directoryRegistered': 'Already in the register: {name}. Pick them from the list.',
  'addSeat.directoryFoundMember': "Found in the ministry's directory: {name} ({email}).",
  'addSeat.directoryFoundGuest': 'Guest account found: {name} ({email}).',
  'addSeat.directoryLocal': 'Local mode: a new local account is made when the seat is saved.',
  'addSeat.directoryNotFound':
    "No account in the ministry's directory has this address (UPN or mail).",
  'addSeat.directoryNoGuest': 'No guest account yet: tick "invite them as a guest" to invite them.',
  'addSeat.mandateStart': 'Mandate start',
  'addSeat.mandateEnd': 'Mandate end',
  'addSeat.mandateHint': 'By default, the two years of the current action plan.',
  'addSeat.letter': 'Designation letter (rule R4.1)',
  'addSeat.submit': 'Add the seat',

  'replace.titleTitular': 'Replace the titular — {organisation}',
  'replace.titleAlternate': 'Replace the alternate — {organisation}',
  'replace.current': 'Currently: {name}',
  'replace.submit': 'Replace',

  'letter.title': 'Designation letter — {organisation}',
  'letter.submit': 'Record the letter',

  'cessation.proposeTitle': 'Propose ending the membership — {organisation}',
  'cessation.cause': 'Cause (article 12)',
  'cessation.letter': 'Withdrawal letter',
  'cessation.proposeSubmit': 'Propose',
  'cessation.confirmTitle': 'Confirm the end of membership — {organisation}',
  'cessation.confirmBody':
    'The seat will be freed and move to the history with its cause: {cause}.',
  'cessation.confirmSubmit': 'Confirm',
  'cessation.dismissTitle': 'Dismiss the proposal — {organisation}',
  'cessation.dismissBody': 'The seat stays active; the proposal is set aside.',
  'cessation.dismissSubmit': 'Dismiss',

  'seat.pending': 'pending parity',
  'seat.pendingNote':
    'Pending since {date}: this seat is neither invited nor counted in votes until parity allows it (R3.2).',
  'seat.withdraw': 'Withdraw this pending seat',

  'parity.pending': '{count, plural, one {# seat pending parity} other {# seats pending parity}}',
  'parity.lacking.administration': 'administration',
  'parity.lacking.civil_society': 'civil-society',
  'parity.finding.seat-pending':
    'It becomes active when the {lacking} college has {missing, plural, one {# more seat} other {# more seats}}.',
  'parity.finding.composition-unbalanced':
    'The {lacking} college lacks {missing, plural, one {# active seat} other {# active seats}} to restore parity.',
  'parity.remedy.designate-administration':
    'To do: a public body designates its titular and alternate by an official letter (R4.1).',
  'parity.remedy.select-civil-society':
    'To do: select a civil-society organisation as a replacement, following the published steps (R4.6).',

  'members.savedPending': 'Seat saved, pending parity (R3.2):',

  'withdraw.title': 'Withdraw the pending seat — {organisation}',
  'withdraw.body':
    'This seat was never active: it leaves the current register; its history stays in the audit log.',
  'withdraw.submit': 'Withdraw',

  'problem.rule': 'Rule {rule}',
  'problem.invalid': 'Some information needs correcting.',
  'problem.fieldIssue': '{field}: {message}',
  'problem.conflict': 'Someone else changed this in the meantime — reload and try again.',
  'problem.reload': 'Reload',
  'problem.forbidden': 'You are not allowed to do this.',
  'problem.network': 'The server does not answer. Check the connection and try again.',
  'problem.generic': 'Unexpected error ({status}).',

  'field.college': 'College',
  'field.organisation': 'Organisation',
  'field.titular': 'Titular',
  'field.alternate': 'Alternate',
  'field.mandateStart': 'Mandate start',
  'field.mandateEnd': 'Mandate end',
  'field.file': 'File',
  'field.person': 'Person',
  'field.cause': 'Cause',
  'field.note': 'Note',
  'field.meeting': 'Meeting',
  'field.title': 'Title',
  'field.start': 'Start',
  'field.end': 'End',
  'field.location': 'Place',
  'field.agenda': 'Agenda',
  'field.externalInvitees': 'External invitees',
  'field.reason': 'Reason',
  'field.text': 'Text',
  'field.proposedStart': 'Proposed date',
  'field.justification': 'Justification',
  'field.date': 'Date',
  'field.entries': 'Attendance',

  'dashboard.title': 'Dashboard',
  'dashboard.welcome': 'Hello, {name}.',
  'dashboard.roles': 'Your roles: {roles}',
  'dashboard.composition': 'Composition of the committee',
  'dashboard.people':
    'With {count, plural, =0 {no designated member} one {# designated member} other {# designated members}} (titulars and alternates)',
  'dashboard.findings': 'Findings to address',
  'dashboard.findingsNone': 'No findings: every seat is in order.',
  'dashboard.findingsSome': '{findings} — see the seats concerned on the Members page.',
  'dashboard.candidates': 'Memberships to consider ending',
  'dashboard.candidatesNone': 'No membership to consider ending.',
  'dashboard.openMembers': 'See the members',
  'dashboard.later': 'Coming next',
  'dashboard.laterIntro': 'These sections arrive in a later version:',

  'section.selection': 'Selection of civil-society members',

  'dashboard.due': 'What is due from you',
  'dashboard.dueNone': 'Nothing is waiting for you at the moment.',

  'count.due': '{count, plural, =0 {no action due} one {# action due} other {# actions due}}',

  'due.send-notice': 'Send the meeting notice',
  'due.propose': 'Propose an agenda item or another date (optional)',
  'due.answer-proposals': 'Answer the members’ proposals',
  'due.record-attendance': 'Record attendance',
  'due.share-minutes': 'Share the minutes',
  'due.amend': 'Amend the minutes (optional)',
  'due.answer-amendments': 'Answer the amendments',
  'due.publish': 'Publish the agenda, minutes and participant list',
  'due.byDay': 'By {date}',
  'due.before': 'Before {date}',

  'dashboard.upcoming': 'Next meetings',
  'dashboard.upcomingNone': 'No upcoming meeting.',
  'dashboard.openMeetings': 'See all meetings',
  'dashboard.semester': 'This semester’s meeting (R5.1)',
  'dashboard.semesterLabel': '{half, select, first {First half} other {Second half}} of {year}',
  'dashboard.covered': 'Semester covered',
  'dashboard.uncovered': 'No meeting scheduled',
  'dashboard.daysRemaining':
    '{count, plural, =0 {Last day of the semester} one {# day left} other {# days left}}',
  'dashboard.flagged': 'Flagged meetings',
  'dashboard.flaggedNone': 'No meeting is flagged.',
  'dashboard.undelivered':
    '{count, plural, one {# notification could not be delivered.} other {# notifications could not be delivered.}}',
  'dashboard.undeliveredNone': 'Every notification was delivered.',

  'holidays.title': 'Public holidays {year}',
  'holidays.intro':
    'They count for deadlines in business days (R5.5). Hijri dates are estimated until the official announcement: confirm them to recompute every open deadline.',
  'holidays.toConfirm': 'estimated, to be confirmed',
  'holidays.estimatedPast': 'estimated (past)',
  'holidays.confirmed': 'confirmed',
  'holidays.confirm': 'Confirm the date',
  'holidays.confirmFor': 'Confirm the date of {name}',
  'holidays.confirmTitle': 'Official date — {name}',
  'holidays.confirmBody':
    'Enter the first day as officially announced (moon sighting). Every open deadline will be recomputed.',
  'holidays.officialDate': 'Official first day',
  'holidays.officialDateHint': 'At most a few days from the estimate.',
  'holidays.source': 'Source (optional)',
  'holidays.confirmSubmit': 'Confirm',
  'holidays.confirmedMessage': '{name}: date confirmed as {date}. Deadlines were recomputed.',

  'meetings.title': 'Committee meetings',
  'meetings.intro':
    'At least one meeting per semester; the notice 10 days ahead; 3 days to propose; the minutes within 3 business days, 2 business days to amend them, then publication (article 5).',
  'meetings.schedule': 'Schedule a meeting',
  'meetings.upcoming': 'Upcoming',
  'meetings.past': 'Past',
  'meetings.noneUpcoming': 'No upcoming meeting.',
  'meetings.nonePast': 'No past meeting.',
  'meetings.feed': 'Calendar subscription',
  'meetings.feedUrl': 'Calendar subscription address',
  'meetings.feedCopy': 'Copy the address',
  'meetings.feedNone': 'You have no active subscription link.',
  'meetings.feedActiveSince':
    'Your subscription link has worked since {date}. It is shown only once: to see it again, make a new one (the old one stops working).',
  'meetings.feedCreate': 'Create my subscription link',
  'meetings.feedRenew': 'New link (replaces the old one)',
  'meetings.feedRevoke': 'Revoke my link',
  'meetings.feedShownOnce': 'This link is yours and shown only once: copy it now. Do not share it.',

  'members.feedTitle': 'Calendar subscription links',
  'members.feedPerson': 'Person',
  'members.feedRevoke': 'Revoke their link',
  'members.feedRevoked': '{name}’s subscription link is revoked.',
  'members.feedNoneToRevoke': '{name} has no active subscription link.',

  'meetings.feedHint':
    'Add this address to your calendar (Outlook, Google Calendar…) to see the committee’s meetings there.',

  'meetingStatus.draft': 'Draft',
  'meetingStatus.noticed': 'Notice sent',
  'meetingStatus.held': 'Held',
  'meetingStatus.minutes_shared': 'Minutes shared',
  'meetingStatus.amendment_closed': 'Amendments closed',
  'meetingStatus.published': 'Published',
  'meetingStatus.postponed': 'Postponed — new notice needed',
  'meetingStatus.cancelled': 'Cancelled',

  'meeting.when': '{start} – {end} (Morocco time)',
  'meeting.online': 'Online (Teams meeting)',
  'meeting.whereBoth': '{place} and online (Teams meeting)',
  'meeting.noPlace': 'Place to be confirmed',
  'meeting.fromOutlook': 'Scheduled in Outlook',
  'meeting.flags': 'Points of attention',
  'meeting.join': 'Join the Teams meeting',
  'meeting.back': 'All meetings',
  'meeting.edit': 'Edit or move',
  'meeting.cancel': 'Cancel the meeting',
  'meeting.saved': 'Meeting saved.',
  'meeting.none': 'No meeting in progress or upcoming.',
  'meeting.allMeetings': 'See all meetings',

  'next.notice': 'Notice to send by {date}',
  'next.proposals': 'Members’ proposals until {date}',
  'next.minutes': 'Minutes to share by {date}',
  'next.amendments': 'Amendments until {date} inclusive',
  'next.publication': 'Publishable from {date}',

  'deadlines.title': 'Deadlines',

  'deadline.notice': 'Meeting notice (R5.2)',
  'deadline.proposals': 'Proposals (R5.3)',
  'deadline.minutes': 'Minutes (R5.5)',
  'deadline.amendments': 'Amendments (R5.5)',
  'deadline.publication': 'Publication (R5.6)',
  'deadline.pending.proposals': 'open when the notice is sent, for 3 days',
  'deadline.pending.minutes': '3 business days after the meeting',
  'deadline.pending.amendments': '2 business days after the minutes are shared',
  'deadline.pending.publication': 'when the amendment period ends',
  'deadline.late': 'Late',
  'deadline.closed': 'Closed',
  'deadline.noticeSent': 'Sent on {date}',
  'deadline.minutesShared': 'Shared on {date}',
  'deadline.published': 'Published on {date}',

  'countdown.left':
    '{days, plural, =0 {{clock}} one {# day and {clock}} other {# days and {clock}}}',
  'countdown.spoken': 'Closes in {duration}',

  'unit.days': '{count, plural, one {# day} other {# days}}',
  'unit.hours': '{count, plural, one {# hour} other {# hours}}',
  'unit.minutes': '{count, plural, one {# minute} other {# minutes}}',

  'countdown.closed': 'Closed',

  'meetingForm.title': 'Schedule a meeting',
  'meetingForm.editTitle': 'Edit or move the meeting',
  'meetingForm.submit': 'Schedule',
  'meetingForm.save': 'Save',
  'meetingForm.movingNoticed':
    'This meeting’s notice was sent: changing its date postpones it, and a new notice at least 10 days ahead will be needed (R5.2).',
  'meetingForm.meetingTitle': 'Title',
  'meetingForm.day': 'Date',
  'meetingForm.startTime': 'Start time',
  'meetingForm.endTime': 'End time',
  'meetingForm.timeHint': 'Morocco time.',
  'meetingForm.timeHintOffset': 'Morocco time: {offset} on that day.',
  'meetingForm.endAfterStart': 'The end time comes after the start time.',
  'meetingForm.location': 'Place',
  'meetingForm.online': 'Online (Teams meeting)',
  'meetingForm.agenda': 'Agenda',
  'meetingForm.item': 'Item {n}',
  'meetingForm.itemTitle': 'Item title',
  'meetingForm.presenter': 'Presented by',
  'meetingForm.documents': 'Documents',
  'meetingForm.documentsKept': 'Already attached: {names}',
  'meetingForm.removeItem': 'Remove item {n}',
  'meetingForm.addItem': 'Add an item',
  'meetingForm.invitees': 'External invitees',
  'meetingForm.inviteesHint': 'External people attend without voting (R5.4).',
  'meetingForm.invitee': 'Invitee {n}',
  'meetingForm.inviteeName': 'Name',
  'meetingForm.inviteeEmail': 'Email address',
  'meetingForm.inviteeOrganisation': 'Organisation (optional)',
  'meetingForm.removeInvitee': 'Remove invitee {n}',
  'meetingForm.addInvitee': 'Add an external invitee',

  'cancelMeeting.title': 'Cancel the meeting “{title}”',
  'cancelMeeting.body': 'Members and invitees are told, with the reason.',
  'cancelMeeting.reason': 'Reason',
  'cancelMeeting.submit': 'Confirm the cancellation',

  'notice.send': 'Send the meeting notice',
  'notice.sentOn': 'Meeting notice issued on {date}.',

  'delivery.title': 'Notice delivery to members (R5.2)',
  'delivery.recorded': 'Notice recorded: {summary}.',
  'delivery.recordedNoTracking': 'Notice recorded.',
  'delivery.reached':
    'delivered to {delivered, plural, one {# member} other {# members}} of {total}',
  'delivery.inProgressCount': '{count} being delivered',
  'delivery.failedCount': '{count} not reachable',
  'delivery.separator': '; ',
  'delivery.live': 'Delivery in progress: the page updates by itself.',
  'delivery.refresh': 'Refresh',
  'delivery.notInstalled':
    '{count, plural, one {# member does not have the app in Teams: the notice card cannot reach them.} other {# members do not have the app in Teams: the notice card cannot reach them.}}',
  'delivery.tableLabel': 'Notice delivery per person',
  'delivery.person': 'Person',
  'delivery.teams': 'Card in Teams',
  'delivery.calendar': 'Calendar',
  'delivery.action': 'Action',
  'delivery.attempts':
    '{count, plural, =0 {Not tried yet} one {# attempt, on {date}} other {# attempts, the last on {date}}}',
  'delivery.state.queued': 'Queued',
  'delivery.state.sending': 'Sending',
  'delivery.state.delivered': 'Delivered',
  'delivery.state.retrying': 'Will retry',
  'delivery.state.failed': 'Not delivered',
  'delivery.reason.no-conversation':
    'The app is not installed for this member: the bot cannot write to them.',
  'delivery.reason.blocked': 'The member blocked or removed the app in Teams.',
  'delivery.reason.gone': 'The conversation with this member no longer exists in Teams.',
  'delivery.reason.throttled': 'Teams limited the sending rate; it is retried automatically.',
  'delivery.reason.refused':
    'The card could not be made for this person (can they still see the meeting?).',
  'delivery.reason.bot-error': 'The bot service answered with an error.',
  'delivery.calendar.outlook-invitation': 'Outlook invitation sent',
  'delivery.calendar.ics-feed': 'In the committee’s ICS calendar',
  'delivery.calendar.none': 'None',
  'delivery.capacity.titular': 'Titular',
  'delivery.capacity.alternate': 'Alternate',
  'delivery.capacity.chair': 'Chair',
  'delivery.capacity.other': 'Recipient',
  'delivery.channel': 'Committee channel:',
  'delivery.retry': 'Retry',
  'delivery.retryOne': 'Retry sending to {name}',
  'delivery.retryAll': 'Retry what was not delivered',
  'delivery.retried': 'Sending again: {summary}.',
  'delivery.help.title': 'For members who cannot be reached',
  'delivery.help.install':
    'Install the app for them, in personal scope (Teams admin center › Apps › setup policies, or the member: Apps › COPIL OGP Maroc › Add): the notice then goes to them by itself (or retry).',
  'delivery.help.outlook':
    'They received the Outlook invitation with the date and the agenda: the notice reached them that way.',
  'delivery.help.ics':
    'Without Outlook (embedded mode), the meeting is in the committee’s ICS calendar; otherwise send them the notice another way and note which.',
  'delivery.help.none': 'Send them the notice another way and note which.',
  'delivery.mine.delivered': 'The notice reached you in Teams on {date}.',
  'delivery.mine.pending': 'The notice is being delivered to you in Teams.',
  'delivery.mine.failed':
    'The notice could not reach you in Teams: add the committee app in Teams to receive notices.',

  'dashboard.notices': 'Notices that did not reach everyone (R5.2)',
  'dashboard.noticesNone': 'Every current notice reached all its recipients.',
  'dashboard.openMeeting': 'Open the meeting',

  'agenda.title': 'Agenda',
  'agenda.empty': 'No item yet.',
  'agenda.presenter': 'Presented by {name}',
  'agenda.document': 'Document: {name}',
  'agenda.fromProposal': 'proposed by a member',
  'agenda.invitees': 'External invitees: {names}',

  'proposals.title': 'Members’ proposals',
  'proposals.beforeNotice':
    'Members will be able to propose agenda items or another date for 3 days after the notice is sent.',
  'proposals.openUntil': 'Open until {date}.',
  'proposals.closedSince': 'The proposal period closed on {date}.',
  'proposals.closed': 'Closed',
  'proposals.formTitle': 'Make a proposal',
  'proposals.kind': 'You propose',
  'proposals.kind.agenda_item': 'An agenda item',
  'proposals.kind.date': 'Another date',
  'proposals.item': 'Proposed item',
  'proposals.reason': 'Reason',
  'proposals.day': 'Proposed date',
  'proposals.time': 'Proposed time',
  'proposals.submit': 'Send the proposal',
  'proposals.sent': 'Proposal sent to the secretariat.',
  'proposals.none': 'No proposal.',

  'count.proposals': '{count, plural, =0 {no proposals} one {# proposal} other {# proposals}}',

  'proposals.status.pending': 'Awaiting an answer',
  'proposals.status.accepted': 'Accepted',
  'proposals.status.rejected': 'Rejected',
  'proposals.proposedStart': 'Proposed date: {date}',
  'proposals.response': 'Answer from {name}, on {date}:',
  'proposals.answer': 'Answer',
  'proposals.answerFor': 'Answer {name}’s proposal',
  'proposals.answerTitle': 'Answer {name}’s proposal',
  'proposals.decision': 'Decision',
  'proposals.acceptItem': 'Accept (add to the agenda)',
  'proposals.acceptDate': 'Accept',
  'proposals.reject': 'Reject',
  'proposals.answerReason': 'Reason for the answer (sent to the member)',
  'proposals.answerSubmit': 'Send the answer',
  'proposals.answered': 'Answer sent to the member.',

  'attendance.title': 'Attendance',
  'attendance.intro': 'Mark each person present or absent.',
  'attendance.none': 'Attendance has not been recorded yet.',
  'attendance.summary':
    '{present, plural, =0 {nobody present} one {# person present} other {# people present}}, {absent, plural, =0 {nobody absent} one {# absent} other {# absent}}',
  'attendance.group.chair': 'Chair',
  'attendance.group.titular': 'Titular members',
  'attendance.group.alternate': 'Alternate members',
  'attendance.group.external': 'External participants',
  'attendance.group.secretariat': 'Secretariat',
  'attendance.group.observer': 'Observers',
  'attendance.present': 'Present',
  'attendance.excused': 'Justified absence',
  'attendance.unjustified': 'Unjustified absence',
  'attendance.notRecorded': 'Not recorded',
  'attendance.markPresent': 'Present',
  'attendance.markAbsent': 'Absent',
  'attendance.allPresent': 'Mark everyone present',
  'attendance.save': 'Save attendance',
  'attendance.saved': 'Attendance saved.',
  'attendance.justify': 'Justification',
  'attendance.justifyFor': 'Justification of {name}’s absence',
  'attendance.justifyTitle': '{name}’s absence',
  'attendance.justifyBody':
    'Three unjustified absences within two calendar years end a civil-society seat’s membership (R12.1).',
  'attendance.justifiedQuestion': 'The absence is',
  'attendance.isJustified': 'Justified',
  'attendance.isUnjustified': 'Not justified',
  'attendance.chooseJustified': 'Choose whether the absence is justified or not.',
  'attendance.justification': 'Justification',
  'attendance.justifySubmit': 'Save',
  'attendance.justified': 'Absence recorded.',

  'minutes.title': 'Minutes',
  'minutes.dueBy': 'To share with the members by {date} (3 business days).',
  'minutes.sharedOn': 'Shared on {date}.',
  'minutes.open': 'Open the minutes ({name})',
  'minutes.notYet': 'The minutes have not been shared yet.',
  'minutes.formTitle': 'Share the minutes',
  'minutes.write': 'Write them here',
  'minutes.upload': 'Upload a file',
  'minutes.text': 'Text of the minutes',
  'minutes.file': 'Minutes file',
  'minutes.share': 'Share the minutes',
  'minutes.sharedMessage': 'Minutes shared: members may now amend them.',

  'amendments.title': 'Amendments to the minutes',
  'amendments.until': 'Members may amend them until {date} inclusive.',
  'amendments.formTitle': 'Propose an amendment',
  'amendments.text': 'Your amendment',
  'amendments.submit': 'Propose the amendment',
  'amendments.sent': 'Amendment sent to the secretariat.',
  'amendments.none': 'No amendment.',

  'count.amendments': '{count, plural, =0 {no amendments} one {# amendment} other {# amendments}}',

  'amendments.status.pending': 'Pending',
  'amendments.status.integrated': 'Integrated',
  'amendments.status.answered': 'Answered',
  'amendments.answerBy': 'Answer from {name}, on {date}:',
  'amendments.integrate': 'Integrate',
  'amendments.integrateFor': 'Integrate {name}’s amendment',
  'amendments.answer': 'Answer',
  'amendments.answerFor': 'Answer {name}’s amendment',
  'amendments.answerTitle': '{name}’s amendment',
  'amendments.decision': 'Outcome',
  'amendments.decision.integrated': 'Integrated into the minutes',
  'amendments.decision.answered': 'Not integrated, with an answer',
  'amendments.answerText': 'Answer (sent to the member)',
  'amendments.answerSubmit': 'Save',
  'amendments.answered': 'Answer saved.',

  'publication.title': 'Publication (R5.6)',
  'publication.intro':
    'The agenda, minutes and participant list are published together on the national portal, from {date}.',
  'publication.introNoDate':
    'The agenda, minutes and participant list are published together on the national portal, after the amendment period.',
  'publication.publish': 'Publish on the national portal',
  'publication.publishedOn': 'Published on the national portal on {date}.',
  'publication.doneMessage': 'Meeting published on the national portal.',

  'config.title': 'Add the steering committee to this channel',
  'config.body': 'The tab opens the committee’s dashboard. Choose “Save” to add it.',
  'config.outside':
    'This page configures the tab in Microsoft Teams. Outside Teams, open the dashboard.',

  'meeting.title': 'The committee in session',

  'nav.decisions': 'Decisions',

  'decisionsNav.label': 'Decisions, communications and revisions',
  'decisionsNav.decisions': 'Decisions and votes',
  'decisionsNav.communications': 'Communications',
  'decisionsNav.revisions': 'Revising the manual',

  'field.motion': 'Motion',
  'field.closesAt': 'Vote closing',
  'field.choice': 'Ballot',
  'field.channel': 'Channel',
  'field.plannedDay': 'Planned release date',
  'field.visual': 'Visual',
  'field.meetingId': 'Meeting',
  'field.plan': 'National action plan',

  'decisions.title': 'Committee decisions',
  'decisions.intro':
    'The committee decides by consensus (R5.7). Exceptionally, once the chair has recorded that consensus efforts are exhausted, it votes by double majority (R13.2).',
  'decisions.record': 'Record a decision',
  'decisions.filter': 'Meeting',
  'decisions.filterAll': 'All meetings',
  'decisions.none': 'No decision recorded.',

  'count.decisions': '{count, plural, =0 {no decisions} one {# decision} other {# decisions}}',

  'decisions.meeting': 'Meeting: {title}',
  'decisions.noMeeting': 'Outside a meeting',
  'decisions.voteUntil': 'Vote open until {date}',

  'decisionStatus.under_discussion': 'Under discussion',
  'decisionStatus.consensus': 'Adopted by consensus',
  'decisionStatus.consensus_exhausted': 'Consensus exhausted',
  'decisionStatus.vote_open': 'Vote open',
  'decisionStatus.adopted': 'Adopted by vote',
  'decisionStatus.rejected': 'Rejected by vote',
  'decisionStatus.withdrawn': 'Withdrawn',

  'recordDecision.title': 'Record a decision',
  'recordDecision.meeting': 'Meeting',
  'recordDecision.noMeeting': 'None (outside a meeting)',
  'recordDecision.text': 'Text of the decision',
  'recordDecision.hint': 'It starts under discussion: the committee seeks consensus (R5.7).',
  'recordDecision.submit': 'Record',

  'decision.title': 'Decision',
  'decision.back': 'All decisions',
  'decision.meeting': 'Meeting:',
  'decision.subject.communication': 'This decision validates a communication request (R10.1).',
  'decision.subject.revision': 'This decision is about a request to revise the manual (R13).',
  'decision.seeCommunications': 'See the communications',
  'decision.seeRevisions': 'See the revision requests',
  'decision.consensusTitle': 'Consensus (R5.7)',
  'decision.consensusIntro':
    'The committee decides by consensus. A vote opens only after the chair has recorded that consensus efforts are exhausted.',
  'decision.consensusOn': 'Consensus recorded on {date}.',
  'decision.exhaustedOn': 'Consensus efforts recorded as exhausted on {date} by {name}.',
  'decision.chairConducts': 'The chair conducts the search for consensus and opens the vote.',
  'decision.recordConsensus': 'Consensus reached',
  'decision.recordExhausted': 'Consensus efforts exhausted',
  'decision.openVote': 'Open a vote',
  'decision.withdraw': 'Withdraw the decision',
  'decision.consensusRecorded': 'Consensus recorded: the decision is adopted.',
  'decision.exhaustedRecorded': 'Consensus efforts recorded as exhausted: a vote may open.',
  'decision.withdrawn': 'Decision withdrawn.',
  'decision.voteOpened': 'Vote open: every member receives their vote card.',
  'decision.withdrawTitle': 'Withdraw the decision?',
  'decision.withdrawBody': 'It will no longer be put to the committee.',
  'decision.withdrawSubmit': 'Withdraw',

  'openVote.title': 'Open a double-majority vote',
  'openVote.motion': 'Motion put to the vote',
  'openVote.motionOptional': 'Motion put to the vote (optional)',
  'openVote.motionDefault': 'By default: the text of the request.',
  'openVote.day': 'Closing date',
  'openVote.time': 'Closing time',
  'openVote.choices':
    'Choices: yes, no, abstain. Each member may change their ballot until the vote closes.',
  'openVote.submit': 'Open the vote',

  'vote.title': 'Double-majority vote (R13.2)',
  'vote.openedBy': 'Opened by {name} on {date}.',
  'vote.closesAt': 'Closes on {date}.',
  'vote.closedAt': 'Closed on {date}.',
  'vote.policy':
    '{threshold, select, more {Adopted when the yes votes exceed half of the active seats of each college} other {Adopted when the yes votes reach at least half of the active seats of each college}}, administration and civil society — counted on seats, not on those present.',
  'vote.oneBallot':
    'One ballot per seat: the titular’s, or the alternate’s when the titular does not vote.',
  'vote.yourBallot': 'Your ballot',
  'vote.choice.yes': 'Yes',
  'vote.choice.no': 'No',
  'vote.choice.abstain': 'Abstain',
  'vote.cast': 'Vote',
  'vote.change': 'Change my vote',
  'vote.cast.done': 'Ballot recorded: {choice}.',
  'vote.myBallot': 'Your ballot: {choice} ({date}).',
  'vote.noBallot': 'You have not voted yet.',
  'vote.changeUntilClose': 'You may change your ballot until the vote closes.',
  'vote.note.counted': 'Your ballot counts for your seat.',
  'vote.note.titular-counts':
    'Your titular’s ballot counts for your seat: the alternate’s counts only when the titular does not vote.',
  'vote.note.alternate-counts':
    'Your alternate’s ballot counts for your seat as long as you do not vote: yours would replace it.',
  'vote.note.one-ballot':
    'Only one ballot counts per seat: yours if you are the titular; the alternate’s only when the titular does not vote.',
  'vote.cannotVote': 'You cannot vote',
  'vote.notInVote': 'Your seat was not active when this vote opened.',
  'vote.tally': 'Tally per college',
  'vote.tallyLive':
    'Live tally, refreshed {seconds, plural, one {every second} other {every # seconds}}.',
  'vote.result': 'Result per college',
  'vote.tallyHidden': 'The tally is published when the vote closes.',
  'vote.yes': 'Yes',
  'vote.no': 'No',
  'vote.abstain': 'Abstain',
  'vote.voted': 'Voted',
  'vote.votedOf': '{voted} of {seats, plural, =0 {no seats} one {# seat} other {# seats}}',
  'vote.needed': 'Yes needed',
  'vote.reached': 'Majority reached',
  'vote.notReached': 'Majority not reached',
  'vote.adoptedSoFar': 'At this stage, the double majority is reached.',
  'vote.notAdoptedSoFar': 'At this stage, the double majority is not reached.',
  'vote.adopted': 'Adopted by double majority',
  'vote.rejected': 'Rejected: double majority not reached',
  'vote.close': 'Close the vote now',
  'vote.closeTitle': 'Close the vote now?',
  'vote.closeBody':
    'The result per college is computed and published; no ballot is received afterwards.',
  'vote.closeSubmit': 'Close the vote',
  'vote.closedMessage': 'Vote closed: the result is published.',
  'vote.seeDecision': 'See the decision and the vote',

  'meetingDecisions.title': 'Decisions',
  'meetingDecisions.none': 'No decision recorded for this meeting.',

  'communications.title': 'Communications in the committee’s name',
  'communications.intro':
    'Every communication in the committee’s name is validated by the committee before it goes out (R10.1): without objection from members until the deadline (business days), or by a vote. Nothing is publishable before validation. The national portal is the official channel (R10.2).',
  'communications.submit': 'Submit a communication',
  'communications.none': 'No communication request.',

  'count.communications': '{count, plural, =0 {no requests} one {# request} other {# requests}}',

  'communications.channel': 'Channel: {channel}',
  'communications.planned': 'Planned release on {date}',
  'communications.visual': 'Attached visual',
  'communications.hashtag': 'Hashtag to include in digital communications: {hashtag} (R10.2).',
  'communications.objectUntil': 'Objections possible until {date} inclusive.',
  'communications.objectClosed': 'Objection window ended on {date}.',
  'communications.objections': 'Objections',

  'count.objections': '{count, plural, =0 {no objections} one {# objection} other {# objections}}',

  'communications.objectionBy': '{name}, on {date}:',
  'communications.object': 'Object',
  'communications.objectFor': 'Object to the communication from {name}',
  'communications.objectTitle': 'Objection to the communication from {name}',
  'communications.objectReason': 'Reason for the objection',
  'communications.objectHint': 'An objection sends the communication to a committee vote (R10.1).',
  'communications.objectSubmit': 'Send the objection',
  'communications.objected': 'Objection recorded: the communication must be put to a vote.',
  'communications.openVote': 'Put to a vote',
  'communications.openVoteFor': 'Put the communication from {name} to a vote',
  'communications.voteOpened': 'Vote open on the communication.',
  'communications.publish': 'Mark as published',
  'communications.publishFor': 'Mark the communication from {name} as published',
  'communications.published': 'Communication marked as published.',
  'communications.seeVote': 'See the vote',
  'communications.submitted': 'Communication submitted: members may object until {date} inclusive.',

  'communicationStatus.submitted': 'Awaiting objections',
  'communicationStatus.objected': 'Objection raised — vote needed',
  'communicationStatus.vote_open': 'Vote open',
  'communicationStatus.validated': 'Validated',
  'communicationStatus.rejected': 'Rejected',
  'communicationStatus.published': 'Published',
  'communicationStatus.withdrawn': 'Withdrawn',

  'channel.portal': 'National portal (official channel)',
  'channel.ministry_social': 'Ministry’s social media',
  'channel.member_social': 'A member’s social media',
  'channel.press': 'Press',
  'channel.other': 'Other',

  'communicationForm.title': 'Submit a communication',
  'communicationForm.text': 'Text of the communication',
  'communicationForm.channel': 'Channel',
  'communicationForm.plannedDay': 'Planned release date',
  'communicationForm.visual': 'Visual (optional)',
  'communicationForm.hashtag': 'Remember the hashtag {hashtag} in digital communications (R10.2).',
  'communicationForm.hashtagGeneric':
    'Remember the committee’s official hashtag in digital communications (R10.2).',
  'communicationForm.submit': 'Submit',

  'revisions.title': 'Revising the manual',
  'revisions.intro':
    'A request to revise the manual needs the support of at least a third of the committee’s members (active seats) and is filed during the last quarter of the final year of the national action plan (R13.1). It is decided at the next meeting (R13.3), by a double-majority vote (R13.2).',
  'revisions.create': 'Request a revision',
  'revisions.none': 'No revision request.',

  'count.revisions': '{count, plural, =0 {no requests} one {# request} other {# requests}}',

  'revisions.support':
    'Support: {seats, plural, =0 {no seats} one {# seat} other {# seats}} of {needed, plural, one {# needed} other {# needed}}',
  'revisions.supporters': 'Supported by {names}.',
  'revisions.window': 'Filing possible from {start} to {end} (R13.1).',
  'revisions.filedOn': 'Filed on {date}.',
  'revisions.meeting': 'Decided at the meeting (R13.3):',
  'revisions.waitingMeeting': 'Waiting for the committee’s next meeting (R13.3).',
  'revisions.supportAction': 'Support',
  'revisions.supportFor': 'Support the request from {name}',
  'revisions.file': 'File the request',
  'revisions.fileFor': 'File the request from {name}',
  'revisions.openVote': 'Open the vote',
  'revisions.openVoteFor': 'Open the vote on the request from {name}',
  'revisions.seeVote': 'See the vote',
  'revisions.created': 'Request created: you are its first supporter.',
  'revisions.supported': 'Support recorded.',
  'revisions.filed': 'Request filed.',
  'revisions.voteOpened': 'Vote open on the revision request.',
  'revisions.reason.too-few-supporters': 'Reason: not enough supporters.',
  'revisions.reason.outside-window': 'Reason: outside the filing period.',

  'revisionStatus.collecting_support': 'Collecting support',
  'revisionStatus.filed': 'Filed',
  'revisionStatus.scheduled': 'On the agenda',
  'revisionStatus.vote_open': 'Vote open',
  'revisionStatus.adopted': 'Adopted',
  'revisionStatus.rejected': 'Rejected',
  'revisionStatus.withdrawn': 'Withdrawn',

  'revisionForm.title': 'Request a revision of the manual',
  'revisionForm.text': 'Proposed revision',
  'revisionForm.hint': 'You are its first supporter; the other members are invited to support it.',
  'revisionForm.submit': 'Create the request',

  'notFound.title': 'Page not found',
  'notFound.back': 'Back to the dashboard',

  'welcome.title': 'Welcome to the OGP Morocco steering committee',
  'welcome.greeting': 'Hello {name}!',
  'welcome.body':
    'This app keeps the steering committee’s register and applies its manual: composition and parity of the two colleges, meetings, minutes and decisions. Notices and votes will reach you in this conversation.',
  'welcome.unregistered':
    'Your account is not in the committee’s register yet: the secretariat can add it.',

  'help.title': 'What I can do',
  'help.intro': 'Type one of these commands:',
  'help.command.composition':
    '**composition**: the committee’s composition and the parity between the colleges (R3.2)',
  'help.command.help': '**help**: this message',
  'help.notUnderstood': 'I did not understand “{text}”.',
  'help.command.language': '**language**: choose the language the app writes to you in',

  'language.title': 'Your language',
  'language.body':
    'Cards, notices, your calendar text and the committee tab reach you in this language, whatever Teams’ language is.',
  'language.current': 'Chosen language: {language}.',
  'language.none':
    'No language chosen: I write to you in your Teams language, otherwise in French.',
  'language.saved': 'Noted: I will write to you in English from now on.',
  'language.cleared': 'Noted: I will follow your Teams language.',
  'language.followClient': 'Follow Teams’ language',

  'action.composition': 'Composition',
  'action.help': 'Help',
  'action.openMembers': 'Open the members list',

  'composition.title': 'Steering committee composition',
  'composition.asOf': 'As of {date}',
  'composition.example':
    'Example data: this committee is fictional, loaded so that you can explore the app.',

  'card.parity.balanced':
    'Parity respected (R3.2): {count, plural, one {# active seat} other {# active seats}} for each college.',

  'parity.broken': 'Parity broken (rule {rule})',

  'college.civilSociety': 'Civil society',
  'college.activeSeats':
    '{count, plural, =0 {no active seat} one {# active seat} other {# active seats}}',
  'college.mandatesEnd': 'Mandates until {date}',
  'college.empty': 'No seat in this college.',

  'seat.mandateEnd': 'Mandate ends',

  'card.seat.draft': 'Draft: this seat does not count yet',

  'composition.ceased':
    '{count, plural, =0 {No seat has ceased.} one {# seat has ceased (history in the committee tab).} other {# seats have ceased (history in the committee tab).}}',

  'notMember.title': 'For committee members only',
  'notMember.body':
    'Your account is not in the steering committee’s register, so I cannot show you its information. If this is a mistake, contact the secretariat.',

  'error.title': 'Something went wrong',
  'error.body':
    'I could not process your request. Try again in a moment; if the problem persists, tell the secretariat.',
  'error.reference': 'Incident reference: {reference}',

  'meeting.fact.when': 'When',
  'meeting.fact.where': 'Where',
  'meeting.status': 'Meeting status: {status}',
  'meeting.timeRange': '{day}, {start} to {end} (Morocco time)',
  'meeting.instant': '{day} at {time} (Morocco time)',
  'meeting.onlineAnd': '{place}, and online (Teams meeting)',
  'meeting.agenda.empty': 'The agenda is not set yet.',
  'meeting.agenda.presenter': 'Presented by {name}',
  'meeting.agenda.documents': 'Documents: {names}',
  'meeting.agenda.more':
    '{count, plural, one {# more item} other {# more items}} in the committee tab.',

  'action.join': 'Join the meeting',

  'notice.recorded':
    'Notice recorded: {summary}. Each member’s delivery and the retry are in the tab.',
  'notice.recordedUntracked': 'Notice recorded. Its delivery is followed in the tab.',
  'notice.delivery': 'Notice delivery: {summary}.',

  'card.delivery.notInstalled': '{count} without the app in Teams (the card cannot reach them)',

  'action.showMeeting': 'Show the meeting',
  'action.showMinutes': 'Show the minutes',

  'notice.title': 'Meeting notice: {title}',
  'notice.intro':
    'The steering committee meets. Here are the date, the agenda and the documents (R5.2).',
  'notice.notSent': 'The notice has not been sent to members yet: send it by {day} (R5.2).',
  'notice.window.open': 'You may propose an agenda item or another date until {until} (R5.3).',
  'notice.window.openOthers':
    'Members may propose an agenda item or another date until {until} (R5.3).',
  'notice.window.closed': 'Proposal window closed on {closedAt} (R5.3).',

  'proposal.kind.agenda_item': 'an agenda item',
  'proposal.kind.date': 'another date',

  'propose.text': 'Your proposal, and why',
  'propose.text.required': 'Write your proposal.',
  'propose.date': 'Proposed date (for another date)',
  'propose.time': 'Proposed time (Morocco time)',
  'propose.date.required': 'To propose another date, give the date and the time.',
  'propose.sent': 'Proposal sent: the secretariat will answer you with its reasons.',
  'propose.yours': 'You proposed {kind}: “{text}”',
  'propose.yoursHeading': 'Your proposals',

  'proposal.proposedStart': 'Proposed date: {when}',
  'proposal.status.pending': 'Awaiting the secretariat’s answer',
  'proposal.status.accepted': 'Accepted',
  'proposal.status.rejected': 'Not accepted',
  'proposal.answer': '{status} by {name}: {reason}',

  'proposals.toAnswer':
    '{count, plural, =0 {No proposal awaits an answer.} one {# proposal awaits the secretariat’s answer.} other {# proposals await the secretariat’s answer.}}',

  'action.recordAttendance': 'Record attendance',

  'proposalReceived.title': 'Proposal received: {title}',
  'proposalReceived.from': '{name} proposes {kind}:',
  'proposalReceived.submittedAt': 'Received on {when}',

  'answer.reason': 'Reason for your answer (sent to the member)',
  'answer.reason.required': 'Every answer gives its reason.',

  'action.reject': 'Do not accept',

  'proposalAnswered.title.accepted': 'Your proposal is accepted',
  'proposalAnswered.title.rejected': 'Your proposal is not accepted',
  'proposalAnswered.title.pending': 'Your proposal awaits its answer',
  'proposalAnswered.about': 'For the meeting “{title}” on {when}',
  'proposalAnswered.reason': 'The secretariat’s answer, by {name}:',

  'moved.title': 'Meeting moved: {title}',
  'moved.body': 'The meeting now takes place on {when}.',
  'moved.previous': 'Previous date: {when}',
  'moved.newNotice': 'A new notice will reach you at least 10 days before the meeting (R5.2).',

  'cancelled.title': 'Meeting cancelled: {title}',
  'cancelled.body': 'The meeting planned on {when} is cancelled.',
  'cancelled.reason': 'Reason: {reason}',

  'published.title': 'Meeting published: {title}',
  'published.body':
    'The agenda, minutes and participant list of the meeting on {when} are published on the national portal (R5.6).',
  'published.at': 'Published on {when}',

  'card.minutes.title': 'Minutes to review: {title}',

  'minutes.body': 'The secretariat has shared the minutes of the meeting on {when} (R5.5).',

  'card.minutes.sharedOn': 'Shared on',

  'minutes.notShared': 'The minutes have not been shared yet.',
  'minutes.window.open': 'You may propose amendments until {day} inclusive (R5.5).',
  'minutes.window.openOthers': 'Members may propose amendments until {day} inclusive (R5.5).',
  'minutes.window.closed': 'Amendment window closed: it ended on {day} (R5.5).',

  'amend.text.required': 'Write your amendment.',

  'action.amend': 'Send the amendment',

  'amend.sent': 'Amendment sent to the secretariat.',

  quoted: '“{text}”',

  'amend.yoursHeading': 'Your amendments',

  'amendment.status.pending': 'Awaiting the secretariat',
  'amendment.status.integrated': 'Integrated into the minutes',
  'amendment.status.answered': 'Not integrated, with an answer',

  'amendments.toAnswer':
    '{count, plural, =0 {No amendment awaits an answer.} one {# amendment awaits the secretariat’s answer.} other {# amendments await the secretariat’s answer.}}',

  'amendmentAnswered.title.integrated': 'Your amendment is integrated',
  'amendmentAnswered.title.answered': 'The secretariat answered your amendment',
  'amendmentAnswered.title.pending': 'Your amendment awaits its answer',
  'amendmentAnswered.yours': 'You had proposed: “{text}”',

  'card.attendance.title': 'Attendance: {title}',

  'attendance.body':
    'Tick the people present; the others are recorded absent. An absence can then be justified in the tab (R12.1).',

  'card.attendance.present': 'Present',

  'attendance.count': 'Present: {present} of {total}',

  'card.attendance.notRecorded': 'Attendance not recorded yet.',
  'card.attendance.saved': 'Attendance recorded.',

  'attendance.readOnly': 'Attendance cannot be changed here now.',
  'attendance.capacity.chair': 'chair',
  'attendance.capacity.titular': 'titular',
  'attendance.capacity.alternate': 'alternate',
  'attendance.capacity.external': 'guest',
  'attendance.capacity.secretariat': 'secretariat',
  'attendance.capacity.observer': 'observer',

  'action.saveAttendance': 'Save attendance',

  'reminder.proposal-window-closing.title': 'Last day to propose',
  'reminder.proposal-window-closing.body':
    'Your proposals (an agenda item or another date) are received until {due} (R5.3).',
  'reminder.minutes-share-due.title': 'Minutes to share',
  'reminder.minutes-share-due.body': 'The minutes must be shared with members by {due} (R5.5).',
  'reminder.minutes-late.title': 'Minutes overdue',
  'reminder.minutes-late.body': 'The minutes were due by {due}: they are late (R5.5).',
  'reminder.amendment-window-closing.title': 'Last day to amend',
  'reminder.amendment-window-closing.body':
    'You may amend the minutes until {due} inclusive (R5.5).',
  'reminder.publication-ready.title': 'Ready to publish',
  'reminder.publication-ready.body':
    'The amendment window is over ({due}): the agenda, minutes and participant list can be published on the national portal (R5.6).',
  'reminder.semester-uncovered.title': 'No meeting this semester',
  'reminder.semester-uncovered.body':
    'No meeting is held or scheduled in the semester ending on {due}: the committee meets at least once a semester (R5.1).',
  'reminder.semester-ending.title': 'Semester ending without a meeting',
  'reminder.semester-ending.body':
    'The semester ends on {due} and no meeting is held or scheduled (R5.1).',
  'reminder.meeting': 'Meeting: {title}, {when}',

  'refused.rule': 'Refused ({rule}): {message}',
  // Why an action is not offered, said before anyone tries it (the view's `cannot`).
  'unavailable.rule': 'Not possible for now ({rule}): {message}',
  'refused.already': 'Already received: nothing was sent a second time.',

  'card.vote.title': 'Committee vote by double majority (R13.2)',

  'vote.motion': 'Motion',
  'vote.fact.closesAt': 'Closes',
  'vote.fact.closedAt': 'Closed on',
  'vote.fact.openedBy': 'Opened by',

  'card.vote.openedBy': '{name}, on {when}',

  'vote.window.open': 'You may vote, and change your ballot, until {when}.',
  'vote.window.openOthers': 'Members vote until {when}; each one sees their own ballot here.',
  'vote.window.closing': 'Voting ended on {when}: the result will be published in a moment.',
  'vote.window.closed': 'Vote closed on {when}: no ballot is received any more.',

  'card.vote.policy':
    'Double majority (R13.2), rule {threshold, select, more {“more than half”: adopted when the yes votes exceed half of the active seats of each college} other {“at least half”: adopted when the yes votes reach at least half of the active seats of each college}}, administration and civil society — counted on seats, not on those present.',
  'card.vote.myBallot': 'Your ballot: {choice}, cast on {when}.',

  'vote.noBallot.closed': 'You did not vote.',

  'card.vote.note.titular-counts':
    'Your titular’s ballot counts for your seat: the alternate’s counts only when the titular does not vote (R13.2).',
  'card.vote.note.alternate-counts':
    'Your alternate’s ballot counts for your seat as long as you do not vote: yours would replace it (R13.2).',
  'card.vote.notInVote':
    'Rule R13.2: your seat was not active when this vote opened; it does not vote in it.',

  'vote.choose': 'Your choice',
  'vote.tally.live': 'Live tally (chair and secretariat, until the vote closes)',
  'vote.college.reached': '{college}: majority reached',
  'vote.college.notReached': '{college}: majority not reached',

  'card.vote.closeBody':
    'The result per college is computed and published; no ballot is received after that.',

  'voteClosed.title': 'Vote result (R13.2)',
  'voteClosed.body': 'Vote opened on {opened}, closed on {closed}.',

  'communication.title': 'Communication to validate in the committee’s name (R10.1)',
  'communication.intro': '{name} submits this communication for the committee’s validation:',
  'communication.fact.planned': 'Planned release',
  'communication.fact.status': 'Status',
  'communication.status.submitted': 'Awaiting objections',
  'communication.status.objected': 'Objection raised — vote needed',
  'communication.status.vote_open': 'Vote open',
  'communication.status.validated': 'Validated',
  'communication.status.rejected': 'Rejected',
  'communication.status.published': 'Published',
  'communication.status.withdrawn': 'Withdrawn',
  'communication.visual': 'A visual is attached: it is in the committee tab.',
  'communication.window.open':
    'Without an objection from a member until {day} inclusive, it is validated (R10.1); an objection puts it to a committee vote.',
  'communication.window.closed': 'Objection window ended on {day} (R10.1).',
  'communication.objectionBy': '{name}, on {when}: “{reason}”',
  'communication.yourObjection': 'You objected on {when}: “{reason}”',
  'communication.objectReason': 'Reason for your objection',
  'communication.objectReason.required': 'Write the reason for your objection.',

  'revision.title': 'Request to revise the manual (R13)',
  'revision.intro': '{name} requests a revision of the manual and is gathering support:',
  'revision.createdAt': 'Requested on {when}',
  'revision.fact.support': 'Support (R13.1)',
  'revision.support':
    '{seats, plural, =0 {no seats} one {# seat} other {# seats}} of {needed, plural, one {# needed} other {# needed}}',
  'revision.fact.window': 'Filing period',
  'revision.window': 'from {start} to {end}',
  'revision.fact.status': 'Status',
  'revision.rule':
    'A revision request needs the support of at least a third of the committee’s active seats (two people of one seat count as one) and is filed during the last quarter of the national action plan’s final year (R13.1).',
  'revision.yours': 'You support this request.',
  'revision.othersSupport': 'Committee members may support it while it is gathering support.',
  'revision.status.collecting_support': 'Collecting support',
  'revision.status.filed': 'Filed',
  'revision.status.scheduled': 'On the agenda',
  'revision.status.vote_open': 'Vote open',
  'revision.status.adopted': 'Adopted',
  'revision.status.rejected': 'Rejected',
  'revision.status.withdrawn': 'Withdrawn',

  'action.revision.support': 'Support the request',

  'card.seat.pending': 'Pending parity (R3.2): this seat is neither invited nor counted in votes.',

  'card.parity.finding.seat-pending':
    'It becomes active when the {college} college has {missing, plural, one {# more seat} other {# more seats}}.',
  'card.parity.finding.composition-unbalanced':
    'The {college} college lacks {missing, plural, one {# active seat} other {# active seats}} to restore parity (R3.2).',

  'college.pendingSeats':
    '{count, plural, one {# seat pending parity} other {# seats pending parity}}',

  'feed.name': 'OGP Morocco steering committee',
  'feed.organizer': 'Secretariat of the OGP Morocco steering committee',
  'feed.when.sameDay':
    'OGP Morocco steering committee meeting — {day}, {start} to {end} (Morocco time, {offset}).',
  'feed.when.span':
    'OGP Morocco steering committee meeting — {day} at {start}, until {until} (Morocco time, {offset}).',
  'feed.agenda': 'Agenda:',
  'feed.proposals':
    'Members may propose agenda items for {days, plural, one {# day} other {# days}} after the notice (art. 5, R5.3).',

  // Input errors (problem details), naming the field (core/usecases/outcome.ts).
  'input.invalid': 'Invalid data — {issues}',
  'input.issue': '{field}: {problem}',
  'input.separator': '; ',
  'input.required': 'required',
  'input.wrongType': 'wrong type of value',
  'input.tooSmall': 'too short or too small (minimum {minimum})',
  'input.tooBig': 'too long or too large (maximum {maximum})',
  'input.email': 'invalid e-mail address',
  'input.date': 'invalid date (YYYY-MM-DD)',
  'input.datetime': 'invalid date and time',
  'input.format': 'invalid format',
  'input.notAllowed': 'value not allowed ({values})',
  'input.unknownFields': 'field not allowed: {fields}',

  // Refusals of the manual's rules (core/rules/), each citing its rule.
  'rule.10_1.pending':
    'Every communication in the committee’s name must be validated by the committee before it goes out (art. 10): members may object until {deadline} inclusive ({days, plural, one {# business day} other {# business days}}).',
  'rule.10_1.objected':
    'Every communication in the committee’s name must be validated by the committee before it goes out (art. 10): {objections, plural, one {an objection was raised} other {# objections were raised}}, so the communication must be put to a vote.',
  'rule.10_1.rejected':
    'Every communication in the committee’s name must be validated by the committee before it goes out (art. 10): the committee rejected it by a vote.',
  'rule.12_2.proposeExpired':
    'Rule R12.1: the mandate of this civil-society seat has expired. The secretariat may confirm the end of its membership.',
  'rule.12_2.proposeAbsences':
    'Rule R12.1: this civil-society seat was absent without justification from {count, plural, one {# meeting} other {# meetings}} within {years, plural, one {one calendar year} other {# calendar years}} ({days}). The manual ends the membership from {threshold, plural, one {# absence} other {# absences}}; the secretariat may confirm it.',
  'rule.12_2.noWithdrawalLetter':
    'Rule R12.1: an organisation withdraws by sending an official letter to the committee’s secretariat; attach this letter.',
  'rule.12_2.civilSocietyOnly':
    'Rule R12: cessation of membership (art. 12) applies to civil-society members; a public body designates new representatives (R4.1).',
  'rule.13_1.outsideWindow':
    'A request to revise the manual can only be filed during the last quarter of the final year of the national action plan (art. 13), that is from {start} to {end}: it was filed on {filedOn}.',
  'rule.13_1.tooFew':
    'A request to revise the manual must be made by at least {numerator}/{denominator} of the committee’s members (art. 13): {required, plural, one {# supporter is required} other {# supporters are required}} for {activeSeats, plural, one {# active seat} other {# active seats}}, {supporters, plural, =0 {none was gathered} one {only # was gathered} other {only # were gathered}}.',
  'rule.13_3.beforeRequest':
    'A request to revise the manual is decided at the committee meeting that follows it (art. 13): the meeting of {meetingDay} does not follow the request filed on {filedOn}.',
  'rule.13_3.noMeeting':
    'A request to revise the manual is decided at the committee meeting that follows it (art. 13): no meeting is held or scheduled after {filedOn}.',
  'rule.13_3.notNext':
    'A request to revise the manual is decided at the committee meeting that follows it (art. 13): the request filed on {filedOn} must be decided at the meeting of {nextDay}, not that of {meetingDay}.',
  'rule.3_1.incompleteSeat':
    'Rule R3.1: each committee seat is held by one organisation, with a titular member and an alternate member. Missing: {missing}.',
  'rule.3_1.samePerson':
    'Rule R3.1: the titular and the alternate of a seat are two different people.',
  'rule.3_1.severalSeats':
    'Rule R3.1: a person is the titular or the alternate of one active seat only; this person is on {count, plural, one {# active seat} other {# active seats}}.',
  'rule.3_2.unbalanced':
    'Rule R3.2: the committee has as many active seats for the administration as for civil society. There are currently {administration, plural, one {# active seat} other {# active seats}} for the administration and {civilSociety, plural, one {# active seat} other {# active seats}} for civil society.',
  'rule.3_2.tooFew':
    'Rule R3.2: each college, administration and civil society, has at least {min, plural, one {# active seat} other {# active seats}}; each side has {count}.',
  'rule.3_3.noCommitment':
    'Rule R3.3: an administration seat goes to a public body responsible for at least one commitment of the current national action plan; this body has none.',
  'rule.4_1.noLetter':
    'Rule R4.1: after each national action plan is adopted, a public body designates its titular representative and alternate by an official letter; attach this designation letter.',
  'rule.4_4.incomplete':
    'Rule R4.4: the selection committee reviews complete applications only. {count, plural, one {One item is missing} other {# items are missing}}: {missing}.',
  'rule.4_5.tieBreak':
    'Rule R4.5: at the seat boundary, applications {selected} (selected at this stage) and {runnerUp} {kind, select, tied {are tied on points} other {are only {gap} points apart (less than {limit})}}. The committee decides between them, weighing geographic diversity and diversity of expertise, and records its decision.',
  'rule.4_6.alreadyDone': 'Rule R4.6: the selection step “{step}” is already recorded.',
  'rule.4_6.outOfOrder':
    'Rule R4.6: the eight selection steps follow the manual’s order; the next step is “{expected}”, not “{step}”.',
  'rule.4_6.dateBeforePrevious':
    'Rule R4.6: the step “{step}” cannot be dated {day}, before the previous step “{previous}” of {previousDay}.',
  'rule.4_6.noEvidence':
    'Rule R4.6: every selection step is published; attach the published document that evidences the step “{step}”.',
  'rule.4_7.tooMany':
    'Rule R4.7: a civil-society person or organisation cannot hold more than {max, plural, one {# consecutive mandate} other {# consecutive mandates}} on the committee. They have already held {count} in a row, the last one ending on {lastEnd}; a new mandate can start on {eligibleFrom} at the earliest.',
  'rule.4_7.endsBeforeStart':
    'Rule R4.7: a mandate ends after it starts; this one starts on {start} and ends on {end}.',
  'rule.4_7.tooLong':
    'Rule R4.7: committee members are renewed every {years, plural, one {# year} other {# years}}; a mandate starting on {start} ends on {limit} at the latest, not on {end}.',
  'rule.5_1.semesterName': '{half, select, first {first} other {second}} half of {year}',
  'rule.5_5.shareOverdue':
    'The minutes must be shared with members within {days, plural, one {# business day} other {# business days}} after the meeting (art. 5): the meeting was held on {meetingDay} and the deadline passed on {deadline}.',
  'rule.5_5.amendmentClosed':
    'Members have {days, plural, one {# business day} other {# business days}} to amend the minutes after they are shared (art. 5): shared on {sharedDay}, they could be amended until {deadline} inclusive.',
  'rule.5_5.notSharedYet':
    'The minutes can be amended only once shared with members (art. 5): they are shared on {sharedDay}.',
  'rule.5_6.notShared':
    'The agenda, minutes and participant list are published on the national portal after the members’ amendment period (art. 5): the minutes have not yet been shared with members.',
  'rule.5_6.tooEarly':
    'The agenda, minutes and participant list are published on the national portal after the members’ amendment period (art. 5): it runs until {deadline} inclusive, so publication is possible from {opensOn}.',
  'rule.5_7.consensusFirst':
    'Rule R5.7: the committee decides by consensus. A vote opens only exceptionally, after the chair has recorded that every effort to reach a consensus was exhausted.',
  'rule.5_7.beforeRecord':
    'Rule R5.7: a vote cannot open before the moment the chair recorded that consensus efforts were exhausted ({exhaustedAt}).',
};
