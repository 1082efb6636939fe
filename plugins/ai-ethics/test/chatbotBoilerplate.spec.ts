import { describe, expect, it } from 'vitest'

import { chatbotBoilerplateDetector } from '../src/detectors/chatbotBoilerplate'

// The built-in detector alone, no Payload: what it flags and, as much, what it must leave alone.
const THRESHOLD = 0.5 // the plugin's default `threshold`

const detect = (text: string, locale: string) =>
  chatbotBoilerplateDetector.detect(text, locale) as {
    score: number
    signals: { detail: string; signal: string }[]
  }

describe('chatbot boilerplate is flagged, quoting what matched', () => {
  it.each([
    [
      'en',
      'As an AI language model, I cannot predict the outcome of the parliamentary elections.',
      'As an AI language model',
    ],
    [
      'en',
      'As a large language model, I do not have access to the latest statistics of the Bureau of National Statistics.',
      'As a large language model',
    ],
    [
      'ru',
      'Как языковая модель ИИ, я не могу давать политические оценки решениям маслихата.',
      'Как языковая модель',
    ],
    [
      'ru',
      'Как модель искусственного интеллекта, разработанная OpenAI, я не имею личного мнения о реформе.',
      'Как модель искусственного интеллекта',
    ],
    [
      'kk',
      'Жасанды интеллект ретінде мен саяси мәселелер бойынша пікір білдіре алмаймын.',
      'Жасанды интеллект ретінде мен',
    ],
  ])('a model talking about itself (%s): %s', (locale, text, quoted) => {
    const { score, signals } = detect(text, locale)
    expect(score).toBeGreaterThanOrEqual(THRESHOLD)
    expect(signals).toHaveLength(1)
    expect(signals[0].signal).toBe('boilerplate')
    expect(signals[0].detail).toContain(quoted)
  })

  it.each([
    ['en', 'For comments, contact [insert company name] before Friday.', '[insert company name]'],
    ['en', 'Sincerely, [Your Name], press secretary', '[Your Name]'],
    [
      'ru',
      'За комментарием мы обратились к [вставьте имя], но ответа не получили.',
      '[вставьте имя]',
    ],
    ['ru', 'Пресс-релиз подписал [Название компании].', '[Название компании]'],
    ['kk', 'Құрметті [атыңызды енгізіңіз], сізді форумға шақырамыз.', '[атыңызды енгізіңіз]'],
    [
      'kk',
      'Байланыс үшін [телефон нөмірін енгізіңіз] нөміріне хабарласыңыз.',
      '[телефон нөмірін енгізіңіз]',
    ],
  ])('an unfilled template placeholder (%s): %s', (locale, text, placeholder) => {
    const { score, signals } = detect(text, locale)
    expect(score).toBeGreaterThanOrEqual(THRESHOLD)
    // One placeholder is one piece of evidence, however many patterns recognise it.
    expect(signals).toEqual([{ detail: `“${placeholder}”`, signal: 'placeholder', weight: 0.8 }])
  })

  it.each([
    ['en', "I'm sorry, but I can't assist with that request.", "I'm sorry, but I can't assist"],
    ['ru', 'Извините, но я не могу выполнить этот запрос.', 'Извините, но я не могу выполнить'],
    ['kk', 'Кешіріңіз, бірақ мен көмектесе алмаймын.', 'Кешіріңіз, бірақ мен көмектесе алмаймын'],
  ])('a chatbot refusal pasted as it came (%s)', (locale, text, quoted) => {
    const { score, signals } = detect(text, locale)
    expect(score).toBeGreaterThanOrEqual(THRESHOLD)
    expect(signals).toEqual([{ detail: `“${quoted}”`, signal: 'boilerplate', weight: 0.9 }])
  })

  it('several traces add up: each is a signal and the score grows', () => {
    const one = detect('Как языковая модель ИИ, я не могу оценивать кандидатов.', 'ru')
    const two = detect(
      'Как языковая модель ИИ, я не могу оценивать кандидатов. Обратитесь к [вставьте имя].',
      'ru',
    )
    expect(two.signals.map((s) => s.signal)).toEqual(['boilerplate', 'placeholder'])
    expect(two.score).toBeGreaterThan(one.score)
    expect(two.score).toBeLessThanOrEqual(1)
  })
})

