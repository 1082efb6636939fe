import { describe, expect, it } from 'vitest'

import { chatbotBoilerplateDetector } from '../src/detectors/chatbotBoilerplate'

// The built-in detector alone, no Payload: what it flags and, as much, what it must leave alone.
const THRESHOLD = 0.5 // the plugin's default `threshold`

const detect = (text: string, locale: string) => chatbotBoilerplateDetector.detect(text, locale) as { score: number; signals: { detail: string; signal: string }[] }

describe('chatbot boilerplate is flagged, quoting what matched', () => {
  it.each([
    ['en', 'As an AI language model, I cannot predict the outcome of the parliamentary elections.', 'As an AI language model'],
    ['en', 'As a large language model, I do not have access to the latest statistics of the Bureau of National Statistics.', 'As a large language model'],
    ['ru', 'Как языковая модель ИИ, я не могу давать политические оценки решениям маслихата.', 'Как языковая модель'],
    ['ru', 'Как модель искусственного интеллекта, разработанная OpenAI, я не имею личного мнения о реформе.', 'Как модель искусственного интеллекта'],
    ['kk', 'Жасанды интеллект ретінде мен саяси мәселелер бойынша пікір білдіре алмаймын.', 'Жасанды интеллект ретінде мен'],
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
    ['ru', 'За комментарием мы обратились к [вставьте имя], но ответа не получили.', '[вставьте имя]'],
    ['ru', 'Пресс-релиз подписал [Название компании].', '[Название компании]'],
    ['kk', 'Құрметті [атыңызды енгізіңіз], сізді форумға шақырамыз.', '[атыңызды енгізіңіз]'],
    ['kk', 'Байланыс үшін [телефон нөмірін енгізіңіз] нөміріне хабарласыңыз.', '[телефон нөмірін енгізіңіз]'],
  ])('an unfilled template placeholder (%s): %s', (locale, text, placeholder) => {
    const { score, signals } = detect(text, locale)
    expect(score).toBeGreaterThanOrEqual(THRESHOLD)
    // One placeholder is one piece of evidence, however many patterns recognise it.
    expect(signals).toEqual([{ detail: `“${placeholder}”`, signal: 'placeholder' }])
  })

  it.each([
    ['en', "I'm sorry, but I can't assist with that request.", "I'm sorry, but I can't assist"],
    ['ru', 'Извините, но я не могу выполнить этот запрос.', 'Извините, но я не могу выполнить'],
    ['kk', 'Кешіріңіз, бірақ мен көмектесе алмаймын.', 'Кешіріңіз, бірақ мен көмектесе алмаймын'],
  ])('a chatbot refusal pasted as it came (%s)', (locale, text, quoted) => {
    const { score, signals } = detect(text, locale)
    expect(score).toBeGreaterThanOrEqual(THRESHOLD)
    expect(signals).toEqual([{ detail: `“${quoted}”`, signal: 'boilerplate' }])
  })

  it('several traces add up: each is a signal and the score grows', () => {
    const one = detect('Как языковая модель ИИ, я не могу оценивать кандидатов.', 'ru')
    const two = detect('Как языковая модель ИИ, я не могу оценивать кандидатов. Обратитесь к [вставьте имя].', 'ru')
    expect(two.signals.map((s) => s.signal)).toEqual(['boilerplate', 'placeholder'])
    expect(two.score).toBeGreaterThan(one.score)
    expect(two.score).toBeLessThanOrEqual(1)
  })
})

describe('ordinary news text is not flagged', () => {
  it.each([
    ['en', 'The Ministry of Information said on Tuesday that 42 regional newspapers will receive state grants next year.'],
    ['en', '“They [the regional akimat] never answered our letters,” the editor-in-chief said.'],
    ['en', '“We will protect [your] savings,” the minister told depositors in Shymkent.'],
    ['en', 'The full audit report [PDF, 2 MB] is published on the ministry’s website.'],
    ['en', 'The statement read: “The company regrets the delay [sic] and apologises to passengers.”'],
    ['en', 'OpenAI describes ChatGPT as an AI language model trained on public and licensed data.'],
    ['en', '"I\'m sorry, but I can\'t comment on an ongoing investigation," the police spokesman said.'],
    ['ru', '[фото: пресс-служба акимата Алматы] Участники форума обсудили развитие региональных СМИ.'],
    ['ru', '«Мы [министерство] готовы к диалогу с журналистами», — заявил спикер.'],
    ['ru', '«Сроки сдачи объекта […] будут перенесены», — сообщили в управлении строительства.'],
    ['ru', 'Как искусственный интеллект меняет журналистику: итоги медиафорума в Астане.'],
    ['ru', 'Такие технологии, как искусственный интеллект, уже используются в казахстанских редакциях.'],
    ['ru', 'Депутаты обсудили, как языковая модель на казахском языке поможет госорганам.'],
    ['kk', '[сурет: Астана қаласы әкімдігінің баспасөз қызметі] Форумға 300-ден астам журналист қатысты.'],
    ['kk', '«Біз [министрлік] журналистермен диалогқа дайынбыз», — деді спикер.'],
    ['kk', 'Сарапшылардың айтуынша, құрал ретінде жасанды интеллект редакция жұмысын жеңілдетеді.'],
    ['kk', '«Кешіріңіз, бірақ мен бұл сұраққа жауап бере алмаймын», — деді министр журналистерге.'],
  ])('%s: %s', (locale, text) => {
    const { score, signals } = detect(text, locale)
    expect(signals).toEqual([])
    expect(score).toBe(0)
  })
})
