import type { Localized } from '../core/i18n/localized.js';

/**
 * The texts of the meetings workflow's cards (R5), as ICU MessageFormat in French (default),
 * Arabic and English. Apostrophes are typographic (’): a straight one is an ICU escape.
 * Dates arrive already written out in the card's language (`{when}`, `{day}`…).
 */
export const MEETING_MESSAGES = {
  // Facts shared by every meeting card.
  'meeting.fact.when': { fr: 'Date', ar: 'الموعد', en: 'When' },
  'meeting.fact.where': { fr: 'Lieu', ar: 'المكان', en: 'Where' },
  'meeting.status': {
    fr: 'État de la réunion : {status}',
    ar: 'حالة الاجتماع: {status}',
    en: 'Meeting status: {status}',
  },
  'meeting.timeRange': {
    fr: '{day}, de {start} à {end} (heure du Maroc)',
    ar: '{day}، من {start} إلى {end} (بتوقيت المغرب)',
    en: '{day}, {start} to {end} (Morocco time)',
  },
  'meeting.instant': {
    fr: '{day} à {time} (heure du Maroc)',
    ar: '{day} على الساعة {time} (بتوقيت المغرب)',
    en: '{day} at {time} (Morocco time)',
  },
  'meeting.online': {
    fr: 'En ligne (réunion Teams)',
    ar: 'عن بعد (اجتماع Teams)',
    en: 'Online (Teams meeting)',
  },
  'meeting.onlineAnd': {
    fr: '{place}, et en ligne (réunion Teams)',
    ar: '{place}، وعن بعد (اجتماع Teams)',
    en: '{place}, and online (Teams meeting)',
  },
  'meeting.agenda': { fr: 'Ordre du jour', ar: 'جدول الأعمال', en: 'Agenda' },
  'meeting.agenda.empty': {
    fr: 'L’ordre du jour n’est pas encore fixé.',
    ar: 'لم يحدد جدول الأعمال بعد.',
    en: 'The agenda is not set yet.',
  },
  'meeting.agenda.presenter': {
    fr: 'Présenté par {name}',
    ar: 'يقدمه {name}',
    en: 'Presented by {name}',
  },
  'meeting.agenda.documents': {
    fr: 'Documents : {names}',
    ar: 'الوثائق: {names}',
    en: 'Documents: {names}',
  },
  'meeting.agenda.more': {
    fr: '{count, plural, one {# autre point} other {# autres points}} dans l’onglet du comité.',
    ar: '{count, plural, one {نقطة أخرى} two {نقطتان أخريان} few {# نقاط أخرى} many {# نقطة أخرى} other {# نقطة أخرى}} في تبويب اللجنة.',
    en: '{count, plural, one {# more item} other {# more items}} in the committee tab.',
  },
  'action.join': {
    fr: 'Rejoindre la réunion',
    ar: 'الانضمام إلى الاجتماع',
    en: 'Join the meeting',
  },
  'action.refresh': { fr: 'Actualiser', ar: 'تحديث', en: 'Refresh' },
  'action.sendNotice': {
    fr: 'Envoyer l’avis de réunion',
    ar: 'إرسال إشعار الاجتماع',
    en: 'Send the meeting notice',
  },
  // R5.2: what the notice's delivery says, from the server's counts — never "sent" when
  // nothing reached anyone (the outbox delivers after the answer: at first all are queued).
  'notice.recorded': {
    fr: 'Avis enregistré : {summary}. Le détail par membre et la relance sont dans l’onglet.',
    ar: 'سُجّل الإشعار: {summary}. التفاصيل لكل عضو وإعادة الإرسال في علامة التبويب.',
    en: 'Notice recorded: {summary}. Each member’s delivery and the retry are in the tab.',
  },
  'notice.recordedUntracked': {
    fr: 'Avis enregistré. Le suivi de la remise est dans l’onglet.',
    ar: 'سُجّل الإشعار. متابعة التسليم في علامة التبويب.',
    en: 'Notice recorded. Its delivery is followed in the tab.',
  },
  'notice.delivery': {
    fr: 'Remise de l’avis : {summary}.',
    ar: 'تسليم الإشعار: {summary}.',
    en: 'Notice delivery: {summary}.',
  },
  'delivery.reached': {
    fr: 'remis à {delivered, plural, one {# membre} other {# membres}} sur {total}',
    ar: 'سُلّم إلى {delivered, plural, zero {لا أحد} one {عضو واحد} two {عضوين} few {# أعضاء} many {# عضوًا} other {# عضو}} من أصل {total}',
    en: 'delivered to {delivered, plural, one {# member} other {# members}} of {total}',
  },
  'delivery.inProgress': {
    fr: '{count} en cours de remise',
    ar: '{count} قيد التسليم',
    en: '{count} being delivered',
  },
  'delivery.failed': {
    fr: '{count, plural, one {# injoignable} other {# injoignables}}',
    ar: '{count, plural, zero {لا أحد بلا وصول} one {تعذّر الوصول إلى عضو واحد} two {تعذّر الوصول إلى عضوين} few {تعذّر الوصول إلى # أعضاء} many {تعذّر الوصول إلى # عضوًا} other {تعذّر الوصول إلى # عضو}}',
    en: '{count} not reachable',
  },
  'delivery.notInstalled': {
    fr: '{count, plural, one {# sans l’application dans Teams (la carte ne peut pas lui parvenir)} other {# sans l’application dans Teams (la carte ne peut pas leur parvenir)}}',
    ar: '{count, plural, zero {لا أحد بدون التطبيق في Teams} one {عضو واحد بدون التطبيق في Teams (لا يمكن أن تصله البطاقة)} two {عضوان بدون التطبيق في Teams (لا يمكن أن تصلهما البطاقة)} few {# أعضاء بدون التطبيق في Teams (لا يمكن أن تصلهم البطاقة)} many {# عضوًا بدون التطبيق في Teams (لا يمكن أن تصلهم البطاقة)} other {# عضو بدون التطبيق في Teams (لا يمكن أن تصلهم البطاقة)}}',
    en: '{count} without the app in Teams (the card cannot reach them)',
  },
  'delivery.separator': { fr: ' ; ', ar: '؛ ', en: '; ' },
  'action.showMeeting': { fr: 'Voir la réunion', ar: 'عرض الاجتماع', en: 'Show the meeting' },
  'action.showMinutes': {
    fr: 'Voir le compte rendu',
    ar: 'عرض المحضر',
    en: 'Show the minutes',
  },

  // The notice (R5.2) and the proposal window (R5.3).
  'notice.title': {
    fr: 'Avis de réunion : {title}',
    ar: 'إشعار بالاجتماع: {title}',
    en: 'Meeting notice: {title}',
  },
  'notice.intro': {
    fr: 'Le comité de pilotage se réunit. Voici la date, l’ordre du jour et les documents (R5.2).',
    ar: 'تجتمع لجنة القيادة. إليكم الموعد وجدول الأعمال والوثائق (R5.2).',
    en: 'The steering committee meets. Here are the date, the agenda and the documents (R5.2).',
  },
  'notice.notSent': {
    fr: 'L’avis n’est pas encore envoyé aux membres : à envoyer au plus tard le {day} (R5.2).',
    ar: 'لم يرسل الإشعار إلى الأعضاء بعد: يجب إرساله في أجل أقصاه {day} (R5.2).',
    en: 'The notice has not been sent to members yet: send it by {day} (R5.2).',
  },
  'notice.window.open': {
    fr: 'Vous pouvez proposer un point à l’ordre du jour ou une autre date jusqu’au {until} (R5.3).',
    ar: 'يمكنكم اقتراح نقطة في جدول الأعمال أو موعد آخر إلى غاية {until} (R5.3).',
    en: 'You may propose an agenda item or another date until {until} (R5.3).',
  },
  'notice.window.openOthers': {
    fr: 'Les membres peuvent proposer un point à l’ordre du jour ou une autre date jusqu’au {until} (R5.3).',
    ar: 'يمكن للأعضاء اقتراح نقطة في جدول الأعمال أو موعد آخر إلى غاية {until} (R5.3).',
    en: 'Members may propose an agenda item or another date until {until} (R5.3).',
  },
  'notice.window.closed': {
    fr: 'Période de propositions close le {closedAt} (R5.3).',
    ar: 'أغلقت فترة الاقتراحات في {closedAt} (R5.3).',
    en: 'Proposal window closed on {closedAt} (R5.3).',
  },
  'propose.heading': {
    fr: 'Faire une proposition',
    ar: 'تقديم اقتراح',
    en: 'Make a proposal',
  },
  'propose.kind': { fr: 'Vous proposez', ar: 'تقترحون', en: 'You propose' },
  'proposal.kind.agenda_item': {
    fr: 'un point à l’ordre du jour',
    ar: 'نقطة في جدول الأعمال',
    en: 'an agenda item',
  },
  'proposal.kind.date': { fr: 'une autre date', ar: 'موعدا آخر', en: 'another date' },
  'propose.text': {
    fr: 'Votre proposition, et pourquoi',
    ar: 'اقتراحكم وسببه',
    en: 'Your proposal, and why',
  },
  'propose.text.required': {
    fr: 'Écrivez votre proposition.',
    ar: 'اكتبوا اقتراحكم.',
    en: 'Write your proposal.',
  },
  'propose.date': {
    fr: 'Date proposée (pour une autre date)',
    ar: 'التاريخ المقترح (في حالة موعد آخر)',
    en: 'Proposed date (for another date)',
  },
  'propose.time': {
    fr: 'Heure proposée (heure du Maroc)',
    ar: 'الساعة المقترحة (بتوقيت المغرب)',
    en: 'Proposed time (Morocco time)',
  },
  'propose.date.required': {
    fr: 'Pour proposer une autre date, indiquez la date et l’heure.',
    ar: 'لاقتراح موعد آخر، حددوا التاريخ والساعة.',
    en: 'To propose another date, give the date and the time.',
  },
  'action.propose': {
    fr: 'Envoyer la proposition',
    ar: 'إرسال الاقتراح',
    en: 'Send the proposal',
  },
  'propose.sent': {
    fr: 'Proposition envoyée : le secrétariat vous répondra en motivant sa réponse.',
    ar: 'أرسل الاقتراح: ستجيبكم الكتابة مع تعليل جوابها.',
    en: 'Proposal sent: the secretariat will answer you with its reasons.',
  },
  'propose.yours': {
    fr: 'Vous avez proposé {kind} : « {text} »',
    ar: 'اقترحتم {kind}: «{text}»',
    en: 'You proposed {kind}: “{text}”',
  },
  'propose.yoursHeading': {
    fr: 'Vos propositions',
    ar: 'اقتراحاتكم',
    en: 'Your proposals',
  },
  'proposal.proposedStart': {
    fr: 'Date proposée : {when}',
    ar: 'الموعد المقترح: {when}',
    en: 'Proposed date: {when}',
  },
  'proposal.status.pending': {
    fr: 'En attente de la réponse du secrétariat',
    ar: 'في انتظار جواب الكتابة',
    en: 'Awaiting the secretariat’s answer',
  },
  'proposal.status.accepted': { fr: 'Acceptée', ar: 'مقبول', en: 'Accepted' },
  'proposal.status.rejected': { fr: 'Non retenue', ar: 'غير مقبول', en: 'Not accepted' },
  'proposal.answer': {
    fr: '{status} par {name} : {reason}',
    ar: '{status} من طرف {name}: {reason}',
    en: '{status} by {name}: {reason}',
  },
  'proposals.toAnswer': {
    fr: '{count, plural, =0 {Aucune proposition en attente de réponse.} one {# proposition attend la réponse du secrétariat.} other {# propositions attendent la réponse du secrétariat.}}',
    ar: '{count, plural, zero {لا يوجد أي اقتراح في انتظار الجواب.} one {اقتراح واحد في انتظار جواب الكتابة.} two {اقتراحان في انتظار جواب الكتابة.} few {# اقتراحات في انتظار جواب الكتابة.} many {# اقتراحا في انتظار جواب الكتابة.} other {# اقتراح في انتظار جواب الكتابة.}}',
    en: '{count, plural, =0 {No proposal awaits an answer.} one {# proposal awaits the secretariat’s answer.} other {# proposals await the secretariat’s answer.}}',
  },
  'action.recordAttendance': {
    fr: 'Enregistrer les présences',
    ar: 'تسجيل الحضور',
    en: 'Record attendance',
  },

  // A proposal reaches the secretariat, which answers it with a reason (OGP's reasoned response).
  'proposalReceived.title': {
    fr: 'Proposition reçue : {title}',
    ar: 'اقتراح وارد: {title}',
    en: 'Proposal received: {title}',
  },
  'proposalReceived.from': {
    fr: '{name} propose {kind} :',
    ar: 'يقترح {name} {kind}:',
    en: '{name} proposes {kind}:',
  },
  'proposalReceived.submittedAt': {
    fr: 'Reçue le {when}',
    ar: 'توصلنا به في {when}',
    en: 'Received on {when}',
  },
  'answer.reason': {
    fr: 'Raison de votre réponse (transmise au membre)',
    ar: 'سبب جوابكم (يبلغ إلى العضو)',
    en: 'Reason for your answer (sent to the member)',
  },
  'answer.reason.required': {
    fr: 'Chaque réponse donne sa raison.',
    ar: 'كل جواب يذكر سببه.',
    en: 'Every answer gives its reason.',
  },
  'action.accept': { fr: 'Accepter', ar: 'قبول', en: 'Accept' },
  'action.reject': { fr: 'Ne pas retenir', ar: 'عدم القبول', en: 'Do not accept' },

  // The proposer receives the answer.
  'proposalAnswered.title.accepted': {
    fr: 'Votre proposition est acceptée',
    ar: 'تم قبول اقتراحكم',
    en: 'Your proposal is accepted',
  },
  'proposalAnswered.title.rejected': {
    fr: 'Votre proposition n’est pas retenue',
    ar: 'لم يقبل اقتراحكم',
    en: 'Your proposal is not accepted',
  },
  'proposalAnswered.title.pending': {
    fr: 'Votre proposition attend sa réponse',
    ar: 'اقتراحكم في انتظار الجواب',
    en: 'Your proposal awaits its answer',
  },
  'proposalAnswered.about': {
    fr: 'Pour la réunion « {title} » du {when}',
    ar: 'بخصوص اجتماع «{title}» بتاريخ {when}',
    en: 'For the meeting “{title}” on {when}',
  },
  'proposalAnswered.reason': {
    fr: 'Réponse du secrétariat, par {name} :',
    ar: 'جواب الكتابة، من طرف {name}:',
    en: 'The secretariat’s answer, by {name}:',
  },

  // Moved, cancelled, published.
  'moved.title': {
    fr: 'Réunion déplacée : {title}',
    ar: 'تغيير موعد الاجتماع: {title}',
    en: 'Meeting moved: {title}',
  },
  'moved.body': {
    fr: 'La réunion a lieu désormais le {when}.',
    ar: 'سينعقد الاجتماع الآن في {when}.',
    en: 'The meeting now takes place on {when}.',
  },
  'moved.previous': {
    fr: 'Date précédente : {when}',
    ar: 'الموعد السابق: {when}',
    en: 'Previous date: {when}',
  },
  'moved.newNotice': {
    fr: 'Un nouvel avis vous parviendra au moins 10 jours avant la réunion (R5.2).',
    ar: 'سيصلكم إشعار جديد قبل الاجتماع بعشرة أيام على الأقل (R5.2).',
    en: 'A new notice will reach you at least 10 days before the meeting (R5.2).',
  },
  'cancelled.title': {
    fr: 'Réunion annulée : {title}',
    ar: 'إلغاء الاجتماع: {title}',
    en: 'Meeting cancelled: {title}',
  },
  'cancelled.body': {
    fr: 'La réunion prévue le {when} est annulée.',
    ar: 'ألغي الاجتماع المقرر في {when}.',
    en: 'The meeting planned on {when} is cancelled.',
  },
  'cancelled.reason': { fr: 'Motif : {reason}', ar: 'السبب: {reason}', en: 'Reason: {reason}' },
  'published.title': {
    fr: 'Réunion publiée : {title}',
    ar: 'نشر الاجتماع: {title}',
    en: 'Meeting published: {title}',
  },
  'published.body': {
    fr: 'L’ordre du jour, le compte rendu et la liste des participants de la réunion du {when} sont publiés sur le portail national (R5.6).',
    ar: 'نشر جدول أعمال اجتماع {when} ومحضره ولائحة المشاركين فيه على البوابة الوطنية (R5.6).',
    en: 'The agenda, minutes and participant list of the meeting on {when} are published on the national portal (R5.6).',
  },
  'published.at': { fr: 'Publiée le {when}', ar: 'نشر في {when}', en: 'Published on {when}' },

  // Minutes (R5.5) and amendments.
  'minutes.title': {
    fr: 'Compte rendu à relire : {title}',
    ar: 'محضر للمراجعة: {title}',
    en: 'Minutes to review: {title}',
  },
  'minutes.body': {
    fr: 'Le secrétariat a partagé le compte rendu de la réunion du {when} (R5.5).',
    ar: 'تقاسمت الكتابة محضر اجتماع {when} (R5.5).',
    en: 'The secretariat has shared the minutes of the meeting on {when} (R5.5).',
  },
  'minutes.document': { fr: 'Compte rendu', ar: 'المحضر', en: 'Minutes' },
  'minutes.sharedOn': { fr: 'Partagé le', ar: 'تاريخ التقاسم', en: 'Shared on' },
  'minutes.notShared': {
    fr: 'Le compte rendu n’est pas encore partagé.',
    ar: 'لم يتم تقاسم المحضر بعد.',
    en: 'The minutes have not been shared yet.',
  },
  'minutes.window.open': {
    fr: 'Vous pouvez proposer des amendements jusqu’au {day} inclus (R5.5).',
    ar: 'يمكنكم اقتراح تعديلات إلى غاية {day} (R5.5).',
    en: 'You may propose amendments until {day} inclusive (R5.5).',
  },
  'minutes.window.openOthers': {
    fr: 'Les membres peuvent proposer des amendements jusqu’au {day} inclus (R5.5).',
    ar: 'يمكن للأعضاء اقتراح تعديلات إلى غاية {day} (R5.5).',
    en: 'Members may propose amendments until {day} inclusive (R5.5).',
  },
  'minutes.window.closed': {
    fr: 'Période d’amendement close : elle s’est terminée le {day} (R5.5).',
    ar: 'انتهت فترة التعديل في {day} (R5.5).',
    en: 'Amendment window closed: it ended on {day} (R5.5).',
  },
  'amend.text': { fr: 'Votre amendement', ar: 'تعديلكم', en: 'Your amendment' },
  'amend.text.required': {
    fr: 'Écrivez votre amendement.',
    ar: 'اكتبوا تعديلكم.',
    en: 'Write your amendment.',
  },
  'action.amend': {
    fr: 'Envoyer l’amendement',
    ar: 'إرسال التعديل',
    en: 'Send the amendment',
  },
  'amend.sent': {
    fr: 'Amendement envoyé au secrétariat.',
    ar: 'أرسل التعديل إلى الكتابة.',
    en: 'Amendment sent to the secretariat.',
  },
  quoted: { fr: '« {text} »', ar: '«{text}»', en: '“{text}”' },
  'amend.yoursHeading': { fr: 'Vos amendements', ar: 'تعديلاتكم', en: 'Your amendments' },
  'amendment.status.pending': {
    fr: 'En attente du secrétariat',
    ar: 'في انتظار الكتابة',
    en: 'Awaiting the secretariat',
  },
  'amendment.status.integrated': {
    fr: 'Intégré au compte rendu',
    ar: 'أدرج في المحضر',
    en: 'Integrated into the minutes',
  },
  'amendment.status.answered': {
    fr: 'Non intégré, avec une réponse',
    ar: 'لم يدرج، مع جواب',
    en: 'Not integrated, with an answer',
  },
  'amendments.toAnswer': {
    fr: '{count, plural, =0 {Aucun amendement en attente.} one {# amendement attend la réponse du secrétariat.} other {# amendements attendent la réponse du secrétariat.}}',
    ar: '{count, plural, zero {لا يوجد أي تعديل في الانتظار.} one {تعديل واحد في انتظار جواب الكتابة.} two {تعديلان في انتظار جواب الكتابة.} few {# تعديلات في انتظار جواب الكتابة.} many {# تعديلا في انتظار جواب الكتابة.} other {# تعديل في انتظار جواب الكتابة.}}',
    en: '{count, plural, =0 {No amendment awaits an answer.} one {# amendment awaits the secretariat’s answer.} other {# amendments await the secretariat’s answer.}}',
  },
  'amendmentAnswered.title.integrated': {
    fr: 'Votre amendement est intégré',
    ar: 'تم إدراج تعديلكم',
    en: 'Your amendment is integrated',
  },
  'amendmentAnswered.title.answered': {
    fr: 'Le secrétariat a répondu à votre amendement',
    ar: 'أجابت الكتابة عن تعديلكم',
    en: 'The secretariat answered your amendment',
  },
  'amendmentAnswered.title.pending': {
    fr: 'Votre amendement attend sa réponse',
    ar: 'تعديلكم في انتظار الجواب',
    en: 'Your amendment awaits its answer',
  },
  'amendmentAnswered.yours': {
    fr: 'Vous aviez proposé : « {text} »',
    ar: 'كنتم قد اقترحتم: «{text}»',
    en: 'You had proposed: “{text}”',
  },

  // Attendance (R12.1 counts absences per seat).
  'attendance.title': {
    fr: 'Présences : {title}',
    ar: 'الحضور: {title}',
    en: 'Attendance: {title}',
  },
  'attendance.body': {
    fr: 'Cochez les personnes présentes ; les autres sont enregistrées absentes. Une absence peut ensuite être justifiée dans l’onglet (R12.1).',
    ar: 'حددوا الأشخاص الحاضرين، ويسجل الآخرون غائبين. يمكن بعد ذلك تبرير الغياب في التبويب (R12.1).',
    en: 'Tick the people present; the others are recorded absent. An absence can then be justified in the tab (R12.1).',
  },
  'attendance.present': { fr: 'Présents', ar: 'الحاضرون', en: 'Present' },
  'attendance.count': {
    fr: 'Présents : {present} sur {total}',
    ar: 'الحاضرون: {present} من أصل {total}',
    en: 'Present: {present} of {total}',
  },
  'attendance.notRecorded': {
    fr: 'Présences non encore enregistrées.',
    ar: 'لم يسجل الحضور بعد.',
    en: 'Attendance not recorded yet.',
  },
  'attendance.saved': {
    fr: 'Présences enregistrées.',
    ar: 'سجل الحضور.',
    en: 'Attendance recorded.',
  },
  'attendance.readOnly': {
    fr: 'Les présences ne peuvent pas être modifiées ici maintenant.',
    ar: 'لا يمكن تعديل الحضور هنا حاليا.',
    en: 'Attendance cannot be changed here now.',
  },
  'attendance.capacity.chair': { fr: 'présidence', ar: 'الرئاسة', en: 'chair' },
  'attendance.capacity.titular': { fr: 'titulaire', ar: 'عضو أصلي', en: 'titular' },
  'attendance.capacity.alternate': { fr: 'suppléant', ar: 'عضو مناوب', en: 'alternate' },
  'attendance.capacity.external': { fr: 'invité', ar: 'مدعو', en: 'guest' },
  'attendance.capacity.secretariat': { fr: 'secrétariat', ar: 'الكتابة', en: 'secretariat' },
  'attendance.capacity.observer': { fr: 'observateur', ar: 'ملاحظ', en: 'observer' },
  'action.saveAttendance': {
    fr: 'Enregistrer les présences',
    ar: 'حفظ الحضور',
    en: 'Save attendance',
  },

  // Reminders, one per kind (the scheduler sends each once, through the outbox).
  'reminder.proposal-window-closing.title': {
    fr: 'Dernier jour pour proposer',
    ar: 'آخر يوم لتقديم الاقتراحات',
    en: 'Last day to propose',
  },
  'reminder.proposal-window-closing.body': {
    fr: 'Vos propositions (point à l’ordre du jour ou autre date) sont reçues jusqu’au {due} (R5.3).',
    ar: 'تقبل اقتراحاتكم (نقطة في جدول الأعمال أو موعد آخر) إلى غاية {due} (R5.3).',
    en: 'Your proposals (an agenda item or another date) are received until {due} (R5.3).',
  },
  'reminder.minutes-share-due.title': {
    fr: 'Compte rendu à partager',
    ar: 'محضر يجب تقاسمه',
    en: 'Minutes to share',
  },
  'reminder.minutes-share-due.body': {
    fr: 'Le compte rendu doit être partagé avec les membres au plus tard le {due} (R5.5).',
    ar: 'يجب تقاسم المحضر مع الأعضاء في أجل أقصاه {due} (R5.5).',
    en: 'The minutes must be shared with members by {due} (R5.5).',
  },
  'reminder.minutes-late.title': {
    fr: 'Compte rendu en retard',
    ar: 'تأخر في تقاسم المحضر',
    en: 'Minutes overdue',
  },
  'reminder.minutes-late.body': {
    fr: 'Le compte rendu devait être partagé au plus tard le {due} : il est en retard (R5.5).',
    ar: 'كان يجب تقاسم المحضر في أجل أقصاه {due}: هناك تأخر (R5.5).',
    en: 'The minutes were due by {due}: they are late (R5.5).',
  },
  'reminder.amendment-window-closing.title': {
    fr: 'Dernier jour pour amender',
    ar: 'آخر يوم للتعديل',
    en: 'Last day to amend',
  },
  'reminder.amendment-window-closing.body': {
    fr: 'Vous pouvez amender le compte rendu jusqu’au {due} inclus (R5.5).',
    ar: 'يمكنكم تعديل المحضر إلى غاية {due} (R5.5).',
    en: 'You may amend the minutes until {due} inclusive (R5.5).',
  },
  'reminder.publication-ready.title': {
    fr: 'Prêt à publier',
    ar: 'جاهز للنشر',
    en: 'Ready to publish',
  },
  'reminder.publication-ready.body': {
    fr: 'La période d’amendement est terminée ({due}) : l’ordre du jour, le compte rendu et la liste des participants peuvent être publiés sur le portail national (R5.6).',
    ar: 'انتهت فترة التعديل ({due}): يمكن نشر جدول الأعمال والمحضر ولائحة المشاركين على البوابة الوطنية (R5.6).',
    en: 'The amendment window is over ({due}): the agenda, minutes and participant list can be published on the national portal (R5.6).',
  },
  'reminder.semester-uncovered.title': {
    fr: 'Aucune réunion ce semestre',
    ar: 'لا اجتماع في هذا النصف من السنة',
    en: 'No meeting this semester',
  },
  'reminder.semester-uncovered.body': {
    fr: 'Aucune réunion n’est tenue ni prévue pour le semestre qui se termine le {due} : le comité se réunit au moins une fois par semestre (R5.1).',
    ar: 'لم يعقد ولم يبرمج أي اجتماع خلال النصف الذي ينتهي في {due}: تجتمع اللجنة مرة واحدة على الأقل كل ستة أشهر (R5.1).',
    en: 'No meeting is held or scheduled in the semester ending on {due}: the committee meets at least once a semester (R5.1).',
  },
  'reminder.semester-ending.title': {
    fr: 'Semestre bientôt fini sans réunion',
    ar: 'نصف السنة يقترب من نهايته دون اجتماع',
    en: 'Semester ending without a meeting',
  },
  'reminder.semester-ending.body': {
    fr: 'Le semestre se termine le {due} et aucune réunion n’est tenue ni prévue (R5.1).',
    ar: 'ينتهي نصف السنة في {due} ولم يعقد ولم يبرمج أي اجتماع (R5.1).',
    en: 'The semester ends on {due} and no meeting is held or scheduled (R5.1).',
  },
  'reminder.meeting': {
    fr: 'Réunion : {title}, {when}',
    ar: 'الاجتماع: {title}، {when}',
    en: 'Meeting: {title}, {when}',
  },

  // Refusals and confirmations shown on the card itself.
  'refused.rule': {
    fr: 'Refusé ({rule}) : {message}',
    ar: 'مرفوض ({rule}): {message}',
    en: 'Refused ({rule}): {message}',
  },
  // Why an action is not offered, said before anyone tries it (the view's `cannot`).
  'unavailable.rule': {
    fr: 'Pas possible pour l’instant ({rule}) : {message}',
    ar: 'غير ممكن حاليا ({rule}): {message}',
    en: 'Not possible for now ({rule}): {message}',
  },
  'refused.already': {
    fr: 'Déjà reçu : rien n’a été envoyé une deuxième fois.',
    ar: 'تم التوصل به من قبل: لم يرسل أي شيء مرة ثانية.',
    en: 'Already received: nothing was sent a second time.',
  },
} as const satisfies Record<string, Localized>;