describe('ordinary news text is not flagged', () => {
  it.each([
    [
      'en',
      'The Ministry of Information said on Tuesday that 42 regional newspapers will receive state grants next year.',
    ],
    ['en', '“They [the regional akimat] never answered our letters,” the editor-in-chief said.'],
    ['en', '“We will protect [your] savings,” the minister told depositors in Shymkent.'],
    ['en', 'The full audit report [PDF, 2 MB] is published on the ministry’s website.'],
    [
      'en',
      'The statement read: “The company regrets the delay [sic] and apologises to passengers.”',
    ],
    ['en', 'OpenAI describes ChatGPT as an AI language model trained on public and licensed data.'],
    [
      'en',
      '"I\'m sorry, but I can\'t comment on an ongoing investigation," the police spokesman said.',
    ],
    [
      'ru',
      '[фото: пресс-служба акимата Алматы] Участники форума обсудили развитие региональных СМИ.',
    ],
    ['ru', '«Мы [министерство] готовы к диалогу с журналистами», — заявил спикер.'],
    ['ru', '«Сроки сдачи объекта […] будут перенесены», — сообщили в управлении строительства.'],
    ['ru', 'Как искусственный интеллект меняет журналистику: итоги медиафорума в Астане.'],
    [
      'ru',
      'Такие технологии, как искусственный интеллект, уже используются в казахстанских редакциях.',
    ],
    ['ru', 'Депутаты обсудили, как языковая модель на казахском языке поможет госорганам.'],
    [
      'kk',
      '[сурет: Астана қаласы әкімдігінің баспасөз қызметі] Форумға 300-ден астам журналист қатысты.',
    ],
    ['kk', '«Біз [министрлік] журналистермен диалогқа дайынбыз», — деді спикер.'],
    ['kk', 'Сарапшылардың айтуынша, құрал ретінде жасанды интеллект редакция жұмысын жеңілдетеді.'],
    ['kk', '«Кешіріңіз, бірақ мен бұл сұраққа жауап бере алмаймын», — деді министр журналистерге.'],
    ['kk', 'Ассамблея мен Клуб ChatGPT-ті тілдік модель ретінде сипаттады.'],
    ['kk', 'Журналистер мен блогерлер жасанды интеллект ретінде не есептелетінін талқылады.'],
  ])('%s: %s', (locale, text) => {
    const { score, signals } = detect(text, locale)
    expect(signals).toEqual([])
    expect(score).toBe(0)
  })
})

