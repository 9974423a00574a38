import type { Localized } from '../core/i18n/localized.js';

/**
 * The texts of the decisions workflow's cards — double-majority votes (R5.7, R13.2),
 * communications (R10) and manual revisions (R13) — as ICU MessageFormat in French (default),
 * Arabic and English. Apostrophes are typographic (’): a straight one is an ICU escape. Dates
 * arrive already written out in the card's language (`{when}`, `{day}`…). The wording follows
 * the tab's (tabs/src/i18n), so a member reads the same sentence in both.
 */
export const DECISION_MESSAGES = {
  // The vote card (R13.2).
  'vote.title': {
    fr: 'Vote du comité à double majorité (R13.2)',
    ar: 'تصويت اللجنة بالأغلبية المزدوجة (R13.2)',
    en: 'Committee vote by double majority (R13.2)',
  },
  'vote.motion': { fr: 'Motion soumise au vote', ar: 'المقترح المعروض على التصويت', en: 'Motion' },
  'vote.fact.closesAt': { fr: 'Clôture', ar: 'الإغلاق', en: 'Closes' },
  'vote.fact.closedAt': { fr: 'Clos le', ar: 'أُغلق في', en: 'Closed on' },
  'vote.fact.openedBy': { fr: 'Ouvert par', ar: 'فتحه', en: 'Opened by' },
  'vote.openedBy': { fr: '{name}, le {when}', ar: '{name}، في {when}', en: '{name}, on {when}' },
  'vote.window.open': {
    fr: 'Vous pouvez voter, et changer votre bulletin, jusqu’au {when}.',
    ar: 'يمكنكم التصويت، وتغيير ورقتكم، إلى غاية {when}.',
    en: 'You may vote, and change your ballot, until {when}.',
  },
  'vote.window.openOthers': {
    fr: 'Les membres votent jusqu’au {when} ; chacun voit ici son propre bulletin.',
    ar: 'يصوت الأعضاء إلى غاية {when}؛ ويرى كل عضو هنا ورقته الخاصة.',
    en: 'Members vote until {when}; each one sees their own ballot here.',
  },
  'vote.window.closing': {
    fr: 'Le vote a pris fin le {when} : le résultat sera publié dans un instant.',
    ar: 'انتهى التصويت في {when}: ستُنشر النتيجة بعد لحظات.',
    en: 'Voting ended on {when}: the result will be published in a moment.',
  },
  'vote.window.closed': {
    fr: 'Vote clos le {when} : aucun bulletin n’est plus reçu.',
    ar: 'أُغلق التصويت في {when}: لم تعد تُقبل أي ورقة تصويت.',
    en: 'Vote closed on {when}: no ballot is received any more.',
  },
  // `threshold` is `more` (policy "more than half") or `half` (policy "at least half").
  'vote.policy': {
    fr: 'Double majorité (R13.2), règle {threshold, select, more {« plus de la moitié » : adoptée si les « oui » dépassent la moitié des sièges actifs de chaque collège} other {« au moins la moitié » : adoptée si les « oui » atteignent au moins la moitié des sièges actifs de chaque collège}}, administration et société civile — comptés sur les sièges, non sur les présents.',
    ar: 'الأغلبية المزدوجة (R13.2)، قاعدة {threshold, select, more {«أكثر من النصف»: يُعتمد إذا تجاوزت أصوات «نعم» نصف المقاعد النشطة في كل هيئة} other {«النصف على الأقل»: يُعتمد إذا بلغت أصوات «نعم» نصف المقاعد النشطة على الأقل في كل هيئة}}، الإدارة والمجتمع المدني — تُحسب على أساس المقاعد لا الحاضرين.',
    en: 'Double majority (R13.2), rule {threshold, select, more {“more than half”: adopted when the yes votes exceed half of the active seats of each college} other {“at least half”: adopted when the yes votes reach at least half of the active seats of each college}}, administration and civil society — counted on seats, not on those present.',
  },
  'vote.oneBallot': {
    fr: 'Un bulletin par siège : celui du titulaire, ou celui du suppléant quand le titulaire ne vote pas.',
    ar: 'ورقة واحدة لكل مقعد: ورقة العضو الرسمي، أو ورقة العضو المناوب إذا لم يصوت العضو الرسمي.',
    en: 'One ballot per seat: the titular’s, or the alternate’s when the titular does not vote.',
  },
  'vote.choice.yes': { fr: 'Oui', ar: 'نعم', en: 'Yes' },
  'vote.choice.no': { fr: 'Non', ar: 'لا', en: 'No' },
  'vote.choice.abstain': { fr: 'Abstention', ar: 'امتناع', en: 'Abstain' },
  'vote.myBallot': {
    fr: 'Votre bulletin : {choice}, le {when}.',
    ar: 'ورقة تصويتكم: {choice}، في {when}.',
    en: 'Your ballot: {choice}, cast on {when}.',
  },
  'vote.noBallot': {
    fr: 'Vous n’avez pas encore voté.',
    ar: 'لم تصوتوا بعد.',
    en: 'You have not voted yet.',
  },
  'vote.noBallot.closed': {
    fr: 'Vous n’avez pas voté.',
    ar: 'لم تصوتوا.',
    en: 'You did not vote.',
  },
  'vote.changeUntilClose': {
    fr: 'Vous pouvez changer votre bulletin jusqu’à la clôture.',
    ar: 'يمكنكم تغيير ورقتكم إلى حين إغلاق التصويت.',
    en: 'You may change your ballot until the vote closes.',
  },
  'vote.note.counted': {
    fr: 'Votre bulletin compte pour votre siège.',
    ar: 'ورقة تصويتكم هي التي تُحتسب لمقعدكم.',
    en: 'Your ballot counts for your seat.',
  },
  'vote.note.titular-counts': {
    fr: 'Le bulletin de votre titulaire compte pour votre siège : celui du suppléant ne compte que lorsque le titulaire ne vote pas (R13.2).',
    ar: 'ورقة العضو الرسمي هي التي تُحتسب لمقعدكم: لا تُحتسب ورقة العضو المناوب إلا إذا لم يصوت العضو الرسمي (R13.2).',
    en: 'Your titular’s ballot counts for your seat: the alternate’s counts only when the titular does not vote (R13.2).',
  },
  'vote.note.alternate-counts': {
    fr: 'Le bulletin de votre suppléant(e) compte pour votre siège tant que vous ne votez pas : le vôtre le remplacerait (R13.2).',
    ar: 'ورقة العضو المناوب هي التي تُحتسب لمقعدكم ما دمتم لم تصوتوا: ورقتكم ستحل محلها (R13.2).',
    en: 'Your alternate’s ballot counts for your seat as long as you do not vote: yours would replace it (R13.2).',
  },
  'vote.cannotVote': {
    fr: 'Vous ne pouvez pas voter',
    ar: 'لا يمكنكم التصويت',
    en: 'You cannot vote',
  },
  'vote.notInVote': {
    fr: 'Règle R13.2 : votre siège n’était pas actif à l’ouverture de ce vote ; il ne vote pas.',
    ar: 'القاعدة R13.2: لم يكن مقعدكم نشطا عند فتح هذا التصويت؛ فهو لا يصوت فيه.',
    en: 'Rule R13.2: your seat was not active when this vote opened; it does not vote in it.',
  },
  'vote.choose': { fr: 'Votre choix', ar: 'اختياركم', en: 'Your choice' },
  'vote.cast.done': {
    fr: 'Bulletin enregistré : {choice}.',
    ar: 'سُجلت ورقة التصويت: {choice}.',
    en: 'Ballot recorded: {choice}.',
  },
  'vote.tally.live': {
    fr: 'Décompte en direct (présidence et secrétariat, jusqu’à la clôture)',
    ar: 'الفرز المباشر (للرئاسة والكتابة، إلى حين الإغلاق)',
    en: 'Live tally (chair and secretariat, until the vote closes)',
  },
  'vote.tallyHidden': {
    fr: 'Le décompte est publié à la clôture du vote.',
    ar: 'يُنشر الفرز عند إغلاق التصويت.',
    en: 'The tally is published when the vote closes.',
  },
  'vote.result': { fr: 'Résultat par collège', ar: 'النتيجة حسب الهيئة', en: 'Result per college' },
  'vote.fact.voted': { fr: 'Ont voté', ar: 'صوّتت', en: 'Voted' },
  'vote.votedOf': {
    fr: '{voted} sur {seats, plural, =0 {aucun siège} one {# siège} other {# sièges}}',
    ar: '{voted} من أصل {seats, plural, zero {لا مقاعد} one {مقعد واحد} two {مقعدين} few {# مقاعد} many {# مقعدًا} other {# مقعد}}',
    en: '{voted} of {seats, plural, =0 {no seats} one {# seat} other {# seats}}',
  },
  'vote.fact.needed': { fr: 'Oui nécessaires', ar: '«نعم» المطلوبة', en: 'Yes needed' },
  'vote.college.reached': {
    fr: '{college} : majorité atteinte',
    ar: '{college}: بلغت الأغلبية',
    en: '{college}: majority reached',
  },
  'vote.college.notReached': {
    fr: '{college} : majorité non atteinte',
    ar: '{college}: لم تبلغ الأغلبية',
    en: '{college}: majority not reached',
  },
  'vote.adoptedSoFar': {
    fr: 'À ce stade, la double majorité est atteinte.',
    ar: 'في هذه المرحلة، الأغلبية المزدوجة متحققة.',
    en: 'At this stage, the double majority is reached.',
  },
  'vote.notAdoptedSoFar': {
    fr: 'À ce stade, la double majorité n’est pas atteinte.',
    ar: 'في هذه المرحلة، الأغلبية المزدوجة غير متحققة.',
    en: 'At this stage, the double majority is not reached.',
  },
  'vote.adopted': {
    fr: 'Adoptée à la double majorité',
    ar: 'معتمد بالأغلبية المزدوجة',
    en: 'Adopted by double majority',
  },
  'vote.rejected': {
    fr: 'Rejetée : double majorité non atteinte',
    ar: 'مرفوض: لم تتحقق الأغلبية المزدوجة',
    en: 'Rejected: double majority not reached',
  },
  'action.vote.close': {
    fr: 'Clore le vote maintenant',
    ar: 'إغلاق التصويت الآن',
    en: 'Close the vote now',
  },
  'vote.closeBody': {
    fr: 'Le résultat par collège est calculé et publié ; aucun bulletin n’est plus reçu ensuite.',
    ar: 'تُحتسب النتيجة حسب الهيئة وتُنشر؛ ولا تُقبل بعد ذلك أي ورقة تصويت.',
    en: 'The result per college is computed and published; no ballot is received after that.',
  },
  'action.vote.closeConfirm': { fr: 'Clore le vote', ar: 'إغلاق التصويت', en: 'Close the vote' },
  'vote.closedMessage': {
    fr: 'Vote clos : le résultat est publié.',
    ar: 'أُغلق التصويت: نُشرت النتيجة.',
    en: 'Vote closed: the result is published.',
  },

  // The result, posted when the vote closes.
  'voteClosed.title': {
    fr: 'Résultat du vote (R13.2)',
    ar: 'نتيجة التصويت (R13.2)',
    en: 'Vote result (R13.2)',
  },
  'voteClosed.body': {
    fr: 'Vote ouvert le {opened}, clos le {closed}.',
    ar: 'فُتح التصويت في {opened} وأُغلق في {closed}.',
    en: 'Vote opened on {opened}, closed on {closed}.',
  },

  // Communications in the committee's name (R10).
  'communication.title': {
    fr: 'Communication à valider au nom du comité (R10.1)',
    ar: 'تواصل باسم اللجنة في انتظار المصادقة (R10.1)',
    en: 'Communication to validate in the committee’s name (R10.1)',
  },
  'communication.intro': {
    fr: '{name} soumet cette communication à la validation du comité :',
    ar: 'يعرض {name} هذا التواصل على مصادقة اللجنة:',
    en: '{name} submits this communication for the committee’s validation:',
  },
  'communication.fact.channel': { fr: 'Canal', ar: 'القناة', en: 'Channel' },
  'communication.fact.planned': {
    fr: 'Diffusion prévue',
    ar: 'النشر المقرر',
    en: 'Planned release',
  },
  'communication.fact.status': { fr: 'État', ar: 'الحالة', en: 'Status' },
  'communication.fact.objections': { fr: 'Objections', ar: 'الاعتراضات', en: 'Objections' },
  'communication.channel.portal': {
    fr: 'Portail national (canal officiel)',
    ar: 'البوابة الوطنية (القناة الرسمية)',
    en: 'National portal (official channel)',
  },
  'communication.channel.ministry_social': {
    fr: 'Réseaux sociaux du ministère',
    ar: 'شبكات التواصل الاجتماعي للوزارة',
    en: 'Ministry’s social media',
  },
  'communication.channel.member_social': {
    fr: 'Réseaux sociaux d’un membre',
    ar: 'شبكات التواصل الاجتماعي لأحد الأعضاء',
    en: 'A member’s social media',
  },
  'communication.channel.press': { fr: 'Presse', ar: 'الصحافة', en: 'Press' },
  'communication.channel.other': { fr: 'Autre', ar: 'أخرى', en: 'Other' },
  'communication.status.submitted': {
    fr: 'En attente d’objections',
    ar: 'في انتظار الاعتراضات',
    en: 'Awaiting objections',
  },
  'communication.status.objected': {
    fr: 'Objection reçue — vote nécessaire',
    ar: 'تم الاعتراض — التصويت ضروري',
    en: 'Objection raised — vote needed',
  },
  'communication.status.vote_open': { fr: 'Vote ouvert', ar: 'التصويت مفتوح', en: 'Vote open' },
  'communication.status.validated': { fr: 'Validée', ar: 'مصادق عليه', en: 'Validated' },
  'communication.status.rejected': { fr: 'Rejetée', ar: 'مرفوض', en: 'Rejected' },
  'communication.status.published': { fr: 'Publiée', ar: 'منشور', en: 'Published' },
  'communication.status.withdrawn': { fr: 'Retirée', ar: 'مسحوب', en: 'Withdrawn' },
  'communication.visual': {
    fr: 'Un visuel est joint : il est dans l’onglet du comité.',
    ar: 'أُرفق مرئي: تجدونه في تبويب اللجنة.',
    en: 'A visual is attached: it is in the committee tab.',
  },
  'communication.window.open': {
    fr: 'Sans objection d’un membre jusqu’au {day} inclus, elle est validée (R10.1) ; une objection la soumet au vote du comité.',
    ar: 'إذا لم يعترض أي عضو إلى غاية {day}، يُصادق عليه (R10.1)؛ ويحيل أي اعتراض التواصل على تصويت اللجنة.',
    en: 'Without an objection from a member until {day} inclusive, it is validated (R10.1); an objection puts it to a committee vote.',
  },
  'communication.window.closed': {
    fr: 'Délai d’objection terminé le {day} (R10.1).',
    ar: 'انتهت مهلة الاعتراض في {day} (R10.1).',
    en: 'Objection window ended on {day} (R10.1).',
  },
  'communication.hashtag': {
    fr: 'Mot-dièse à inclure dans les communications numériques : {hashtag} (R10.2).',
    ar: 'الوسم الواجب إدراجه في التواصل الرقمي: {hashtag} (R10.2).',
    en: 'Hashtag to include in digital communications: {hashtag} (R10.2).',
  },
  'communication.objections': {
    fr: '{count, plural, =0 {aucune objection} one {# objection} other {# objections}}',
    ar: '{count, plural, zero {لا اعتراضات} one {اعتراض واحد} two {اعتراضان} few {# اعتراضات} many {# اعتراضًا} other {# اعتراض}}',
    en: '{count, plural, =0 {no objections} one {# objection} other {# objections}}',
  },
  'communication.objectionBy': {
    fr: '{name}, le {when} : « {reason} »',
    ar: '{name}، في {when}: «{reason}»',
    en: '{name}, on {when}: “{reason}”',
  },
  'communication.yourObjection': {
    fr: 'Vous avez fait objection le {when} : « {reason} »',
    ar: 'اعترضتم في {when}: «{reason}»',
    en: 'You objected on {when}: “{reason}”',
  },
  'communication.objectReason': {
    fr: 'Motif de votre objection',
    ar: 'سبب اعتراضكم',
    en: 'Reason for your objection',
  },
  'communication.objectReason.required': {
    fr: 'Écrivez le motif de votre objection.',
    ar: 'اكتبوا سبب اعتراضكم.',
    en: 'Write the reason for your objection.',
  },
  'communication.objectHint': {
    fr: 'Une objection envoie la communication au vote du comité (R10.1).',
    ar: 'يحيل الاعتراض التواصل على تصويت اللجنة (R10.1).',
    en: 'An objection sends the communication to a committee vote (R10.1).',
  },
  'action.communication.object': {
    fr: 'Envoyer l’objection',
    ar: 'إرسال الاعتراض',
    en: 'Send the objection',
  },
  'communication.objected': {
    fr: 'Objection enregistrée : la communication devra être soumise au vote.',
    ar: 'سُجل الاعتراض: يجب عرض التواصل على التصويت.',
    en: 'Objection recorded: the communication must be put to a vote.',
  },

  // Manual revision requests (R13).
  'revision.title': {
    fr: 'Demande de révision du manuel (R13)',
    ar: 'طلب مراجعة الدليل (R13)',
    en: 'Request to revise the manual (R13)',
  },
  'revision.intro': {
    fr: '{name} demande une révision du manuel et recueille des soutiens :',
    ar: 'يطلب {name} مراجعة الدليل ويجمع الدعم:',
    en: '{name} requests a revision of the manual and is gathering support:',
  },
  'revision.createdAt': {
    fr: 'Demandée le {when}',
    ar: 'قُدم الطلب في {when}',
    en: 'Requested on {when}',
  },
  'revision.fact.support': {
    fr: 'Soutiens (R13.1)',
    ar: 'الدعم (R13.1)',
    en: 'Support (R13.1)',
  },
  'revision.support': {
    fr: '{seats, plural, =0 {aucun siège} one {# siège} other {# sièges}} sur {needed, plural, one {# nécessaire} other {# nécessaires}}',
    ar: '{seats, plural, zero {لا مقاعد} one {مقعد واحد} two {مقعدان} few {# مقاعد} many {# مقعدًا} other {# مقعد}} من أصل {needed, plural, zero {لا شيء مطلوب} one {مقعد واحد مطلوب} two {مقعدين مطلوبين} few {# مقاعد مطلوبة} many {# مقعدًا مطلوبًا} other {# مقعد مطلوب}}',
    en: '{seats, plural, =0 {no seats} one {# seat} other {# seats}} of {needed, plural, one {# needed} other {# needed}}',
  },
  'revision.fact.window': {
    fr: 'Dépôt possible',
    ar: 'فترة التقديم',
    en: 'Filing period',
  },
  'revision.window': {
    fr: 'du {start} au {end}',
    ar: 'من {start} إلى {end}',
    en: 'from {start} to {end}',
  },
  'revision.fact.status': { fr: 'État', ar: 'الحالة', en: 'Status' },
  'revision.rule': {
    fr: 'Une demande de révision doit être soutenue par au moins un tiers des sièges actifs du comité (deux personnes d’un même siège comptent pour un) et déposée pendant le dernier trimestre de la dernière année du plan d’action national (R13.1).',
    ar: 'يجب أن يدعم طلب المراجعة ثلث المقاعد النشطة في اللجنة على الأقل (ويُحتسب شخصان من المقعد نفسه دعما واحدا)، وأن يُقدم خلال الربع الأخير من السنة الأخيرة لخطة العمل الوطنية (R13.1).',
    en: 'A revision request needs the support of at least a third of the committee’s active seats (two people of one seat count as one) and is filed during the last quarter of the national action plan’s final year (R13.1).',
  },
  'revision.supporters': {
    fr: 'Soutenue par {names}.',
    ar: 'يدعمه {names}.',
    en: 'Supported by {names}.',
  },
  'revision.yours': {
    fr: 'Vous soutenez cette demande.',
    ar: 'أنتم تدعمون هذا الطلب.',
    en: 'You support this request.',
  },
  'revision.othersSupport': {
    fr: 'Les membres du comité peuvent la soutenir tant qu’elle recueille des soutiens.',
    ar: 'يمكن لأعضاء اللجنة دعمه ما دام في مرحلة جمع الدعم.',
    en: 'Committee members may support it while it is gathering support.',
  },
  'revision.status.collecting_support': {
    fr: 'Recueil des soutiens',
    ar: 'جمع الدعم',
    en: 'Collecting support',
  },
  'revision.status.filed': { fr: 'Déposée', ar: 'مقدم', en: 'Filed' },
  'revision.status.scheduled': {
    fr: 'À l’ordre du jour',
    ar: 'مدرج في جدول الأعمال',
    en: 'On the agenda',
  },
  'revision.status.vote_open': { fr: 'Vote ouvert', ar: 'التصويت مفتوح', en: 'Vote open' },
  'revision.status.adopted': { fr: 'Adoptée', ar: 'معتمد', en: 'Adopted' },
  'revision.status.rejected': { fr: 'Rejetée', ar: 'مرفوض', en: 'Rejected' },
  'revision.status.withdrawn': { fr: 'Retirée', ar: 'مسحوب', en: 'Withdrawn' },
  'action.revision.support': {
    fr: 'Soutenir la demande',
    ar: 'دعم الطلب',
    en: 'Support the request',
  },
  'revision.supported': {
    fr: 'Soutien enregistré.',
    ar: 'سُجل الدعم.',
    en: 'Support recorded.',
  },
} as const satisfies Record<string, Localized>;
