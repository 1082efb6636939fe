/** What the edit view's safeguards say, in the three interface languages (`inLanguage` picks one). */
export const EDITING_TEXT = {
  backHeading: {
    en: 'Leave without saving?',
    kk: 'Сақтамай шығасыз ба?',
    ru: 'Уйти без сохранения?',
  },
  backBody: {
    en: 'You have changes that are not saved yet. If you go back now, they are lost.',
    kk: 'Сақталмаған өзгерістеріңіз бар. Қазір артқа қайтсаңыз, олар жоғалады.',
    ru: 'У вас есть несохранённые изменения. Если вернуться сейчас, они пропадут.',
  },
  leave: { en: 'Leave anyway', kk: 'Бәрібір шығу', ru: 'Всё равно уйти' },
  stay: { en: 'Stay on this page', kk: 'Осы бетте қалу', ru: 'Остаться на странице' },
  staleHeading: {
    en: 'This item changed after you opened it',
    kk: 'Бұл материал сіз ашқаннан кейін өзгерді',
    ru: 'Материал изменился после того, как вы его открыли',
  },
  staleBody: {
    en: 'Someone else (or you, in another tab) saved it in the meantime, so your save was refused and nothing was overwritten. Your text is still in this form: copy what you need, then reload to continue from the current version.',
    kk: 'Осы уақытта оны басқа біреу (немесе өзіңіз басқа қойындыда) сақтады, сондықтан сіздің сақтауыңыз қабылданбады және ештеңе өшірілмеді. Мәтініңіз осы формада тұр: керегін көшіріп алып, ағымдағы нұсқадан жалғастыру үшін қайта жүктеңіз.',
    ru: 'За это время его сохранил кто-то другой (или вы в другой вкладке), поэтому ваше сохранение отклонено и ничего не перезаписано. Ваш текст остаётся в форме: скопируйте нужное и перезагрузите, чтобы продолжить с текущей версии.',
  },
  staleCompare: { en: 'See what changed', kk: 'Не өзгергенін көру', ru: 'Посмотреть изменения' },
  staleKeep: {
    en: 'Keep my text for now',
    kk: 'Мәтінімді әзірге қалдыру',
    ru: 'Пока оставить мой текст',
  },
  staleReload: {
    en: 'Reload the current version (my unsaved changes are dropped)',
    kk: 'Ағымдағы нұсқаны жүктеу (сақталмаған өзгерістерім жойылады)',
    ru: 'Загрузить текущую версию (мои несохранённые изменения пропадут)',
  },
  readOnlyInReview: {
    en: 'In review with {who}; you cannot change it now. Ask {who} to request changes to edit it again.',
    kk: '{who} қарауында; оны қазір өзгерте алмайсыз. Қайта өңдеу үшін {who} түзетуге қайтаруын сұраңыз.',
    ru: 'На проверке у {who}; сейчас изменить его нельзя. Чтобы снова править, попросите {who} вернуть материал на доработку.',
  },
  readOnlyDecided: {
    en: 'This item is {state}: only the editors of its region change it now. Ask {who} to reopen it if it needs your changes.',
    kk: 'Бұл материал: {state}. Енді оны тек өңірінің редакторлары өзгертеді. Сіздің түзетуіңіз керек болса, {who} қайта ашуын сұраңыз.',
    ru: 'Этот материал: {state}. Теперь его меняют только редакторы его региона. Если нужны ваши правки, попросите {who} открыть его снова.',
  },
  readOnlyOther: {
    en: 'You can read this item but not change it: its author edits it while it is a draft or returned for changes, the editors of its region always.',
    kk: 'Бұл материалды оқи аласыз, бірақ өзгерте алмайсыз: оны авторы жоба немесе түзетуге қайтарылған кезде, ал өңір редакторлары әрқашан өңдейді.',
    ru: 'Вы можете читать этот материал, но не менять: автор правит его, пока это черновик или он возвращён на доработку, редакторы региона — всегда.',
  },
  theRegionEditor: {
    en: 'the editor of its region',
    kk: 'өңір редакторы',
    ru: 'редактора региона',
  },
} satisfies Record<string, Record<'en' | 'kk' | 'ru', string>>

/** `{name}` placeholders filled from `params`. */
export const fill = (text: string, params: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)
