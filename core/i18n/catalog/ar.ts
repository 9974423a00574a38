import type { Catalog } from './fr.js';

/**
 * The app's messages in Arabic (right to left), with the six CLDR plural forms and Arabic
 * punctuation (، ؛ ؟). Same keys as the French catalog.
 */
export const ar: Catalog = {
  'app.name': 'لجنة القيادة لشراكة الحكومة المنفتحة – المغرب',
  'app.loading': 'جارٍ التحميل…',
  'app.error': 'تعذر التحميل.',
  'app.retry': 'إعادة المحاولة',
  'app.example': 'لجنة نموذجية — بيانات وهمية',
  'app.exampleDetail': 'هذه المنظمات والأشخاص مختلَقون لعرض التطبيق؛ استبدلوهم بالسجل الحقيقي.',

  'nav.label': 'أقسام اللجنة',
  'nav.dashboard': 'لوحة القيادة',
  'nav.meetings': 'الاجتماعات',
  'nav.members': 'الأعضاء',

  'header.signOut': 'تسجيل الخروج',
  'header.language': 'اللغة',
  'header.languageCurrent': 'اللغة: {language}',
  'header.languageFollowTeams': 'لغة Teams',
  'header.signedIn': 'متصل: {name}',

  'role.secretariat': 'الكتابة',
  'role.chair': 'الرئاسة',
  'role.titular': 'عضو رسمي',
  'role.alternate': 'عضو مناوب',
  'role.scorer': 'لجنة الانتقاء',
  'role.observer': 'ملاحظ',
  'role.external': 'مشارك خارجي',
  'role.none': 'لا دور في اللجنة',

  'signIn.title': 'تسجيل الدخول',
  'signIn.intro': 'تثبيت محلي دون Microsoft 365: اختاروا الشخص الذي تتصرفون باسمه.',
  'signIn.group.staff': 'الكتابة والرئاسة',
  'signIn.group.administration': 'الإدارة العمومية',
  'signIn.group.civil_society': 'المجتمع المدني',
  'signIn.group.other': 'أشخاص آخرون',
  'signIn.example': 'نموذج',
  'signIn.failed': 'تعذر تسجيل الدخول. حاولوا مجددا.',
  'signIn.expired': 'انتهت جلستكم: سجلوا الدخول من جديد.',
  'signIn.empty': 'لا يضم السجل أي شخص بعد.',
  'signIn.teamsTitle': 'افتحوا هذا التطبيق في Microsoft Teams',
  'signIn.teamsBody':
    'يستعمل هذا التثبيت تسجيل الدخول عبر Microsoft 365 الخاص بالوزارة. افتحوا لجنة القيادة من Microsoft Teams.',
  'signIn.teamsFailed':
    'لم يتمكن Microsoft Teams من تقديم رمز الدخول. أغلقوا علامة التبويب ثم أعيدوا فتحها.',

  'college.administration': 'الإدارة العمومية',
  'college.civil_society': 'المجتمع المدني',

  'count.seats':
    '{count, plural, zero {لا مقاعد} one {مقعد واحد} two {مقعدان} few {# مقاعد} many {# مقعدًا} other {# مقعد}}',
  'count.members':
    '{count, plural, zero {لا أعضاء} one {عضو واحد} two {عضوان} few {# أعضاء} many {# عضوًا} other {# عضو}}',
  'count.findings':
    '{count, plural, zero {لا ملاحظات} one {ملاحظة واحدة} two {ملاحظتان} few {# ملاحظات} many {# ملاحظة} other {# ملاحظة}}',
  'count.candidates':
    '{count, plural, zero {لا حالات إنهاء للدراسة} one {حالة إنهاء واحدة للدراسة} two {حالتا إنهاء للدراسة} few {# حالات إنهاء للدراسة} many {# حالة إنهاء للدراسة} other {# حالة إنهاء للدراسة}}',

  'parity.title': 'التكافؤ بين الهيئتين',
  'parity.balanced': 'التكافؤ محترم',
  'parity.unbalanced': 'التكافؤ مختل',
  'parity.college': '{college}: {seats}',
  'parity.explainBalanced': 'للهيئتين العدد نفسه من المقاعد النشطة، كما تقتضي القاعدة R3.2.',

  'members.title': 'أعضاء اللجنة',
  'members.intro': 'المقاعد النشطة للهيئتين، لكل منها عضو رسمي وعضو مناوب.',
  'members.add': 'إضافة مقعد',
  'members.readOnly': 'اطلاع فقط: لا تعدل سجل الأعضاء إلا الكتابة.',
  'members.emptyCollege': 'لا مقاعد نشطة في هذه الهيئة.',
  'members.saved': 'سُجل التعديل.',
  'members.warnings': 'سُجل التعديل مع تنبيه:',

  'seat.titular': 'العضو الرسمي',
  'seat.alternate': 'العضو المناوب',
  'seat.vacant': 'غير معين',
  'seat.guest': 'ضيف',
  'seat.region': 'الجهة: {region}',
  'seat.mandate': 'الولاية: {range}',
  'seat.term':
    '{term, plural, zero {الولاية رقم #} one {الولاية الأولى} two {الولاية الثانية — ولايتان متتاليتان} few {الولاية رقم # — # ولايات متتالية} many {الولاية رقم # — # ولاية متتالية} other {الولاية رقم # — # ولاية متتالية}}',
  'seat.letter': 'رسالة التعيين',
  'seat.letterOpen': 'فتح رسالة التعيين ({name})',
  'seat.letterMissing': 'لم تسجل أي رسالة تعيين',
  'seat.draft': 'مسودة',
  'seat.actions': 'إجراءات خاصة بـ {organisation}',
  'seat.replaceTitular': 'تغيير العضو الرسمي',
  'seat.replaceAlternate': 'تغيير العضو المناوب',
  'seat.recordLetter': 'تسجيل رسالة التعيين',
  'seat.proposeCessation': 'اقتراح إنهاء العضوية',
  'seat.confirmCessation': 'تأكيد إنهاء العضوية',
  'seat.dismissCessation': 'استبعاد الاقتراح',
  'seat.cessationProposed': 'اقتُرح إنهاء العضوية في {date} — {cause}',
  'seat.findings': 'ملاحظات',

  'cause.dissolved': 'حل المنظمة',
  'cause.withdrawn': 'انسحاب المنظمة بمراسلة رسمية',
  'cause.mandate-expired': 'انتهاء الولاية',
  'cause.absences': 'الغياب دون مبرر عن ثلاثة اجتماعات',

  'candidates.title': 'حالات إنهاء العضوية للدراسة (R12.2)',
  'candidates.intro': 'يرصد النظام هذه الحالات؛ وتقترح الكتابة إنهاء العضوية ثم تؤكده.',
  'candidates.absences':
    'غياب دون مبرر: {count, plural, zero {لا اجتماعات} one {اجتماع واحد} two {اجتماعان} few {# اجتماعات} many {# اجتماعًا} other {# اجتماع}}',
  'candidates.expired': 'انتهت الولاية في {date}',
  'candidates.propose': 'اقتراح إنهاء عضوية {organisation}',

  'ceased.title': 'سجل المقاعد المنتهية',
  'ceased.empty': 'لم ينته أي مقعد.',
  'ceased.organisation': 'المنظمة',
  'ceased.people': 'العضو الرسمي والمناوب',
  'ceased.mandate': 'الولاية',
  'ceased.ended': 'الانتهاء',
  'ceased.cause': 'السبب',
  'ceased.letter': 'المراسلة',
  'ceased.noLetter': 'لا يوجد',

  'form.cancel': 'إلغاء',
  'form.close': 'إغلاق',
  'form.saving': 'جارٍ التسجيل…',
  'form.choose': 'اختيار…',
  'form.existing': 'من السجل',
  'form.new': 'إدخال جديد',
  'form.required': 'إلزامي',
  'form.file': 'ملف (PDF أو PNG أو JPEG أو DOCX أو ODT)',
  'form.fileKept': 'أودع مسبقا: {name}',
  'form.note': 'ملاحظة (اختياري)',

  // Date and time fields (Fluent DatePicker and TimePicker): day first, 24-hour, Morocco time.
  'dateField.placeholder': 'يوم/شهر/سنة',
  'dateField.invalid':
    'تاريخ غير مفهوم: اكتبه باليوم أولا، يوم/شهر/سنة (مثلا 18/03/2027)، أو اختره من التقويم.',
  'timeField.hint': 'بتوقيت المغرب، بنظام 24 ساعة',
  'timeField.placeholder': 'ساعة:دقيقة',
  'timeField.invalid':
    'ساعة غير مفهومة: اكتبها بنظام 24 ساعة، ساعة:دقيقة (مثلا 14:30)، أو اخترها من القائمة.',
  'timeField.openList': 'عرض قائمة الساعات',
  'calendar.open': 'فتح التقويم',
  'calendar.label': 'التقويم',
  'calendar.goToToday': 'الانتقال إلى اليوم',
  'calendar.previousMonth': 'الشهر السابق',
  'calendar.nextMonth': 'الشهر التالي',
  'calendar.previousYear': 'السنة السابقة',
  'calendar.nextYear': 'السنة التالية',
  'calendar.previousYears': 'السنوات السابقة',
  'calendar.nextYears': 'السنوات التالية',
  'calendar.close': 'إغلاق التقويم',
  'calendar.selected': 'التاريخ المختار: {date}',
  'calendar.today': 'اليوم: {date}',
  'calendar.chooseMonth': '{month}، اختيار الشهر',
  'calendar.chooseYear': '{year}، اختيار السنة',
  'calendar.month':
    '{month, select, january {يناير} february {فبراير} march {مارس} april {أبريل} may {ماي} june {يونيو} july {يوليوز} august {غشت} september {شتنبر} october {أكتوبر} november {نونبر} december {دجنبر} other {}}',
  'calendar.day':
    '{day, select, sunday {الأحد} monday {الاثنين} tuesday {الثلاثاء} wednesday {الأربعاء} thursday {الخميس} friday {الجمعة} saturday {السبت} other {}}',
  'calendar.dayShort':
    '{day, select, sunday {ح} monday {ن} tuesday {ث} wednesday {ر} thursday {خ} friday {ج} saturday {س} other {}}',

  'addSeat.title': 'إضافة مقعد',
  'addSeat.college': 'الهيئة',
  'addSeat.organisation': 'المنظمة',
  'addSeat.organisationPick': 'منظمة من السجل',
  'addSeat.orgName': 'اسم المنظمة',
  'addSeat.orgAcronym': 'الاختصار (اختياري)',
  'addSeat.orgRegion': 'الجهة (اختياري)',
  'addSeat.titular': 'العضو الرسمي',
  'addSeat.alternate': 'العضو المناوب',
  'addSeat.personPick': 'شخص من السجل',
  'addSeat.personName': 'الاسم الكامل',
  'addSeat.personEmail': 'البريد الإلكتروني',
  'addSeat.personGuest': 'ضيف خارجي (حساب B2B)',
  'addSeat.personInvite':
    'دعوته كضيف في Microsoft 365 إن لم يكن له حساب ضيف بعد (تُرسل إليه رسالة دعوة)',
  'addSeat.directorySearch': 'البحث في الدليل',
  'addSeat.directoryFailed': 'فشل البحث في الدليل: أعيدوا المحاولة.',
  'addSeat.directoryRegistered': 'مسجل بالفعل: {name}. اختاروه من القائمة.',
  'addSeat.directoryFoundMember': 'وُجد في دليل الوزارة: {name} ({email}).',
  'addSeat.directoryFoundGuest': 'وُجد حساب ضيف: {name} ({email}).',
  'addSeat.directoryLocal': 'الوضع المحلي: سيُنشأ حساب محلي جديد عند التسجيل.',
  'addSeat.directoryNotFound': 'لا يوجد حساب في دليل الوزارة بهذا العنوان (UPN أو البريد).',
  'addSeat.directoryNoGuest': 'لا يوجد حساب ضيف بعد: اختاروا «دعوته كضيف» لدعوته.',
  'addSeat.mandateStart': 'بداية الولاية',
  'addSeat.mandateEnd': 'نهاية الولاية',
  'addSeat.mandateHint': 'افتراضيا، سنتا خطة العمل الجارية.',
  'addSeat.letter': 'رسالة التعيين (القاعدة R4.1)',
  'addSeat.submit': 'إضافة المقعد',

  'replace.titleTitular': 'تغيير العضو الرسمي — {organisation}',
  'replace.titleAlternate': 'تغيير العضو المناوب — {organisation}',
  'replace.current': 'حاليا: {name}',
  'replace.submit': 'تغيير',

  'letter.title': 'رسالة التعيين — {organisation}',
  'letter.submit': 'تسجيل الرسالة',

  'cessation.proposeTitle': 'اقتراح إنهاء العضوية — {organisation}',
  'cessation.cause': 'السبب (المادة 12)',
  'cessation.letter': 'مراسلة الانسحاب',
  'cessation.proposeSubmit': 'اقتراح',
  'cessation.confirmTitle': 'تأكيد إنهاء العضوية — {organisation}',
  'cessation.confirmBody': 'سيُحرَّر المقعد وينتقل إلى السجل مع سببه: {cause}.',
  'cessation.confirmSubmit': 'تأكيد',
  'cessation.dismissTitle': 'استبعاد الاقتراح — {organisation}',
  'cessation.dismissBody': 'يبقى المقعد نشطا ويُستبعد الاقتراح.',
  'cessation.dismissSubmit': 'استبعاد',

  'seat.pending': 'في انتظار التكافؤ',
  'seat.pendingNote':
    'في الانتظار منذ {date}: لا يُستدعى هذا المقعد ولا يُحتسب في التصويت ما دام التكافؤ لا يسمح بذلك (R3.2).',
  'seat.withdraw': 'سحب هذا المقعد المنتظر',

  'parity.pending':
    '{count, plural, zero {لا مقعد في انتظار التكافؤ} one {مقعد واحد في انتظار التكافؤ} two {مقعدان في انتظار التكافؤ} few {# مقاعد في انتظار التكافؤ} many {# مقعدًا في انتظار التكافؤ} other {# مقعد في انتظار التكافؤ}}',
  'parity.lacking.administration': 'الإدارة',
  'parity.lacking.civil_society': 'المجتمع المدني',
  'parity.finding.seat-pending':
    'سيصبح نشطا عندما يُضاف {missing, plural, zero {لا مقعد} one {مقعد واحد} two {مقعدان} few {# مقاعد} many {# مقعدًا} other {# مقعد}} إلى هيئة {lacking}.',
  'parity.finding.composition-unbalanced':
    'ينقص هيئة {lacking} {missing, plural, zero {لا مقعد نشط} one {مقعد نشط واحد} two {مقعدان نشطان} few {# مقاعد نشطة} many {# مقعدًا نشطًا} other {# مقعد نشط}} لاستعادة التكافؤ.',
  'parity.remedy.designate-administration':
    'المطلوب: تعيين هيئة عمومية لعضوها الأصلي ومناوبه بمراسلة رسمية (R4.1).',
  'parity.remedy.select-civil-society':
    'المطلوب: انتقاء منظمة من المجتمع المدني للتعويض، وفق المراحل المنشورة (R4.6).',

  'members.savedPending': 'سُجل المقعد في انتظار التكافؤ (R3.2):',

  'withdraw.title': 'سحب المقعد المنتظر — {organisation}',
  'withdraw.body': 'لم يكن هذا المقعد نشطا قط: يغادر السجل الحالي، ويبقى تاريخه في سجل التدقيق.',
  'withdraw.submit': 'سحب',

  'problem.rule': 'القاعدة {rule}',
  'problem.invalid': 'بعض المعلومات تحتاج إلى تصحيح.',
  'problem.fieldIssue': '{field}: {message}',
  'problem.conflict': 'عدّل شخص آخر هذا السجل في الأثناء — أعيدوا التحميل ثم حاولوا مجددا.',
  'problem.reload': 'إعادة التحميل',
  'problem.forbidden': 'هذا الإجراء غير مسموح لكم.',
  'problem.network': 'الخادم لا يستجيب. تحققوا من الاتصال ثم حاولوا مجددا.',
  'problem.generic': 'خطأ غير متوقع ({status}).',

  'field.college': 'الهيئة',
  'field.organisation': 'المنظمة',
  'field.titular': 'العضو الرسمي',
  'field.alternate': 'العضو المناوب',
  'field.mandateStart': 'بداية الولاية',
  'field.mandateEnd': 'نهاية الولاية',
  'field.file': 'الملف',
  'field.person': 'الشخص',
  'field.cause': 'السبب',
  'field.note': 'الملاحظة',
  'field.meeting': 'الاجتماع',
  'field.title': 'العنوان',
  'field.start': 'البداية',
  'field.end': 'النهاية',
  'field.location': 'المكان',
  'field.agenda': 'جدول الأعمال',
  'field.externalInvitees': 'المدعوون الخارجيون',
  'field.reason': 'السبب',
  'field.text': 'النص',
  'field.proposedStart': 'الموعد المقترح',
  'field.justification': 'المبرر',
  'field.date': 'التاريخ',
  'field.entries': 'الحضور',

  'dashboard.title': 'لوحة القيادة',
  'dashboard.welcome': 'مرحبا، {name}.',
  'dashboard.roles': 'أدواركم: {roles}',
  'dashboard.composition': 'تركيبة اللجنة',
  'dashboard.people':
    'منها {count, plural, zero {لا أعضاء معينون} one {عضو معين واحد} two {عضوان معينان} few {# أعضاء معينين} many {# عضوًا معينًا} other {# عضو معين}} (رسميون ومناوبون)',
  'dashboard.findings': 'ملاحظات للمعالجة',
  'dashboard.findingsNone': 'لا ملاحظات: كل المقاعد مطابقة للقواعد.',
  'dashboard.findingsSome': '{findings} — انظروا المقاعد المعنية في صفحة الأعضاء.',
  'dashboard.candidates': 'حالات إنهاء العضوية للدراسة',
  'dashboard.candidatesNone': 'لا حالات إنهاء للدراسة.',
  'dashboard.openMembers': 'عرض الأعضاء',
  'dashboard.later': 'قريبا',
  'dashboard.laterIntro': 'تصل هذه الأقسام في نسخة لاحقة:',

  'section.selection': 'انتقاء أعضاء المجتمع المدني',

  'dashboard.due': 'ما هو مطلوب منكم',
  'dashboard.dueNone': 'لا شيء ينتظركم في الوقت الحالي.',

  'count.due':
    '{count, plural, zero {لا إجراءات مطلوبة} one {إجراء واحد مطلوب} two {إجراءان مطلوبان} few {# إجراءات مطلوبة} many {# إجراءً مطلوبًا} other {# إجراء مطلوب}}',

  'due.send-notice': 'إرسال إشعار الاجتماع',
  'due.propose': 'اقتراح نقطة أو موعد آخر (اختياري)',
  'due.answer-proposals': 'الرد على اقتراحات الأعضاء',
  'due.record-attendance': 'تسجيل الحضور',
  'due.share-minutes': 'تقاسم المحضر',
  'due.amend': 'تعديل المحضر (اختياري)',
  'due.answer-amendments': 'الرد على التعديلات',
  'due.publish': 'نشر جدول الأعمال والمحضر ولائحة المشاركين',
  'due.byDay': 'في أجل أقصاه {date}',
  'due.before': 'قبل {date}',

  'dashboard.upcoming': 'الاجتماعات المقبلة',
  'dashboard.upcomingNone': 'لا اجتماعات مقبلة.',
  'dashboard.openMeetings': 'عرض جميع الاجتماعات',
  'dashboard.semester': 'اجتماع نصف السنة (R5.1)',
  'dashboard.semesterLabel':
    '{half, select, first {النصف الأول} other {النصف الثاني}} من سنة {year}',
  'dashboard.covered': 'نصف السنة مغطى',
  'dashboard.uncovered': 'لا اجتماع مبرمج',
  'dashboard.daysRemaining':
    '{count, plural, zero {آخر يوم في نصف السنة} one {يبقى يوم واحد} two {يبقى يومان} few {تبقى # أيام} many {يبقى # يومًا} other {يبقى # يوم}}',
  'dashboard.flagged': 'اجتماعات تستدعي الانتباه',
  'dashboard.flaggedNone': 'لا يوجد اجتماع يستدعي الانتباه.',
  'dashboard.undelivered':
    '{count, plural, zero {لا إشعارات غير مسلمة.} one {تعذر تسليم إشعار واحد.} two {تعذر تسليم إشعارين.} few {تعذر تسليم # إشعارات.} many {تعذر تسليم # إشعارًا.} other {تعذر تسليم # إشعار.}}',
  'dashboard.undeliveredNone': 'سُلمت جميع الإشعارات.',

  'holidays.title': 'العطل الرسمية {year}',
  'holidays.intro':
    'تُحتسب في الآجال المحددة بأيام العمل (R5.5). التواريخ الهجرية تقديرية إلى حين الإعلان الرسمي: أكدوها لإعادة احتساب كل أجل جارٍ.',
  'holidays.toConfirm': 'تقديري، في انتظار التأكيد',
  'holidays.estimatedPast': 'تقديري (مضى)',
  'holidays.confirmed': 'مؤكد',
  'holidays.confirm': 'تأكيد التاريخ',
  'holidays.confirmFor': 'تأكيد التاريخ الرسمي — {name}',
  'holidays.confirmTitle': 'التاريخ الرسمي — {name}',
  'holidays.confirmBody':
    'أدخلوا اليوم الأول كما أُعلن رسميا (رؤية الهلال). ستُعاد احتساب جميع الآجال الجارية.',
  'holidays.officialDate': 'اليوم الأول الرسمي',
  'holidays.officialDateHint': 'فارق بضعة أيام على الأكثر عن التقدير.',
  'holidays.source': 'المصدر (اختياري)',
  'holidays.confirmSubmit': 'تأكيد',
  'holidays.confirmedMessage': '{name}: تم تأكيد التاريخ في {date}. أُعيد احتساب الآجال.',

  'meetings.title': 'اجتماعات اللجنة',
  'meetings.intro':
    'اجتماع واحد على الأقل في كل نصف سنة؛ الإشعار قبل 10 أيام؛ 3 أيام للاقتراح؛ المحضر في أجل 3 أيام عمل، ويوما عمل لتعديله، ثم النشر (المادة 5).',
  'meetings.schedule': 'برمجة اجتماع',
  'meetings.upcoming': 'المقبلة',
  'meetings.past': 'السابقة',
  'meetings.noneUpcoming': 'لا اجتماعات مقبلة.',
  'meetings.nonePast': 'لا اجتماعات سابقة.',
  'meetings.feed': 'الاشتراك في التقويم',
  'meetings.feedUrl': 'عنوان الاشتراك في التقويم',
  'meetings.feedCopy': 'نسخ العنوان',
  'meetings.feedNone': 'ليس لديكم رابط اشتراك نشط.',
  'meetings.feedActiveSince':
    'رابط اشتراككم يعمل منذ {date}. لا يُعرض إلا مرة واحدة: لاسترجاعه أنشئوا رابطا جديدا (يتوقف الرابط القديم عن العمل).',
  'meetings.feedCreate': 'إنشاء رابط اشتراكي',
  'meetings.feedRenew': 'رابط جديد (يحل محل القديم)',
  'meetings.feedRevoke': 'إلغاء رابطي',
  'meetings.feedShownOnce': 'هذا الرابط شخصي ولا يُعرض إلا مرة واحدة: انسخوه الآن. لا تشاركوه.',

  'members.feedTitle': 'روابط الاشتراك في التقويم',
  'members.feedPerson': 'الشخص',
  'members.feedRevoke': 'إلغاء رابطه',
  'members.feedRevoked': 'تم إلغاء رابط اشتراك {name}.',
  'members.feedNoneToRevoke': 'ليس لدى {name} رابط اشتراك نشط.',

  'meetings.feedHint':
    'أضيفوا هذا العنوان إلى تقويمكم (Outlook أو تقويم Google…) لرؤية اجتماعات اللجنة فيه.',

  'meetingStatus.draft': 'مسودة',
  'meetingStatus.noticed': 'أُرسل الإشعار',
  'meetingStatus.held': 'منعقد',
  'meetingStatus.minutes_shared': 'تم تقاسم المحضر',
  'meetingStatus.amendment_closed': 'انتهت التعديلات',
  'meetingStatus.published': 'منشور',
  'meetingStatus.postponed': 'مؤجل — يلزم إشعار جديد',
  'meetingStatus.cancelled': 'ملغى',

  'meeting.when': '{start} – {end} (بتوقيت المغرب)',
  'meeting.online': 'عن بعد (اجتماع Teams)',
  'meeting.whereBoth': '{place} وعن بعد (اجتماع Teams)',
  'meeting.noPlace': 'المكان سيُحدد لاحقا',
  'meeting.fromOutlook': 'مبرمج في Outlook',
  'meeting.flags': 'نقاط تستدعي الانتباه',
  'meeting.join': 'الانضمام إلى اجتماع Teams',
  'meeting.back': 'جميع الاجتماعات',
  'meeting.edit': 'تعديل أو تغيير الموعد',
  'meeting.cancel': 'إلغاء الاجتماع',
  'meeting.saved': 'سُجل الاجتماع.',
  'meeting.none': 'لا اجتماع جارٍ ولا مقبل.',
  'meeting.allMeetings': 'عرض جميع الاجتماعات',

  'next.notice': 'يُرسل الإشعار في أجل أقصاه {date}',
  'next.proposals': 'اقتراحات الأعضاء إلى غاية {date}',
  'next.minutes': 'يُتقاسم المحضر في أجل أقصاه {date}',
  'next.amendments': 'التعديلات إلى غاية {date}',
  'next.publication': 'قابل للنشر ابتداءً من {date}',

  'deadlines.title': 'الآجال',

  'deadline.notice': 'إشعار الاجتماع (R5.2)',
  'deadline.proposals': 'الاقتراحات (R5.3)',
  'deadline.minutes': 'المحضر (R5.5)',
  'deadline.amendments': 'التعديلات (R5.5)',
  'deadline.publication': 'النشر (R5.6)',
  'deadline.pending.proposals': 'تُفتح عند إرسال الإشعار لمدة 3 أيام',
  'deadline.pending.minutes': '3 أيام عمل بعد الاجتماع',
  'deadline.pending.amendments': 'يوما عمل بعد تقاسم المحضر',
  'deadline.pending.publication': 'عند انتهاء فترة التعديل',
  'deadline.late': 'متأخر',
  'deadline.closed': 'مغلقة',
  'deadline.noticeSent': 'أُرسل في {date}',
  'deadline.minutesShared': 'تم تقاسمه في {date}',
  'deadline.published': 'نُشر في {date}',

  'countdown.left':
    '{days, plural, zero {{clock}} one {يوم واحد و{clock}} two {يومان و{clock}} few {# أيام و{clock}} many {# يومًا و{clock}} other {# يوم و{clock}}}',
  'countdown.spoken': 'يُغلق بعد {duration}',

  'unit.days':
    '{count, plural, zero {لا أيام} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}',
  'unit.hours':
    '{count, plural, zero {لا ساعات} one {ساعة واحدة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}',
  'unit.minutes':
    '{count, plural, zero {لا دقائق} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}',

  'countdown.closed': 'مغلق',

  'meetingForm.title': 'برمجة اجتماع',
  'meetingForm.editTitle': 'تعديل الاجتماع أو تغيير موعده',
  'meetingForm.submit': 'برمجة',
  'meetingForm.save': 'حفظ',
  'meetingForm.movingNoticed':
    'أُرسل إشعار هذا الاجتماع: تغيير موعده يعني تأجيله، وسيلزم إشعار جديد قبل 10 أيام على الأقل (R5.2).',
  'meetingForm.meetingTitle': 'العنوان',
  'meetingForm.day': 'التاريخ',
  'meetingForm.startTime': 'ساعة البداية',
  'meetingForm.endTime': 'ساعة النهاية',
  'meetingForm.timeHint': 'بتوقيت المغرب.',
  'meetingForm.timeHintOffset': 'بتوقيت المغرب: {offset} في ذلك اليوم.',
  'meetingForm.endAfterStart': 'يجب أن تأتي ساعة النهاية بعد ساعة البداية.',
  'meetingForm.location': 'المكان',
  'meetingForm.online': 'عن بعد (اجتماع Teams)',
  'meetingForm.agenda': 'جدول الأعمال',
  'meetingForm.item': 'النقطة {n}',
  'meetingForm.itemTitle': 'عنوان النقطة',
  'meetingForm.presenter': 'يقدمها',
  'meetingForm.documents': 'الوثائق',
  'meetingForm.documentsKept': 'مرفقة سابقا: {names}',
  'meetingForm.removeItem': 'حذف النقطة {n}',
  'meetingForm.addItem': 'إضافة نقطة',
  'meetingForm.invitees': 'المدعوون الخارجيون',
  'meetingForm.inviteesHint': 'يحضر الأشخاص الخارجيون دون تصويت (R5.4).',
  'meetingForm.invitee': 'المدعو {n}',
  'meetingForm.inviteeName': 'الاسم',
  'meetingForm.inviteeEmail': 'البريد الإلكتروني',
  'meetingForm.inviteeOrganisation': 'المنظمة (اختياري)',
  'meetingForm.removeInvitee': 'حذف المدعو {n}',
  'meetingForm.addInvitee': 'إضافة مدعو خارجي',

  'cancelMeeting.title': 'إلغاء الاجتماع «{title}»',
  'cancelMeeting.body': 'يُخبَر الأعضاء والمدعوون بذلك مع السبب.',
  'cancelMeeting.reason': 'السبب',
  'cancelMeeting.submit': 'تأكيد الإلغاء',

  'notice.send': 'إرسال إشعار الاجتماع',
  'notice.sentOn': 'صدر إشعار الاجتماع في {date}.',

  'delivery.title': 'تسليم الإشعار إلى الأعضاء (R5.2)',
  'delivery.recorded': 'سُجّل الإشعار: {summary}.',
  'delivery.recordedNoTracking': 'سُجّل الإشعار.',
  'delivery.reached':
    'سُلّم إلى {delivered, plural, zero {لا أحد} one {عضو واحد} two {عضوين} few {# أعضاء} many {# عضوًا} other {# عضو}} من أصل {total}',
  'delivery.inProgressCount': '{count} قيد التسليم',
  'delivery.failedCount':
    '{count, plural, zero {لا أحد بلا وصول} one {تعذّر الوصول إلى عضو واحد} two {تعذّر الوصول إلى عضوين} few {تعذّر الوصول إلى # أعضاء} many {تعذّر الوصول إلى # عضوًا} other {تعذّر الوصول إلى # عضو}}',
  'delivery.separator': '؛ ',
  'delivery.live': 'التسليم جارٍ: تتحدّث الصفحة تلقائيا.',
  'delivery.refresh': 'تحديث',
  'delivery.notInstalled':
    '{count, plural, zero {لا عضو بدون التطبيق في Teams.} one {عضو واحد ليس لديه التطبيق في Teams: لا يمكن أن تصله بطاقة الإشعار.} two {عضوان ليس لديهما التطبيق في Teams: لا يمكن أن تصلهما بطاقة الإشعار.} few {# أعضاء ليس لديهم التطبيق في Teams: لا يمكن أن تصلهم بطاقة الإشعار.} many {# عضوًا ليس لديهم التطبيق في Teams: لا يمكن أن تصلهم بطاقة الإشعار.} other {# عضو ليس لديهم التطبيق في Teams: لا يمكن أن تصلهم بطاقة الإشعار.}}',
  'delivery.tableLabel': 'تسليم الإشعار لكل شخص',
  'delivery.person': 'الشخص',
  'delivery.teams': 'البطاقة في Teams',
  'delivery.calendar': 'التقويم',
  'delivery.action': 'إجراء',
  'delivery.attempts':
    '{count, plural, zero {لم تتم أي محاولة بعد} one {محاولة واحدة، في {date}} two {محاولتان، آخرهما في {date}} few {# محاولات، آخرها في {date}} many {# محاولة، آخرها في {date}} other {# محاولة، آخرها في {date}}}',
  'delivery.state.queued': 'في قائمة الإرسال',
  'delivery.state.sending': 'جارٍ الإرسال',
  'delivery.state.delivered': 'سُلّم',
  'delivery.state.retrying': 'محاولة جديدة مبرمجة',
  'delivery.state.failed': 'لم يُسلَّم',
  'delivery.reason.no-conversation': 'التطبيق غير مثبّت لهذا العضو: لا يستطيع البوت مراسلته.',
  'delivery.reason.blocked': 'حظر العضو التطبيق أو أزاله في Teams.',
  'delivery.reason.gone': 'لم تعد المحادثة مع هذا العضو موجودة في Teams.',
  'delivery.reason.throttled': 'حدّ Teams من عدد الرسائل؛ تتم محاولة جديدة تلقائيا.',
  'delivery.reason.refused': 'تعذّر إعداد البطاقة لهذا الشخص (هل ما زال يصل إلى الاجتماع؟).',
  'delivery.reason.bot-error': 'ردّت خدمة البوت بخطأ.',
  'delivery.calendar.outlook-invitation': 'أُرسلت دعوة Outlook',
  'delivery.calendar.ics-feed': 'في تقويم ICS الخاص باللجنة',
  'delivery.calendar.none': 'لا شيء',
  'delivery.capacity.titular': 'عضو رسمي',
  'delivery.capacity.alternate': 'عضو مناوب',
  'delivery.capacity.chair': 'الرئاسة',
  'delivery.capacity.other': 'مستلم',
  'delivery.channel': 'قناة اللجنة:',
  'delivery.retry': 'إعادة الإرسال',
  'delivery.retryOne': 'إعادة الإرسال إلى {name}',
  'delivery.retryAll': 'إعادة إرسال ما لم يُسلَّم',
  'delivery.retried': 'أُعيد الإرسال: {summary}.',
  'delivery.help.title': 'بالنسبة للأعضاء الذين تعذّر الوصول إليهم',
  'delivery.help.install':
    'ثبّتوا التطبيق لهم في النطاق الشخصي (مركز إدارة Teams › التطبيقات › سياسات الإعداد، أو العضو نفسه: التطبيقات › COPIL OGP Maroc › إضافة)، فيُرسل إليهم الإشعار تلقائيا (أو أعيدوا الإرسال).',
  'delivery.help.outlook':
    'تلقّوا دعوة Outlook بالتاريخ وجدول الأعمال: وصلهم الإشعار عبر هذه القناة.',
  'delivery.help.ics':
    'دون Outlook (الوضع المدمج)، الاجتماع موجود في تقويم ICS الخاص باللجنة؛ وإلا فأبلغوهم الإشعار بوسيلة أخرى وسجّلوها.',
  'delivery.help.none': 'أبلغوهم الإشعار بوسيلة أخرى وسجّلوها.',
  'delivery.mine.delivered': 'سُلّم إليك الإشعار في Teams يوم {date}.',
  'delivery.mine.pending': 'الإشعار قيد التسليم في Teams.',
  'delivery.mine.failed':
    'تعذّر تسليم الإشعار إليك في Teams: أضف تطبيق اللجنة في Teams لتلقي الإشعارات.',

  'dashboard.notices': 'إشعارات لم تصل إلى الجميع (R5.2)',
  'dashboard.noticesNone': 'وصل كل إشعار جارٍ إلى جميع مستلميه.',
  'dashboard.openMeeting': 'فتح الاجتماع',

  'agenda.title': 'جدول الأعمال',
  'agenda.empty': 'لا نقاط حاليا.',
  'agenda.presenter': 'يقدمها {name}',
  'agenda.document': 'وثيقة: {name}',
  'agenda.fromProposal': 'مقترحة من عضو',
  'agenda.invitees': 'المدعوون الخارجيون: {names}',

  'proposals.title': 'اقتراحات الأعضاء',
  'proposals.beforeNotice':
    'سيتمكن الأعضاء من اقتراح نقاط أو موعد آخر خلال 3 أيام بعد إرسال الإشعار.',
  'proposals.openUntil': 'مفتوحة إلى غاية {date}.',
  'proposals.closedSince': 'أُغلقت فترة الاقتراحات في {date}.',
  'proposals.closed': 'مغلقة',
  'proposals.formTitle': 'تقديم اقتراح',
  'proposals.kind': 'تقترحون',
  'proposals.kind.agenda_item': 'نقطة في جدول الأعمال',
  'proposals.kind.date': 'موعدا آخر',
  'proposals.item': 'النقطة المقترحة',
  'proposals.reason': 'السبب',
  'proposals.day': 'التاريخ المقترح',
  'proposals.time': 'الساعة المقترحة',
  'proposals.submit': 'إرسال الاقتراح',
  'proposals.sent': 'أُرسل الاقتراح إلى الكتابة.',
  'proposals.none': 'لا اقتراحات.',

  'count.proposals':
    '{count, plural, zero {لا اقتراحات} one {اقتراح واحد} two {اقتراحان} few {# اقتراحات} many {# اقتراحًا} other {# اقتراح}}',

  'proposals.status.pending': 'في انتظار الرد',
  'proposals.status.accepted': 'مقبول',
  'proposals.status.rejected': 'مرفوض',
  'proposals.proposedStart': 'الموعد المقترح: {date}',
  'proposals.response': 'رد {name} بتاريخ {date}:',
  'proposals.answer': 'الرد',
  'proposals.answerFor': 'الرد على اقتراح {name}',
  'proposals.answerTitle': 'الرد على اقتراح {name}',
  'proposals.decision': 'القرار',
  'proposals.acceptItem': 'قبول (إضافة إلى جدول الأعمال)',
  'proposals.acceptDate': 'قبول',
  'proposals.reject': 'رفض',
  'proposals.answerReason': 'تعليل الرد (يُبلَّغ إلى العضو)',
  'proposals.answerSubmit': 'إرسال الرد',
  'proposals.answered': 'أُرسل الرد إلى العضو.',

  'attendance.title': 'الحضور',
  'attendance.intro': 'حددوا لكل شخص ما إذا كان حاضرا أو غائبا.',
  'attendance.none': 'لم يُسجل الحضور بعد.',
  'attendance.summary':
    '{present, plural, zero {لا أحد حاضر} one {شخص واحد حاضر} two {شخصان حاضران} few {# أشخاص حاضرين} many {# شخصًا حاضرًا} other {# شخص حاضر}}، {absent, plural, zero {لا أحد غائب} one {غائب واحد} two {غائبان} few {# غائبين} many {# غائبًا} other {# غائب}}',
  'attendance.group.chair': 'الرئاسة',
  'attendance.group.titular': 'الأعضاء الرسميون',
  'attendance.group.alternate': 'الأعضاء المناوبون',
  'attendance.group.external': 'المشاركون الخارجيون',
  'attendance.group.secretariat': 'الكتابة',
  'attendance.group.observer': 'الملاحظون',
  'attendance.present': 'حاضر',
  'attendance.excused': 'غياب مبرر',
  'attendance.unjustified': 'غياب غير مبرر',
  'attendance.notRecorded': 'غير مسجل',
  'attendance.markPresent': 'حاضر',
  'attendance.markAbsent': 'غائب',
  'attendance.allPresent': 'تسجيل حضور الجميع',
  'attendance.save': 'حفظ الحضور',
  'attendance.saved': 'سُجل الحضور.',
  'attendance.justify': 'التبرير',
  'attendance.justifyFor': 'التبرير: غياب {name}',
  'attendance.justifyTitle': 'غياب {name}',
  'attendance.justifyBody':
    'ثلاثة غيابات دون مبرر خلال سنتين مدنيتين تُنهي عضوية مقعد المجتمع المدني (R12.1).',
  'attendance.justifiedQuestion': 'الغياب',
  'attendance.isJustified': 'مبرر',
  'attendance.isUnjustified': 'غير مبرر',
  'attendance.chooseJustified': 'اختر ما إذا كان الغياب مبررا أم لا.',
  'attendance.justification': 'المبرر',
  'attendance.justifySubmit': 'حفظ',
  'attendance.justified': 'سُجل الغياب.',

  'minutes.title': 'المحضر',
  'minutes.dueBy': 'يُتقاسم مع الأعضاء في أجل أقصاه {date} (3 أيام عمل).',
  'minutes.sharedOn': 'تم تقاسمه في {date}.',
  'minutes.open': 'فتح المحضر ({name})',
  'minutes.notYet': 'لم يتم تقاسم المحضر بعد.',
  'minutes.formTitle': 'تقاسم المحضر',
  'minutes.write': 'تحريره هنا',
  'minutes.upload': 'إيداع ملف',
  'minutes.text': 'نص المحضر',
  'minutes.file': 'ملف المحضر',
  'minutes.share': 'تقاسم المحضر',
  'minutes.sharedMessage': 'تم تقاسم المحضر: يمكن للأعضاء الآن تعديله.',

  'amendments.title': 'تعديلات المحضر',
  'amendments.until': 'يمكن للأعضاء تعديله إلى غاية {date}.',
  'amendments.formTitle': 'اقتراح تعديل',
  'amendments.text': 'تعديلكم',
  'amendments.submit': 'اقتراح التعديل',
  'amendments.sent': 'أُرسل التعديل إلى الكتابة.',
  'amendments.none': 'لا تعديلات.',

  'count.amendments':
    '{count, plural, zero {لا تعديلات} one {تعديل واحد} two {تعديلان} few {# تعديلات} many {# تعديلًا} other {# تعديل}}',

  'amendments.status.pending': 'في الانتظار',
  'amendments.status.integrated': 'مُدمج',
  'amendments.status.answered': 'تم الرد',
  'amendments.answerBy': 'رد {name} بتاريخ {date}:',
  'amendments.integrate': 'دمج',
  'amendments.integrateFor': 'دمج تعديل {name}',
  'amendments.answer': 'الرد',
  'amendments.answerFor': 'الرد على تعديل {name}',
  'amendments.answerTitle': 'تعديل {name}',
  'amendments.decision': 'المآل',
  'amendments.decision.integrated': 'مُدمج في المحضر',
  'amendments.decision.answered': 'غير مُدمج، مع رد',
  'amendments.answerText': 'الرد (يُبلَّغ إلى العضو)',
  'amendments.answerSubmit': 'حفظ',
  'amendments.answered': 'سُجل الرد.',

  'publication.title': 'النشر (R5.6)',
  'publication.intro':
    'يُنشر جدول الأعمال والمحضر ولائحة المشاركين معا في البوابة الوطنية ابتداءً من {date}.',
  'publication.introNoDate':
    'يُنشر جدول الأعمال والمحضر ولائحة المشاركين معا في البوابة الوطنية بعد فترة التعديل.',
  'publication.publish': 'النشر في البوابة الوطنية',
  'publication.publishedOn': 'نُشر في البوابة الوطنية في {date}.',
  'publication.doneMessage': 'نُشر الاجتماع في البوابة الوطنية.',

  'config.title': 'إضافة لجنة القيادة إلى هذه القناة',
  'config.body': 'ستفتح علامة التبويب لوحة قيادة اللجنة. اختاروا «حفظ» لإضافتها.',
  'config.outside':
    'تضبط هذه الصفحة علامة التبويب في Microsoft Teams. خارج Teams، افتحوا لوحة القيادة.',

  'meeting.title': 'اللجنة في اجتماع',

  'nav.decisions': 'القرارات',

  'decisionsNav.label': 'القرارات والتواصل والمراجعات',
  'decisionsNav.decisions': 'القرارات والتصويت',
  'decisionsNav.communications': 'التواصل',
  'decisionsNav.revisions': 'مراجعة الدليل',

  'field.motion': 'المقترح',
  'field.closesAt': 'إغلاق التصويت',
  'field.choice': 'ورقة التصويت',
  'field.channel': 'القناة',
  'field.plannedDay': 'تاريخ النشر المقرر',
  'field.visual': 'المرئي',
  'field.meetingId': 'الاجتماع',
  'field.plan': 'خطة العمل الوطنية',

  'decisions.title': 'قرارات اللجنة',
  'decisions.intro':
    'تتخذ اللجنة قراراتها بالتوافق (R5.7). واستثناءً، بعد أن تسجل الرئاسة استنفاد جهود التوافق، تصوت بالأغلبية المزدوجة (R13.2).',
  'decisions.record': 'تسجيل قرار',
  'decisions.filter': 'الاجتماع',
  'decisions.filterAll': 'جميع الاجتماعات',
  'decisions.none': 'لم يُسجل أي قرار.',

  'count.decisions':
    '{count, plural, zero {لا قرارات} one {قرار واحد} two {قراران} few {# قرارات} many {# قرارًا} other {# قرار}}',

  'decisions.meeting': 'الاجتماع: {title}',
  'decisions.noMeeting': 'خارج الاجتماعات',
  'decisions.voteUntil': 'التصويت مفتوح إلى غاية {date}',

  'decisionStatus.under_discussion': 'قيد المناقشة',
  'decisionStatus.consensus': 'معتمد بالتوافق',
  'decisionStatus.consensus_exhausted': 'استُنفدت جهود التوافق',
  'decisionStatus.vote_open': 'التصويت مفتوح',
  'decisionStatus.adopted': 'معتمد بالتصويت',
  'decisionStatus.rejected': 'مرفوض بالتصويت',
  'decisionStatus.withdrawn': 'مسحوب',

  'recordDecision.title': 'تسجيل قرار',
  'recordDecision.meeting': 'الاجتماع',
  'recordDecision.noMeeting': 'لا شيء (خارج الاجتماعات)',
  'recordDecision.text': 'نص القرار',
  'recordDecision.hint': 'يكون القرار أولا قيد المناقشة: تسعى اللجنة إلى التوافق (R5.7).',
  'recordDecision.submit': 'تسجيل',

  'decision.title': 'قرار',
  'decision.back': 'جميع القرارات',
  'decision.meeting': 'الاجتماع:',
  'decision.subject.communication': 'يصادق هذا القرار على طلب تواصل (R10.1).',
  'decision.subject.revision': 'يتعلق هذا القرار بطلب مراجعة الدليل (R13).',
  'decision.seeCommunications': 'عرض طلبات التواصل',
  'decision.seeRevisions': 'عرض طلبات المراجعة',
  'decision.consensusTitle': 'التوافق (R5.7)',
  'decision.consensusIntro':
    'تتخذ اللجنة قراراتها بالتوافق. ولا يُفتح التصويت إلا بعد أن تسجل الرئاسة استنفاد جهود التوافق.',
  'decision.consensusOn': 'سُجل التوافق في {date}.',
  'decision.exhaustedOn': 'سُجل استنفاد جهود التوافق في {date} من طرف {name}.',
  'decision.chairConducts': 'تدير الرئاسة البحث عن التوافق وتفتح التصويت.',
  'decision.recordConsensus': 'تم التوافق',
  'decision.recordExhausted': 'استُنفدت جهود التوافق',
  'decision.openVote': 'فتح التصويت',
  'decision.withdraw': 'سحب القرار',
  'decision.consensusRecorded': 'سُجل التوافق: القرار معتمد.',
  'decision.exhaustedRecorded': 'سُجل استنفاد جهود التوافق: يمكن فتح التصويت.',
  'decision.withdrawn': 'سُحب القرار.',
  'decision.voteOpened': 'التصويت مفتوح: يتلقى كل عضو بطاقة التصويت.',
  'decision.withdrawTitle': 'سحب القرار؟',
  'decision.withdrawBody': 'لن يُعرض بعد ذلك على اللجنة.',
  'decision.withdrawSubmit': 'سحب',

  'openVote.title': 'فتح تصويت بالأغلبية المزدوجة',
  'openVote.motion': 'المقترح المعروض على التصويت',
  'openVote.motionOptional': 'المقترح المعروض على التصويت (اختياري)',
  'openVote.motionDefault': 'افتراضيا: نص الطلب.',
  'openVote.day': 'تاريخ الإغلاق',
  'openVote.time': 'ساعة الإغلاق',
  'openVote.choices': 'الخيارات: نعم، لا، امتناع. يمكن لكل عضو تغيير ورقته إلى حين الإغلاق.',
  'openVote.submit': 'فتح التصويت',

  'vote.title': 'تصويت بالأغلبية المزدوجة (R13.2)',
  'vote.openedBy': 'فُتح من طرف {name} في {date}.',
  'vote.closesAt': 'يُغلق في {date}.',
  'vote.closedAt': 'أُغلق في {date}.',
  'vote.policy':
    '{threshold, select, more {يُعتمد إذا تجاوزت أصوات «نعم» نصف المقاعد النشطة في كل هيئة} other {يُعتمد إذا بلغت أصوات «نعم» نصف المقاعد النشطة على الأقل في كل هيئة}}، الإدارة والمجتمع المدني — تُحسب على أساس المقاعد لا الحاضرين.',
  'vote.oneBallot':
    'ورقة واحدة لكل مقعد: ورقة العضو الرسمي، أو ورقة العضو المناوب إذا لم يصوت العضو الرسمي.',
  'vote.yourBallot': 'ورقة تصويتكم',
  'vote.choice.yes': 'نعم',
  'vote.choice.no': 'لا',
  'vote.choice.abstain': 'امتناع',
  'vote.cast': 'التصويت',
  'vote.change': 'تغيير تصويتي',
  'vote.cast.done': 'سُجلت ورقة التصويت: {choice}.',
  'vote.myBallot': 'ورقة تصويتكم: {choice} ({date}).',
  'vote.noBallot': 'لم تصوتوا بعد.',
  'vote.changeUntilClose': 'يمكنكم تغيير ورقتكم إلى حين إغلاق التصويت.',
  'vote.note.counted': 'ورقة تصويتكم هي التي تُحتسب لمقعدكم.',
  'vote.note.titular-counts':
    'ورقة العضو الرسمي هي التي تُحتسب لمقعدكم: لا تُحتسب ورقة العضو المناوب إلا إذا لم يصوت العضو الرسمي.',
  'vote.note.alternate-counts':
    'ورقة العضو المناوب هي التي تُحتسب لمقعدكم ما دمتم لم تصوتوا: ورقتكم ستحل محلها.',
  'vote.note.one-ballot':
    'لا تُحتسب إلا ورقة واحدة لكل مقعد: ورقتكم إن كنتم العضو الرسمي؛ وورقة المناوب فقط إذا لم يصوت العضو الرسمي.',
  'vote.cannotVote': 'لا يمكنكم التصويت',
  'vote.notInVote': 'لم يكن مقعدكم نشطا عند فتح هذا التصويت.',
  'vote.tally': 'الفرز حسب الهيئة',
  'vote.tallyLive':
    'فرز مباشر، يُحدَّث كل {seconds, plural, zero {# ثانية} one {ثانية} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}.',
  'vote.result': 'النتيجة حسب الهيئة',
  'vote.tallyHidden': 'يُنشر الفرز عند إغلاق التصويت.',
  'vote.yes': 'نعم',
  'vote.no': 'لا',
  'vote.abstain': 'امتناع',
  'vote.voted': 'صوّتت',
  'vote.votedOf':
    '{voted} من أصل {seats, plural, zero {لا مقاعد} one {مقعد واحد} two {مقعدين} few {# مقاعد} many {# مقعدًا} other {# مقعد}}',
  'vote.needed': '«نعم» المطلوبة',
  'vote.reached': 'بلغت الأغلبية',
  'vote.notReached': 'لم تبلغ الأغلبية',
  'vote.adoptedSoFar': 'في هذه المرحلة، الأغلبية المزدوجة متحققة.',
  'vote.notAdoptedSoFar': 'في هذه المرحلة، الأغلبية المزدوجة غير متحققة.',
  'vote.adopted': 'معتمد بالأغلبية المزدوجة',
  'vote.rejected': 'مرفوض: لم تتحقق الأغلبية المزدوجة',
  'vote.close': 'إغلاق التصويت الآن',
  'vote.closeTitle': 'إغلاق التصويت الآن؟',
  'vote.closeBody': 'تُحتسب النتيجة حسب الهيئة وتُنشر؛ ولا تُقبل بعد ذلك أي ورقة تصويت.',
  'vote.closeSubmit': 'إغلاق التصويت',
  'vote.closedMessage': 'أُغلق التصويت: نُشرت النتيجة.',
  'vote.seeDecision': 'عرض القرار والتصويت',

  'meetingDecisions.title': 'القرارات',
  'meetingDecisions.none': 'لم يُسجل أي قرار لهذا الاجتماع.',

  'communications.title': 'التواصل باسم اللجنة',
  'communications.intro':
    'تصادق اللجنة على كل تواصل باسمها قبل نشره (R10.1): دون اعتراض من الأعضاء إلى غاية الأجل المحدد (بأيام العمل)، أو بالتصويت. لا يُنشر أي شيء قبل المصادقة. البوابة الوطنية هي القناة الرسمية (R10.2).',
  'communications.submit': 'تقديم طلب تواصل',
  'communications.none': 'لا توجد طلبات تواصل.',

  'count.communications':
    '{count, plural, zero {لا طلبات} one {طلب واحد} two {طلبان} few {# طلبات} many {# طلبًا} other {# طلب}}',

  'communications.channel': 'القناة: {channel}',
  'communications.planned': 'النشر مقرر في {date}',
  'communications.visual': 'المرئي المرفق',
  'communications.hashtag': 'الوسم الواجب إدراجه في التواصل الرقمي: {hashtag} (R10.2).',
  'communications.objectUntil': 'يمكن الاعتراض إلى غاية {date}.',
  'communications.objectClosed': 'انتهت مهلة الاعتراض في {date}.',
  'communications.objections': 'الاعتراضات',

  'count.objections':
    '{count, plural, zero {لا اعتراضات} one {اعتراض واحد} two {اعتراضان} few {# اعتراضات} many {# اعتراضًا} other {# اعتراض}}',

  'communications.objectionBy': '{name}، في {date}:',
  'communications.object': 'الاعتراض',
  'communications.objectFor': 'الاعتراض على تواصل {name}',
  'communications.objectTitle': 'الاعتراض على تواصل {name}',
  'communications.objectReason': 'سبب الاعتراض',
  'communications.objectHint': 'يحيل الاعتراض التواصل على تصويت اللجنة (R10.1).',
  'communications.objectSubmit': 'إرسال الاعتراض',
  'communications.objected': 'سُجل الاعتراض: يجب عرض التواصل على التصويت.',
  'communications.openVote': 'العرض على التصويت',
  'communications.openVoteFor': 'عرض تواصل {name} على التصويت',
  'communications.voteOpened': 'التصويت مفتوح على التواصل.',
  'communications.publish': 'وضع علامة «منشور»',
  'communications.publishFor': 'وضع علامة «منشور» على تواصل {name}',
  'communications.published': 'وُضعت علامة «منشور» على التواصل.',
  'communications.seeVote': 'عرض التصويت',
  'communications.submitted': 'قُدم التواصل: يمكن للأعضاء الاعتراض إلى غاية {date}.',

  'communicationStatus.submitted': 'في انتظار الاعتراضات',
  'communicationStatus.objected': 'تم الاعتراض — التصويت ضروري',
  'communicationStatus.vote_open': 'التصويت مفتوح',
  'communicationStatus.validated': 'مصادق عليه',
  'communicationStatus.rejected': 'مرفوض',
  'communicationStatus.published': 'منشور',
  'communicationStatus.withdrawn': 'مسحوب',

  'channel.portal': 'البوابة الوطنية (القناة الرسمية)',
  'channel.ministry_social': 'شبكات التواصل الاجتماعي للوزارة',
  'channel.member_social': 'شبكات التواصل الاجتماعي لأحد الأعضاء',
  'channel.press': 'الصحافة',
  'channel.other': 'أخرى',

  'communicationForm.title': 'تقديم طلب تواصل',
  'communicationForm.text': 'نص التواصل',
  'communicationForm.channel': 'القناة',
  'communicationForm.plannedDay': 'تاريخ النشر المقرر',
  'communicationForm.visual': 'مرئي (اختياري)',
  'communicationForm.hashtag': 'لا تنسوا الوسم {hashtag} في التواصل الرقمي (R10.2).',
  'communicationForm.hashtagGeneric': 'لا تنسوا الوسم الرسمي للجنة في التواصل الرقمي (R10.2).',
  'communicationForm.submit': 'تقديم',

  'revisions.title': 'مراجعة الدليل',
  'revisions.intro':
    'يجب أن يحظى طلب مراجعة الدليل بدعم ثلث أعضاء اللجنة على الأقل (المقاعد النشطة) وأن يُقدم خلال الربع الأخير من السنة الأخيرة لتنفيذ خطة العمل الوطنية (R13.1). ويُبت فيه في الاجتماع الموالي (R13.3) بتصويت بالأغلبية المزدوجة (R13.2).',
  'revisions.create': 'طلب مراجعة',
  'revisions.none': 'لا توجد طلبات مراجعة.',

  'count.revisions':
    '{count, plural, zero {لا طلبات} one {طلب واحد} two {طلبان} few {# طلبات} many {# طلبًا} other {# طلب}}',

  'revisions.support':
    'الدعم: {seats, plural, zero {لا مقاعد} one {مقعد واحد} two {مقعدان} few {# مقاعد} many {# مقعدًا} other {# مقعد}} من أصل {needed, plural, zero {لا شيء مطلوب} one {مقعد واحد مطلوب} two {مقعدين مطلوبين} few {# مقاعد مطلوبة} many {# مقعدًا مطلوبًا} other {# مقعد مطلوب}}',
  'revisions.supporters': 'يدعمه {names}.',
  'revisions.window': 'يمكن التقديم من {start} إلى {end} (R13.1).',
  'revisions.filedOn': 'قُدم في {date}.',
  'revisions.meeting': 'يُبت فيه في الاجتماع (R13.3):',
  'revisions.waitingMeeting': 'في انتظار الاجتماع الموالي للجنة (R13.3).',
  'revisions.supportAction': 'الدعم',
  'revisions.supportFor': 'دعم طلب {name}',
  'revisions.file': 'تقديم الطلب',
  'revisions.fileFor': 'تقديم طلب {name}',
  'revisions.openVote': 'فتح التصويت',
  'revisions.openVoteFor': 'فتح التصويت على طلب {name}',
  'revisions.seeVote': 'عرض التصويت',
  'revisions.created': 'أُنشئ الطلب: أنتم أول داعميه.',
  'revisions.supported': 'سُجل الدعم.',
  'revisions.filed': 'قُدم الطلب.',
  'revisions.voteOpened': 'التصويت مفتوح على طلب المراجعة.',
  'revisions.reason.too-few-supporters': 'السبب: الدعم غير كافٍ.',
  'revisions.reason.outside-window': 'السبب: خارج فترة التقديم.',

  'revisionStatus.collecting_support': 'جمع الدعم',
  'revisionStatus.filed': 'مقدم',
  'revisionStatus.scheduled': 'مدرج في جدول الأعمال',
  'revisionStatus.vote_open': 'التصويت مفتوح',
  'revisionStatus.adopted': 'معتمد',
  'revisionStatus.rejected': 'مرفوض',
  'revisionStatus.withdrawn': 'مسحوب',

  'revisionForm.title': 'طلب مراجعة الدليل',
  'revisionForm.text': 'المراجعة المقترحة',
  'revisionForm.hint': 'أنتم أول داعمي الطلب؛ ويُدعى باقي الأعضاء إلى دعمه.',
  'revisionForm.submit': 'إنشاء الطلب',

  'notFound.title': 'الصفحة غير موجودة',
  'notFound.back': 'العودة إلى لوحة القيادة',

  'welcome.title': 'مرحبا بكم في لجنة قيادة الشراكة من أجل الحكومة المنفتحة بالمغرب',
  'welcome.greeting': 'مرحبا {name}!',
  'welcome.body':
    'يمسك هذا التطبيق سجل لجنة القيادة ويطبق دليل سيرها: تشكيلة الهيئتين والتكافؤ بينهما، والاجتماعات، والمحاضر، والقرارات. ستصلكم الدعوات والتصويتات في هذه المحادثة.',
  'welcome.unregistered': 'حسابكم غير مسجل بعد في سجل اللجنة: يمكن للكتابة إضافته.',

  'help.title': 'ما يمكنني القيام به',
  'help.intro': 'اكتبوا أحد هذه الأوامر:',
  'help.command.composition': '**تشكيلة**: تشكيلة اللجنة والتكافؤ بين الهيئتين (R3.2)',
  'help.command.help': '**مساعدة**: هذه الرسالة',
  'help.notUnderstood': 'لم أفهم «{text}».',
  'help.command.language': '**اللغة**: اختيار اللغة التي يراسلكم بها التطبيق',

  'language.title': 'لغتكم',
  'language.body':
    'تصلكم البطاقات والدعوات ونص مفكرتكم وتبويب اللجنة بهذه اللغة، أيا كانت لغة Teams.',
  'language.current': 'اللغة المختارة: {language}.',
  'language.none': 'لم تختاروا أي لغة: أراسلكم بلغة Teams لديكم، وإلا فبالفرنسية.',
  'language.saved': 'تم التسجيل: سأراسلكم من الآن فصاعدا بالعربية.',
  'language.cleared': 'تم التسجيل: سأتبع لغة Teams لديكم.',
  'language.followClient': 'اتباع لغة Teams',

  'action.composition': 'التشكيلة',
  'action.help': 'مساعدة',
  'action.openMembers': 'فتح قائمة الأعضاء',

  'composition.title': 'تشكيلة لجنة القيادة',
  'composition.asOf': 'بتاريخ {date}',
  'composition.example': 'بيانات للتجربة: هذه اللجنة وهمية، حُمّلت للتعرف على التطبيق.',

  'card.parity.balanced':
    'التكافؤ محترم (R3.2): {count, plural, zero {لا مقاعد نشطة} one {مقعد نشط واحد} two {مقعدان نشطان} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}} لكل هيئة.',

  'parity.broken': 'التكافؤ غير محترم (القاعدة {rule})',

  'college.civilSociety': 'المجتمع المدني',
  'college.activeSeats':
    '{count, plural, zero {لا مقاعد نشطة} one {مقعد نشط واحد} two {مقعدان نشطان} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}}',
  'college.mandatesEnd': 'الولايات إلى غاية {date}',
  'college.empty': 'لا يوجد أي مقعد في هذه الهيئة.',

  'seat.mandateEnd': 'نهاية الولاية',

  'card.seat.draft': 'مسودة: لا يحتسب هذا المقعد بعد',

  'composition.ceased':
    '{count, plural, zero {لم ينته أي مقعد.} one {انتهى مقعد واحد (السجل في تبويب اللجنة).} two {انتهى مقعدان (السجل في تبويب اللجنة).} few {انتهت # مقاعد (السجل في تبويب اللجنة).} many {انتهى # مقعدا (السجل في تبويب اللجنة).} other {انتهى # مقعد (السجل في تبويب اللجنة).}}',

  'notMember.title': 'مخصص لأعضاء اللجنة',
  'notMember.body':
    'حسابكم غير مسجل في سجل لجنة القيادة، لذا لا يمكنني عرض معلوماتها. إذا كان في الأمر خطأ، اتصلوا بالكتابة.',

  'error.title': 'حدث خطأ',
  'error.body':
    'تعذر عليّ معالجة طلبكم. أعيدوا المحاولة بعد قليل، وإذا استمر المشكل فأخبروا الكتابة.',
  'error.reference': 'مرجع الحادث: {reference}',

  'meeting.fact.when': 'الموعد',
  'meeting.fact.where': 'المكان',
  'meeting.status': 'حالة الاجتماع: {status}',
  'meeting.timeRange': '{day}، من {start} إلى {end} (بتوقيت المغرب)',
  'meeting.instant': '{day} على الساعة {time} (بتوقيت المغرب)',
  'meeting.onlineAnd': '{place}، وعن بعد (اجتماع Teams)',
  'meeting.agenda.empty': 'لم يحدد جدول الأعمال بعد.',
  'meeting.agenda.presenter': 'يقدمه {name}',
  'meeting.agenda.documents': 'الوثائق: {names}',
  'meeting.agenda.more':
    '{count, plural, zero {لا نقاط أخرى} one {نقطة أخرى} two {نقطتان أخريان} few {# نقاط أخرى} many {# نقطة أخرى} other {# نقطة أخرى}} في تبويب اللجنة.',

  'action.join': 'الانضمام إلى الاجتماع',

  'notice.recorded': 'سُجّل الإشعار: {summary}. التفاصيل لكل عضو وإعادة الإرسال في علامة التبويب.',
  'notice.recordedUntracked': 'سُجّل الإشعار. متابعة التسليم في علامة التبويب.',
  'notice.delivery': 'تسليم الإشعار: {summary}.',

  'card.delivery.notInstalled':
    '{count, plural, zero {لا أحد بدون التطبيق في Teams} one {عضو واحد بدون التطبيق في Teams (لا يمكن أن تصله البطاقة)} two {عضوان بدون التطبيق في Teams (لا يمكن أن تصلهما البطاقة)} few {# أعضاء بدون التطبيق في Teams (لا يمكن أن تصلهم البطاقة)} many {# عضوًا بدون التطبيق في Teams (لا يمكن أن تصلهم البطاقة)} other {# عضو بدون التطبيق في Teams (لا يمكن أن تصلهم البطاقة)}}',

  'action.showMeeting': 'عرض الاجتماع',
  'action.showMinutes': 'عرض المحضر',

  'notice.title': 'إشعار بالاجتماع: {title}',
  'notice.intro': 'تجتمع لجنة القيادة. إليكم الموعد وجدول الأعمال والوثائق (R5.2).',
  'notice.notSent': 'لم يرسل الإشعار إلى الأعضاء بعد: يجب إرساله في أجل أقصاه {day} (R5.2).',
  'notice.window.open': 'يمكنكم اقتراح نقطة في جدول الأعمال أو موعد آخر إلى غاية {until} (R5.3).',
  'notice.window.openOthers':
    'يمكن للأعضاء اقتراح نقطة في جدول الأعمال أو موعد آخر إلى غاية {until} (R5.3).',
  'notice.window.closed': 'أغلقت فترة الاقتراحات في {closedAt} (R5.3).',

  'proposal.kind.agenda_item': 'نقطة في جدول الأعمال',
  'proposal.kind.date': 'موعدا آخر',

  'propose.text': 'اقتراحكم وسببه',
  'propose.text.required': 'اكتبوا اقتراحكم.',
  'propose.date': 'التاريخ المقترح (في حالة موعد آخر)',
  'propose.time': 'الساعة المقترحة (بتوقيت المغرب)',
  'propose.date.required': 'لاقتراح موعد آخر، حددوا التاريخ والساعة.',
  'propose.sent': 'أرسل الاقتراح: ستجيبكم الكتابة مع تعليل جوابها.',
  'propose.yours': 'اقترحتم {kind}: «{text}»',
  'propose.yoursHeading': 'اقتراحاتكم',

  'proposal.proposedStart': 'الموعد المقترح: {when}',
  'proposal.status.pending': 'في انتظار جواب الكتابة',
  'proposal.status.accepted': 'مقبول',
  'proposal.status.rejected': 'غير مقبول',
  'proposal.answer': '{status} من طرف {name}: {reason}',

  'proposals.toAnswer':
    '{count, plural, zero {لا يوجد أي اقتراح في انتظار الجواب.} one {اقتراح واحد في انتظار جواب الكتابة.} two {اقتراحان في انتظار جواب الكتابة.} few {# اقتراحات في انتظار جواب الكتابة.} many {# اقتراحا في انتظار جواب الكتابة.} other {# اقتراح في انتظار جواب الكتابة.}}',

  'action.recordAttendance': 'تسجيل الحضور',

  'proposalReceived.title': 'اقتراح وارد: {title}',
  'proposalReceived.from': 'يقترح {name} {kind}:',
  'proposalReceived.submittedAt': 'توصلنا به في {when}',

  'answer.reason': 'سبب جوابكم (يبلغ إلى العضو)',
  'answer.reason.required': 'كل جواب يذكر سببه.',

  'action.reject': 'عدم القبول',

  'proposalAnswered.title.accepted': 'تم قبول اقتراحكم',
  'proposalAnswered.title.rejected': 'لم يقبل اقتراحكم',
  'proposalAnswered.title.pending': 'اقتراحكم في انتظار الجواب',
  'proposalAnswered.about': 'بخصوص اجتماع «{title}» بتاريخ {when}',
  'proposalAnswered.reason': 'جواب الكتابة، من طرف {name}:',

  'moved.title': 'تغيير موعد الاجتماع: {title}',
  'moved.body': 'سينعقد الاجتماع الآن في {when}.',
  'moved.previous': 'الموعد السابق: {when}',
  'moved.newNotice': 'سيصلكم إشعار جديد قبل الاجتماع بعشرة أيام على الأقل (R5.2).',

  'cancelled.title': 'إلغاء الاجتماع: {title}',
  'cancelled.body': 'ألغي الاجتماع المقرر في {when}.',
  'cancelled.reason': 'السبب: {reason}',

  'published.title': 'نشر الاجتماع: {title}',
  'published.body':
    'نشر جدول أعمال اجتماع {when} ومحضره ولائحة المشاركين فيه على البوابة الوطنية (R5.6).',
  'published.at': 'نشر في {when}',

  'card.minutes.title': 'محضر للمراجعة: {title}',

  'minutes.body': 'تقاسمت الكتابة محضر اجتماع {when} (R5.5).',

  'card.minutes.sharedOn': 'تاريخ التقاسم',

  'minutes.notShared': 'لم يتم تقاسم المحضر بعد.',
  'minutes.window.open': 'يمكنكم اقتراح تعديلات إلى غاية {day} (R5.5).',
  'minutes.window.openOthers': 'يمكن للأعضاء اقتراح تعديلات إلى غاية {day} (R5.5).',
  'minutes.window.closed': 'انتهت فترة التعديل في {day} (R5.5).',

  'amend.text.required': 'اكتبوا تعديلكم.',

  'action.amend': 'إرسال التعديل',

  'amend.sent': 'أرسل التعديل إلى الكتابة.',

  quoted: '«{text}»',

  'amend.yoursHeading': 'تعديلاتكم',

  'amendment.status.pending': 'في انتظار الكتابة',
  'amendment.status.integrated': 'أدرج في المحضر',
  'amendment.status.answered': 'لم يدرج، مع جواب',

  'amendments.toAnswer':
    '{count, plural, zero {لا يوجد أي تعديل في الانتظار.} one {تعديل واحد في انتظار جواب الكتابة.} two {تعديلان في انتظار جواب الكتابة.} few {# تعديلات في انتظار جواب الكتابة.} many {# تعديلا في انتظار جواب الكتابة.} other {# تعديل في انتظار جواب الكتابة.}}',

  'amendmentAnswered.title.integrated': 'تم إدراج تعديلكم',
  'amendmentAnswered.title.answered': 'أجابت الكتابة عن تعديلكم',
  'amendmentAnswered.title.pending': 'تعديلكم في انتظار الجواب',
  'amendmentAnswered.yours': 'كنتم قد اقترحتم: «{text}»',

  'card.attendance.title': 'الحضور: {title}',

  'attendance.body':
    'حددوا الأشخاص الحاضرين، ويسجل الآخرون غائبين. يمكن بعد ذلك تبرير الغياب في التبويب (R12.1).',

  'card.attendance.present': 'الحاضرون',

  'attendance.count': 'الحاضرون: {present} من أصل {total}',

  'card.attendance.notRecorded': 'لم يسجل الحضور بعد.',
  'card.attendance.saved': 'سجل الحضور.',

  'attendance.readOnly': 'لا يمكن تعديل الحضور هنا حاليا.',
  'attendance.capacity.chair': 'الرئاسة',
  'attendance.capacity.titular': 'عضو أصلي',
  'attendance.capacity.alternate': 'عضو مناوب',
  'attendance.capacity.external': 'مدعو',
  'attendance.capacity.secretariat': 'الكتابة',
  'attendance.capacity.observer': 'ملاحظ',

  'action.saveAttendance': 'حفظ الحضور',

  'reminder.proposal-window-closing.title': 'آخر يوم لتقديم الاقتراحات',
  'reminder.proposal-window-closing.body':
    'تقبل اقتراحاتكم (نقطة في جدول الأعمال أو موعد آخر) إلى غاية {due} (R5.3).',
  'reminder.minutes-share-due.title': 'محضر يجب تقاسمه',
  'reminder.minutes-share-due.body': 'يجب تقاسم المحضر مع الأعضاء في أجل أقصاه {due} (R5.5).',
  'reminder.minutes-late.title': 'تأخر في تقاسم المحضر',
  'reminder.minutes-late.body': 'كان يجب تقاسم المحضر في أجل أقصاه {due}: هناك تأخر (R5.5).',
  'reminder.amendment-window-closing.title': 'آخر يوم للتعديل',
  'reminder.amendment-window-closing.body': 'يمكنكم تعديل المحضر إلى غاية {due} (R5.5).',
  'reminder.publication-ready.title': 'جاهز للنشر',
  'reminder.publication-ready.body':
    'انتهت فترة التعديل ({due}): يمكن نشر جدول الأعمال والمحضر ولائحة المشاركين على البوابة الوطنية (R5.6).',
  'reminder.semester-uncovered.title': 'لا اجتماع في هذا النصف من السنة',
  'reminder.semester-uncovered.body':
    'لم يعقد ولم يبرمج أي اجتماع خلال النصف الذي ينتهي في {due}: تجتمع اللجنة مرة واحدة على الأقل كل ستة أشهر (R5.1).',
  'reminder.semester-ending.title': 'نصف السنة يقترب من نهايته دون اجتماع',
  'reminder.semester-ending.body': 'ينتهي نصف السنة في {due} ولم يعقد ولم يبرمج أي اجتماع (R5.1).',
  'reminder.meeting': 'الاجتماع: {title}، {when}',

  'refused.rule': 'مرفوض ({rule}): {message}',
  // Why an action is not offered, said before anyone tries it (the view's `cannot`).
  'unavailable.rule': 'غير ممكن حاليا ({rule}): {message}',
  'refused.already': 'تم التوصل به من قبل: لم يرسل أي شيء مرة ثانية.',

  'card.vote.title': 'تصويت اللجنة بالأغلبية المزدوجة (R13.2)',

  'vote.motion': 'المقترح المعروض على التصويت',
  'vote.fact.closesAt': 'الإغلاق',
  'vote.fact.closedAt': 'أُغلق في',
  'vote.fact.openedBy': 'فتحه',

  'card.vote.openedBy': '{name}، في {when}',

  'vote.window.open': 'يمكنكم التصويت، وتغيير ورقتكم، إلى غاية {when}.',
  'vote.window.openOthers': 'يصوت الأعضاء إلى غاية {when}؛ ويرى كل عضو هنا ورقته الخاصة.',
  'vote.window.closing': 'انتهى التصويت في {when}: ستُنشر النتيجة بعد لحظات.',
  'vote.window.closed': 'أُغلق التصويت في {when}: لم تعد تُقبل أي ورقة تصويت.',

  'card.vote.policy':
    'الأغلبية المزدوجة (R13.2)، قاعدة {threshold, select, more {«أكثر من النصف»: يُعتمد إذا تجاوزت أصوات «نعم» نصف المقاعد النشطة في كل هيئة} other {«النصف على الأقل»: يُعتمد إذا بلغت أصوات «نعم» نصف المقاعد النشطة على الأقل في كل هيئة}}، الإدارة والمجتمع المدني — تُحسب على أساس المقاعد لا الحاضرين.',
  'card.vote.myBallot': 'ورقة تصويتكم: {choice}، في {when}.',

  'vote.noBallot.closed': 'لم تصوتوا.',

  'card.vote.note.titular-counts':
    'ورقة العضو الرسمي هي التي تُحتسب لمقعدكم: لا تُحتسب ورقة العضو المناوب إلا إذا لم يصوت العضو الرسمي (R13.2).',
  'card.vote.note.alternate-counts':
    'ورقة العضو المناوب هي التي تُحتسب لمقعدكم ما دمتم لم تصوتوا: ورقتكم ستحل محلها (R13.2).',
  'card.vote.notInVote': 'القاعدة R13.2: لم يكن مقعدكم نشطا عند فتح هذا التصويت؛ فهو لا يصوت فيه.',

  'vote.choose': 'اختياركم',
  'vote.tally.live': 'الفرز المباشر (للرئاسة والكتابة، إلى حين الإغلاق)',
  'vote.college.reached': '{college}: بلغت الأغلبية',
  'vote.college.notReached': '{college}: لم تبلغ الأغلبية',

  'card.vote.closeBody': 'تُحتسب النتيجة حسب الهيئة وتُنشر؛ ولا تُقبل بعد ذلك أي ورقة تصويت.',

  'voteClosed.title': 'نتيجة التصويت (R13.2)',
  'voteClosed.body': 'فُتح التصويت في {opened} وأُغلق في {closed}.',

  'communication.title': 'تواصل باسم اللجنة في انتظار المصادقة (R10.1)',
  'communication.intro': 'يعرض {name} هذا التواصل على مصادقة اللجنة:',
  'communication.fact.planned': 'النشر المقرر',
  'communication.fact.status': 'الحالة',
  'communication.status.submitted': 'في انتظار الاعتراضات',
  'communication.status.objected': 'تم الاعتراض — التصويت ضروري',
  'communication.status.vote_open': 'التصويت مفتوح',
  'communication.status.validated': 'مصادق عليه',
  'communication.status.rejected': 'مرفوض',
  'communication.status.published': 'منشور',
  'communication.status.withdrawn': 'مسحوب',
  'communication.visual': 'أُرفق مرئي: تجدونه في تبويب اللجنة.',
  'communication.window.open':
    'إذا لم يعترض أي عضو إلى غاية {day}، يُصادق عليه (R10.1)؛ ويحيل أي اعتراض التواصل على تصويت اللجنة.',
  'communication.window.closed': 'انتهت مهلة الاعتراض في {day} (R10.1).',
  'communication.objectionBy': '{name}، في {when}: «{reason}»',
  'communication.yourObjection': 'اعترضتم في {when}: «{reason}»',
  'communication.objectReason': 'سبب اعتراضكم',
  'communication.objectReason.required': 'اكتبوا سبب اعتراضكم.',

  'revision.title': 'طلب مراجعة الدليل (R13)',
  'revision.intro': 'يطلب {name} مراجعة الدليل ويجمع الدعم:',
  'revision.createdAt': 'قُدم الطلب في {when}',
  'revision.fact.support': 'الدعم (R13.1)',
  'revision.support':
    '{seats, plural, zero {لا مقاعد} one {مقعد واحد} two {مقعدان} few {# مقاعد} many {# مقعدًا} other {# مقعد}} من أصل {needed, plural, zero {لا شيء مطلوب} one {مقعد واحد مطلوب} two {مقعدين مطلوبين} few {# مقاعد مطلوبة} many {# مقعدًا مطلوبًا} other {# مقعد مطلوب}}',
  'revision.fact.window': 'فترة التقديم',
  'revision.window': 'من {start} إلى {end}',
  'revision.fact.status': 'الحالة',
  'revision.rule':
    'يجب أن يدعم طلب المراجعة ثلث المقاعد النشطة في اللجنة على الأقل (ويُحتسب شخصان من المقعد نفسه دعما واحدا)، وأن يُقدم خلال الربع الأخير من السنة الأخيرة لخطة العمل الوطنية (R13.1).',
  'revision.yours': 'أنتم تدعمون هذا الطلب.',
  'revision.othersSupport': 'يمكن لأعضاء اللجنة دعمه ما دام في مرحلة جمع الدعم.',
  'revision.status.collecting_support': 'جمع الدعم',
  'revision.status.filed': 'مقدم',
  'revision.status.scheduled': 'مدرج في جدول الأعمال',
  'revision.status.vote_open': 'التصويت مفتوح',
  'revision.status.adopted': 'معتمد',
  'revision.status.rejected': 'مرفوض',
  'revision.status.withdrawn': 'مسحوب',

  'action.revision.support': 'دعم الطلب',

  'card.seat.pending': 'في انتظار التكافؤ (R3.2): لا يُستدعى هذا المقعد ولا يُحتسب في التصويت.',

  'card.parity.finding.seat-pending':
    'سيصبح نشطا عندما يُضاف {missing, plural, zero {لا مقعد} one {مقعد واحد} two {مقعدان} few {# مقاعد} many {# مقعدا} other {# مقعد}} إلى هيئة {college}.',
  'card.parity.finding.composition-unbalanced':
    'ينقص هيئة {college} {missing, plural, zero {لا مقعد نشط} one {مقعد نشط واحد} two {مقعدان نشطان} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}} لاستعادة التكافؤ (R3.2).',

  'college.pendingSeats':
    '{count, plural, zero {لا مقعد في انتظار التكافؤ} one {مقعد واحد في انتظار التكافؤ} two {مقعدان في انتظار التكافؤ} few {# مقاعد في انتظار التكافؤ} many {# مقعدا في انتظار التكافؤ} other {# مقعد في انتظار التكافؤ}}',

  'feed.name': 'لجنة قيادة الشراكة من أجل الحكومة المنفتحة بالمغرب',
  'feed.organizer': 'كتابة لجنة قيادة الشراكة من أجل الحكومة المنفتحة بالمغرب',
  'feed.when.sameDay':
    'اجتماع لجنة قيادة الشراكة من أجل الحكومة المنفتحة بالمغرب — {day}، من {start} إلى {end} (بتوقيت المغرب، {offset}).',
  'feed.when.span':
    'اجتماع لجنة قيادة الشراكة من أجل الحكومة المنفتحة بالمغرب — {day} على الساعة {start}، إلى غاية {until} (بتوقيت المغرب، {offset}).',
  'feed.agenda': 'جدول الأعمال:',
  'feed.proposals':
    'يظل جدول الأعمال مفتوحا لاقتراحات الأعضاء {days, plural, zero {# يوم} one {يوما واحدا} two {يومين} few {# أيام} many {# يوما} other {# يوم}} بعد الإشعار (المادة 5، R5.3).',

  // Input errors (problem details), naming the field (core/usecases/outcome.ts).
  'input.invalid': 'بيانات غير صالحة — {issues}',
  'input.issue': '{field}: {problem}',
  'input.separator': '؛ ',
  'input.required': 'إلزامي',
  'input.wrongType': 'نوع القيمة غير صحيح',
  'input.tooSmall': 'قصير أو صغير جدا (الحد الأدنى {minimum})',
  'input.tooBig': 'طويل أو كبير جدا (الحد الأقصى {maximum})',
  'input.email': 'عنوان بريد إلكتروني غير صالح',
  'input.date': 'تاريخ غير صالح (سنة-شهر-يوم)',
  'input.datetime': 'تاريخ ووقت غير صالحين',
  'input.format': 'صيغة غير صالحة',
  'input.notAllowed': 'قيمة غير مقبولة ({values})',
  'input.unknownFields': 'حقل غير مقبول: {fields}',

  // Refusals of the manual's rules (core/rules/), each citing its rule.
  'rule.10_1.pending':
    'يجب أن تصادق اللجنة على كل تواصل باسمها قبل نشره (المادة 10): يمكن للأعضاء الاعتراض إلى غاية {deadline} ({days, plural, zero {لا أيام عمل} one {يوم عمل واحد} two {يوما عمل} few {# أيام عمل} many {# يوم عمل} other {# يوم عمل}}).',
  'rule.10_1.objected':
    'يجب أن تصادق اللجنة على كل تواصل باسمها قبل نشره (المادة 10): {objections, plural, zero {لم يقدم أي اعتراض} one {تم تقديم اعتراض واحد} two {تم تقديم اعتراضين} few {تم تقديم # اعتراضات} many {تم تقديم # اعتراضًا} other {تم تقديم # اعتراض}}، ويجب عرض التواصل على التصويت.',
  'rule.10_1.rejected':
    'يجب أن تصادق اللجنة على كل تواصل باسمها قبل نشره (المادة 10): رفضت اللجنة هذا التواصل بالتصويت.',
  'rule.12_2.proposeExpired':
    'القاعدة R12.1: انتهت ولاية هذا المقعد من مقاعد المجتمع المدني. ويمكن للكتابة تأكيد انتهاء عضويته.',
  'rule.12_2.proposeAbsences':
    'القاعدة R12.1: تغيب هذا المقعد من مقاعد المجتمع المدني دون مبرر عن {count, plural, zero {# اجتماع} one {اجتماع واحد} two {اجتماعين} few {# اجتماعات} many {# اجتماعا} other {# اجتماع}} خلال {years, plural, zero {# سنة ميلادية} one {سنة ميلادية واحدة} two {سنتين ميلاديتين} few {# سنوات ميلادية} many {# سنة ميلادية} other {# سنة ميلادية}} ({days}). ينص الدليل على انتهاء العضوية ابتداء من {threshold, plural, zero {# غياب} one {غياب واحد} two {غيابين} few {# غيابات} many {# غيابا} other {# غياب}}؛ ويمكن للكتابة تأكيد ذلك.',
  'rule.12_2.noWithdrawalLetter':
    'القاعدة R12.1: تنسحب المنظمة بتوجيه مراسلة رسمية إلى كتابة اللجنة؛ يرجى إرفاق هذه المراسلة.',
  'rule.12_2.civilSocietyOnly':
    'القاعدة R12: يهم إنهاء العضوية (المادة 12) أعضاء المجتمع المدني؛ أما الهيئة العمومية فتعين ممثلين جددا (R4.1).',
  'rule.13_1.outsideWindow':
    'لا يمكن تقديم طلب مراجعة الدليل إلا خلال الربع الأخير من السنة الأخيرة لتنفيذ خطة العمل الوطنية (المادة 13)، أي من {start} إلى {end}: وقد قُدم الطلب في {filedOn}.',
  'rule.13_1.tooFew':
    'يجب أن يُقدَّم طلب مراجعة الدليل من طرف {numerator}/{denominator} من أعضاء اللجنة على الأقل (المادة 13): {required, plural, zero {لا يلزم أي دعم} one {يلزم دعم عضو واحد} two {يلزم دعم عضوين} few {يلزم دعم # أعضاء} many {يلزم دعم # عضوًا} other {يلزم دعم # عضو}} من أصل {activeSeats, plural, zero {# مقعد نشيط} one {مقعد نشيط واحد} two {مقعدين نشيطين} few {# مقاعد نشيطة} many {# مقعدًا نشيطًا} other {# مقعد نشيط}}، {supporters, plural, zero {ولم يدعمه أي عضو} one {ولم يدعمه إلا عضو واحد} two {ولم يدعمه إلا عضوان} few {ولم يدعمه إلا # أعضاء} many {ولم يدعمه إلا # عضوًا} other {ولم يدعمه إلا # عضو}}.',
  'rule.13_3.beforeRequest':
    'يُبت في طلب مراجعة الدليل خلال اجتماع اللجنة الموالي لتقديمه (المادة 13): اجتماع {meetingDay} لا يلي الطلب المقدم في {filedOn}.',
  'rule.13_3.noMeeting':
    'يُبت في طلب مراجعة الدليل خلال اجتماع اللجنة الموالي لتقديمه (المادة 13): لم يُعقد ولم يُبرمج أي اجتماع بعد {filedOn}.',
  'rule.13_3.notNext':
    'يُبت في طلب مراجعة الدليل خلال اجتماع اللجنة الموالي لتقديمه (المادة 13): يجب البت في الطلب المقدم في {filedOn} خلال اجتماع {nextDay}، لا خلال اجتماع {meetingDay}.',
  'rule.3_1.incompleteSeat':
    'القاعدة R3.1: تشغل كلَّ مقعد في اللجنة منظمةٌ واحدة، بعضو رسمي وعضو مناوب. ينقص: {missing}.',
  'rule.3_1.samePerson': 'القاعدة R3.1: العضو الرسمي والعضو المناوب في المقعد نفسه شخصان مختلفان.',
  'rule.3_1.severalSeats':
    'القاعدة R3.1: لا يكون الشخص عضوا رسميا أو مناوبا إلا في مقعد نشط واحد؛ وهذا الشخص مسجل في {count, plural, zero {لا مقعد} one {مقعد نشط واحد} two {مقعدين نشطين} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}}.',
  'rule.3_2.unbalanced':
    'القاعدة R3.2: تضم اللجنة عددا متساويا من المقاعد النشطة للإدارة وللمجتمع المدني. توجد حاليا {administration, plural, zero {لا مقاعد نشطة} one {مقعد نشط واحد} two {مقعدان نشطان} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}} للإدارة و{civilSociety, plural, zero {لا مقاعد نشطة} one {مقعد نشط واحد} two {مقعدان نشطان} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}} للمجتمع المدني.',
  'rule.3_2.tooFew':
    'القاعدة R3.2: تضم كل هيئة، الإدارة والمجتمع المدني، {min, plural, zero {# مقعد نشط} one {مقعدا نشطا واحدا} two {مقعدين نشطين} few {# مقاعد نشطة} many {# مقعدا نشطا} other {# مقعد نشط}} على الأقل؛ والعدد الحالي {count} لكل منهما.',
  'rule.3_3.noCommitment':
    'القاعدة R3.3: يعود مقعد الإدارة إلى هيئة عمومية مسؤولة عن التزام واحد على الأقل من خطة العمل الوطنية الجارية؛ وهذه الهيئة لا تتحمل أي التزام.',
  'rule.4_1.noLetter':
    'القاعدة R4.1: بعد اعتماد كل خطة عمل وطنية، تعيّن الهيئة العمومية ممثلها الرسمي ومناوبه بمراسلة رسمية؛ يرجى إرفاق رسالة التعيين هذه.',
  'rule.4_4.incomplete':
    'القاعدة R4.4: لا تدرس لجنة الانتقاء إلا ملفات الترشح الكاملة. {count, plural, zero {لا تنقص أي وثيقة} one {تنقص وثيقة واحدة} two {تنقص وثيقتان} few {تنقص # وثائق} many {تنقص # وثيقة} other {تنقص # وثيقة}}: {missing}.',
  'rule.4_5.tieBreak':
    'القاعدة R4.5: عند حد المقاعد، {kind, select, tied {يتساوى الترشيحان {selected} (المنتقى في هذه المرحلة) و{runnerUp} في النقط} other {لا يفصل بين الترشيحين {selected} (المنتقى في هذه المرحلة) و{runnerUp} سوى {gap} نقطة (أقل من {limit, plural, zero {# نقطة} one {نقطة واحدة} two {نقطتين} few {# نقاط} many {# نقطة} other {# نقطة}})}}. تفصل اللجنة بينهما مع مراعاة التنوع الجغرافي وتنوع مجالات الخبرة، وتسجل قرارها.',
  'rule.4_6.alreadyDone': 'القاعدة R4.6: مرحلة «{step}» من الانتقاء مسجلة من قبل.',
  'rule.4_6.outOfOrder':
    'القاعدة R4.6: تتوالى مراحل الانتقاء الثماني وفق ترتيب الدليل؛ المرحلة الموالية هي «{expected}» وليست «{step}».',
  'rule.4_6.dateBeforePrevious':
    'القاعدة R4.6: لا يمكن تأريخ مرحلة «{step}» بيوم {day}، أي قبل المرحلة السابقة «{previous}» المؤرخة بيوم {previousDay}.',
  'rule.4_6.noEvidence':
    'القاعدة R4.6: تُنشر كل مرحلة من مراحل الانتقاء؛ يرجى إرفاق الوثيقة المنشورة التي تثبت مرحلة «{step}».',
  'rule.4_7.tooMany':
    'القاعدة R4.7: لا يمكن لشخص أو منظمة من المجتمع المدني الجمع بين أكثر من {max, plural, zero {# ولاية متتالية} one {ولاية واحدة} two {ولايتين متتاليتين} few {# ولايات متتالية} many {# ولاية متتالية} other {# ولاية متتالية}} في اللجنة. وقد مارس بالفعل {count, plural, zero {# ولاية متتالية} one {ولاية واحدة} two {ولايتين متتاليتين} few {# ولايات متتالية} many {# ولاية متتالية} other {# ولاية متتالية}}، انتهت آخرها في {lastEnd}؛ ولا يمكن أن تبدأ ولاية جديدة قبل {eligibleFrom}.',
  'rule.4_7.endsBeforeStart':
    'القاعدة R4.7: تنتهي الولاية بعد بدايتها؛ وهذه الولاية تبدأ في {start} وتنتهي في {end}.',
  'rule.4_7.tooLong':
    'القاعدة R4.7: يتجدد أعضاء اللجنة كل {years, plural, zero {# سنة} one {سنة} two {سنتين} few {# سنوات} many {# سنة} other {# سنة}}؛ والولاية التي تبدأ في {start} تنتهي على أبعد تقدير في {limit}، وليس في {end}.',
  'rule.5_1.semesterName':
    '{half, select, first {الأسدس الأول} other {الأسدس الثاني}} من سنة {year}',
  'rule.5_5.shareOverdue':
    'يجب تقاسم محضر الاجتماع مع الأعضاء في أجل {days, plural, zero {# يوم عمل} one {يوم عمل واحد} two {يومي عمل} few {# أيام عمل} many {# يوم عمل} other {# يوم عمل}} بعد الاجتماع (المادة 5): انعقد الاجتماع في {meetingDay}، وانقضى الأجل في {deadline}.',
  'rule.5_5.amendmentClosed':
    'يتوفر الأعضاء على {days, plural, zero {# يوم عمل} one {يوم عمل واحد} two {يومي عمل} few {# أيام عمل} many {# يوم عمل} other {# يوم عمل}} لإغناء المحضر بعد تقاسمه (المادة 5): تم تقاسمه في {sharedDay}، وكان تعديله ممكنًا إلى غاية {deadline}.',
  'rule.5_5.notSharedYet':
    'لا يمكن تعديل المحضر إلا بعد تقاسمه مع الأعضاء (المادة 5): سيتم تقاسمه في {sharedDay}.',
  'rule.5_6.notShared':
    'يُنشر جدول الأعمال والمحضر ولائحة المشاركين في البوابة الوطنية بعد انقضاء فترة تعديل المحضر من طرف الأعضاء (المادة 5): لم يتم بعد تقاسم المحضر مع الأعضاء.',
  'rule.5_6.tooEarly':
    'يُنشر جدول الأعمال والمحضر ولائحة المشاركين في البوابة الوطنية بعد انقضاء فترة تعديل المحضر من طرف الأعضاء (المادة 5): تمتد هذه الفترة إلى غاية {deadline}، ويمكن النشر ابتداءً من {opensOn}.',
  'rule.5_7.consensusFirst':
    'القاعدة R5.7: تتخذ اللجنة قراراتها بالتوافق. ولا يُفتح التصويت إلا استثناءً، بعد أن تسجل الرئاسة استنفاد جميع الجهود المبذولة للوصول إلى التوافق.',
  'rule.5_7.beforeRecord':
    'القاعدة R5.7: لا يمكن فتح التصويت قبل اللحظة التي سجلت فيها الرئاسة استنفاد جهود التوافق ({exhaustedAt}).',
};