describe('the wrapper around a pasted answer weighs by where it stands', () => {
  const BODY = 'The forum of ethno-cultural associations in Semey gathered 200 delegates.'

  it.each([
    [
      'en',
      `Certainly! Here's a short news article about the forum in Semey:\n\n${BODY}`,
      'Certainly! Here',
    ],
    [
      'en',
      `Sure, here is a 300-word news story on the meeting:\n\n${BODY}`,
      'Sure, here is a 300-word news story',
    ],
    ['en', `Of course! Below is a draft press release.\n\n${BODY}`, 'Of course! Below is'],
    [
      'ru',
      'Конечно! Вот статья о форуме в Семее:\n\nФорум собрал 200 делегатов.',
      'Конечно! Вот статья',
    ],
    [
      'kk',
      'Әрине! Міне, Семейдегі форум туралы мақала:\n\nФорумға 200 делегат қатысты.',
      'Әрине! Міне',
    ],
  ])('an opener at the start is strong evidence (%s): %s', (locale, text, quoted) => {
    const { score, signals } = detect(text, locale)
    expect(score).toBeGreaterThanOrEqual(0.9)
    expect(signals[0]).toMatchObject({ signal: 'opener', weight: 0.9 })
    expect(signals[0].detail).toContain(quoted)
    expect(signals[0].detail).toContain('(start of text)')
  })

  it.each([
    ['en', `${BODY}\n\nI hope this helps! Let me know if you'd like me to shorten it.`],
    ['en', `${BODY}\n\nFeel free to adjust the details or add quotes.`],
    [
      'ru',
      'Форум собрал 200 делегатов.\n\nНадеюсь, это поможет! Если хотите, я могу сократить текст.',
    ],
    [
      'kk',
      'Форумға 200 делегат қатысты.\n\nКөмегім тиді деп үміттенемін! Қысқартуымды қаласаңыз, айтыңыз.',
    ],
  ])('a closer at the end is strong evidence (%s)', (locale, text) => {
    const { score, signals } = detect(text, locale)
    expect(score).toBeGreaterThanOrEqual(0.8)
    expect(
      signals.every(
        (signal) => signal.signal === 'closer' && signal.detail.endsWith('(end of text)'),
      ),
    ).toBe(true)
  })

  it.each([
    [
      'en',
      `The trainer read out a typical answer: "Certainly! Here's a short news article about the forum:" and asked who would publish that.\n\n${BODY}`,
    ],
    [
      'en',
      `Students compared notes. “I hope this helps! Let me know if you'd like me to shorten it,” the bot wrote at the end of every draft.\n\n${BODY}`,
    ],
    [
      'ru',
      'Тренер показал типичный ответ: «Конечно! Вот статья о форуме:» — и спросил, кто это опубликует.\n\nФорум собрал 200 делегатов.',
    ],
    [
      'ru',
      'В пособии цитируется ответ бота: „Надеюсь, это поможет! Если хотите, я могу сократить текст“.\n\nФорум собрал 200 делегатов.',
    ],
    [
      'kk',
      'Тренер: «Әрине! Міне, форум туралы мақала:» деген жауапты көрсетті.\n\nФорумға 200 делегат қатысты.',
    ],
    [
      'kk',
      'Боттың әдеттегі соңғы сөзі — «Көмегім тиді деп үміттенемін!».\n\nФорумға 200 делегат қатысты.',
    ],
    [
      'ru',
      '— Вы пользуетесь чат-ботами?\n— Конечно! Вот статья, которую я вчера проверял: там всё выдумано.\n— И что вы сделали?\n— Удалил.',
    ],
  ])(
    'the same words inside quotation marks or an interview turn are reported speech, not evidence (%s)',
    (locale, text) => {
      expect(detect(text, locale)).toEqual({ score: 0, signals: [] })
    },
  )

  it('a closer in the middle of a text is weak evidence, not enough alone', () => {
    const { score, signals } = detect(
      `Let me know if you'd like me to add the names, the editor wrote to the branch.\n\n${BODY}\n\nThe branch answered the next day.`,
      'en',
    )
    expect(signals).toEqual([expect.objectContaining({ signal: 'closer', weight: 0.3 })])
    expect(score).toBeLessThan(0.5)
  })

  it.each([
    [
      'kk',
      'Мен OpenAI әзірлеген тілдік модель ретінде сайлау нәтижесін болжай алмаймын.',
      'Мен OpenAI әзірлеген тілдік модель ретінде',
    ],
    [
      'kk',
      'OpenAI тілдік моделі ретінде мен жеке пікір білдірмеймін.',
      'тілдік моделі ретінде мен',
    ],
    [
      'kk',
      'Мен жасанды интеллектпін, сондықтан іс-шараға қатыса алмаймын.',
      'жасанды интеллектпін',
    ],
    [
      'ru',
      'Я — искусственный интеллект и не могу проверить число участников.',
      'Я — искусственный интеллект',
    ],
    ['en', "I'm an AI and cannot verify the exact number of participants.", "I'm an AI"],
  ])('a model speaking of itself in other word orders (%s): %s', (locale, text, quoted) => {
    const { score, signals } = detect(text, locale)
    expect(score).toBeGreaterThanOrEqual(0.9)
    expect(signals).toEqual([expect.objectContaining({ signal: 'boilerplate', weight: 0.9 })])
    expect(signals[0].detail).toContain(quoted)
  })

  it.each([
    [
      'en',
      '**Title:** Young Journalists Learn Fact-Checking\n\n**Lead:** Thirty students completed the course.',
    ],
    [
      'ru',
      '## Медиафорум в Астане\n\n**Основные моменты:**\n- курс «Академия АНК»\n- секции по этике',
    ],
    ['kk', '### Тақырып\nҚызылордада фестиваль өтті\n\n### Тегтер\n#достық #Қызылорда'],
  ])('markdown pasted from a chat window (%s)', (locale, text) => {
    const { score, signals } = detect(text, locale)
    expect(score).toBeGreaterThanOrEqual(0.5)
    expect(signals.every((signal) => signal.signal === 'markdown')).toBe(true)
  })
})

describe('any text is read in time proportional to its length', () => {
  // Anyone who may save a draft chooses the text: a rule that rescans the rest of the text from every position
  // (a leading `[^.!?]*`, an unbounded lookbehind) held a server for minutes on one 400,000-letter field.
  const LENGTH = 400_000
  const repeat = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH)
  const adversarial: Record<string, string> = {
    'one Cyrillic letter': repeat('я'),
    'one Kazakh letter': repeat('ә'),
    'one Latin letter': repeat('a'),
    spaces: repeat(' '),
    'spaces after a full stop': `.${repeat(' ')}Мен`,
    'words without punctuation': repeat('сөз '),
    'a closer keyword again and again without an end': repeat('қаласаңыз '),
    'an offer again and again without an end': repeat('let me know if '),
    'an opener again and again': repeat('Certainly! Here is '),
    asterisks: repeat('*'),
    hashes: repeat('#a '),
    'brackets left open': repeat('[вставьте '),
    'quotation marks left open': repeat('«'),
  }
  for (const [name, text] of Object.entries(adversarial)) {
    it(`${name} (${LENGTH.toLocaleString('en')} characters)`, { timeout: 20_000 }, () => {
      const result = detect(text, 'kk')
      expect(result.score).toBeGreaterThanOrEqual(0)
      expect(result.signals.length).toBeLessThanOrEqual(50)
    })
  }
})
