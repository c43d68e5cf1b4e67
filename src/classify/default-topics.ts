// The built-in topic and severity rules (used when SIRENA_TOPICS_FILE is unset). A TS module so dist/ carries it.
import { parseTopicsFile, type TopicsFile, type TopicsFileInput } from './topics-file.js';
import { ALERT_STILL_ON, FILM_CLIPS, MONTHLY_REVIEWS } from './cue-scopes.js';

// Vocabulary is grouped by what it names, in English and Ukrainian; Ukrainian words are stems (`*`) where the stem
// cannot be read as another common word, and explicit case forms where it can (каб → кабінет, буча → бучний).

/** Kyiv city, its districts and Kyiv oblast towns, in English and Ukrainian (stems cover the case forms). */
/** The whole of Ukraine, in Ukrainian and in English (NATIONWIDE_ALERTS; area state's NATIONWIDE_SCOPES). */
const WHOLE_OF_UKRAINE_UK = ['по всій україні', 'майже по всій україні', 'по всій території україни', 'на всій території україни',
  'в усіх областях україни', 'у всіх областях україни'];
const WHOLE_OF_UKRAINE_EN = ['across Ukraine', 'across all of Ukraine', 'across the whole of Ukraine', 'throughout Ukraine', 'all over Ukraine'];

/**
 * An alert or an all-clear across the whole of Ukraine, in other words and either order (KYIV_PLACES). Only scopes that
 * name Ukraine: "по всій країні" or "across the country" is also Russia's, Poland's or Israel's ("У Польщі в усіх
 * областях тривога").
 */
const NATIONWIDE_ALERTS = [
  ...WHOLE_OF_UKRAINE_UK.flatMap((scope) => [
    ...['тривог*', 'повітрян* тривог*', 'відбій тривоги', 'відбій повітряної тривоги', 'відбій загрози балістики',
      'відбій загрози балістичного озброєння', 'загроз* балістики', 'загроз* балістичного озброєння'].flatMap((alert) => [`${alert} ${scope}`, `${scope} ${alert}`]),
    `відбій ${scope}`,
    // A verb between: "По всій Україні зняли тривогу", "по всій Україні лунає повітряна тривога", "…дали відбій" (not
    // "б'ють тривогу", raising the alarm over prices).
    ...['зняли', 'скасували', 'скасовано', 'знято', 'оголошено', 'оголосили', 'лунає', 'триває', 'діє', 'завершилася',
      'завершилась'].flatMap((verb) => [`${scope} ${verb} тривог*`, `${scope} ${verb} повітрян* тривог*`]),
    `${scope} дали відбій`, `${scope} оголосили відбій`, `${scope} оголошено відбій`,
    // A threat named for the whole country ("Загроза застосування балістичного озброєння по всій території України").
    ...['загроза застосування * * ', 'загроза застосування * ', 'загроза балістики ', 'загроза застосування балістики ']
      .map((threat) => `${threat}${scope}`),
  ]),
  ...[...WHOLE_OF_UKRAINE_EN, 'across most of Ukraine', 'in all regions of Ukraine'].flatMap((scope) =>
    ['alert', 'alerts', 'air raid alert', 'air-raid alert', 'all clear', 'all-clear'].flatMap((alert) => [`${alert} ${scope}`, `${scope} ${alert}`,
      // Its verb between: "An air-raid alert declared across Ukraine after a MiG-31K took off has been lifted".
      ...['declared', 'was declared', 'has been declared', 'sounded', 'was sounded', 'issued', 'was issued'].map((verb) => `${alert} ${verb} ${scope}`)])),
  ...['Ukraine-wide'].flatMap((scope) => ['alert', 'air raid alert', 'air-raid alert', 'all clear', 'all-clear'].map((alert) => `${scope} ${alert}`)),
  // A verb between: "Air-raid alert sounding across all of Ukraine", "The all-clear has sounded across Ukraine".
  ...WHOLE_OF_UKRAINE_EN.flatMap((scope) =>
    ['alert', 'air raid alert', 'air-raid alert'].flatMap((alert) => ['sounding', 'sounds', 'is declared', 'has been declared', 'is on', 'in effect',
      // Its end, the verb before the scope ("The air raid alert has ended across Ukraine").
      'has ended', 'ended', 'is over', 'was lifted', 'has been lifted', 'lifted'].map((verb) =>
      `${alert} ${verb} ${scope}`))),
  ...WHOLE_OF_UKRAINE_EN.flatMap((scope) =>
    ['all clear', 'all-clear'].flatMap((clear) => ['has sounded', 'sounded', 'sounds', 'was given', 'has been given', 'was declared',
      'has been declared', 'is declared'].map((verb) => `${clear} ${verb} ${scope}`))),
];

const KYIV_PLACES = [
  'Kyiv', 'Kiev', 'Kyyiv', 'Kyiv oblast', 'Kyiv region', 'Kyivshchyna', 'Ukrainian capital', 'Ukraine\'s capital',
  'the capital', 'capital city', 'київ*', 'києв*', 'столиц*', 'столичн* влад*', 'столичн* район*', 'Kyivans', 'кияни', 'киян', 'киянам', 'киянами',
  'киянин', 'киянка', 'киянки',
  // The city's own sirens tested ("Kyiv will test its public warning system at noon"; not "Kyiv will" of the government).
  ...['will test', 'will check', 'will hold a siren test', 'will sound its sirens'].map((test) => `Kyiv ${test}`),
  // city districts and neighbourhoods
  'Podil', 'Obolon', 'Obolonskyi', 'Darnytsia', 'Darnytskyi', 'Solomianskyi', 'Solomyanskyi',
  'Holosiivskyi', 'Holosiivo', 'Holosiyivskyi',
  'Pecherskyi', 'Pechersk', 'Sviatoshynskyi', 'Svyatoshynskyi', 'Sviatoshyn', 'Troieshchyna', 'Troyeshchyna',
  'Osokorky', 'Poznyaky', 'Vynohradar', 'Lukianivka', 'Kurenivka', 'Nyvky', 'Teremky', 'Borshchahivka', 'Rusanivka',
  'Khreshchatyk', 'Lukianivska', 'лук\'янівськ*', 'Zhuliany', 'Pozniaky', 'Holosiiv', 'Solomianka', 'Lisovyi masyv', 'Lisovyi', 'Voskresenka',
  'Chervonyi Khutir', 'VDNH', 'Koncha-Zaspa', 'Kurenivka', 'Minska', 'Vynohradar', 'Chokolivka', 'Priorka', 'академ', 'Kyievi', 'Kyieva', 'Kyievom',
  'чоколівк*', 'чоколівці', 'пріорк*', 'пріорці',
  'поділ', 'подолі', 'подолу', 'подолом', 'оболон*', 'дарниц*', 'солом\'янськ*', 'солом\'янк*', 'голосіїв*', 'голосієв*',
  'печерськ*', 'печерс*', 'святошин*', 'троєщин*', 'осокорк*', 'позняки', 'позняках', 'позняків', 'познякам', 'позняками', 'теремків', 'теремкам', 'теремками', 'виноградар*',
  'лук\'янівк*', 'куренівк*', 'нивк*', 'теремки', 'теремках', 'борщаг*', 'борщазі', 'русанівк*', 'хрещатик*', 'жулян*',
  // More neighbourhoods, landmarks and bridges as residents name them ("Троя" is Troieshchyna).
  'троя', 'трої', 'лісов* масив*', 'воскресенк*', 'воскресенц*', 'червон* хутор*', 'червоному хуторі', 'вднг',
  'південн* міст*', 'московськ* міст*', 'північн* міст*', 'конча-засп*', 'конча засп*',
  'гідропарк*', 'Hydropark', 'лівобережна', 'лівобережну', 'березняки', 'березняках', 'березняків', 'березнякам', 'лівобережн* масив*', 'лівобережній', 'видубич*', 'шулявк*', 'шулявці',
  'деміївк*', 'деміївці', 'біличах', 'біличі', 'вигурівщин*', 'райдужн* масив*', 'відрадн* масив*', 'биківн*', 'феофані*',
  'корчуват*', 'мостицьк*', 'соцміст*', 'Berezniaky', 'Bereznyaky', 'Livoberezhna', 'Livoberezhnyi', 'Vydubychi', 'Shuliavka',
  'Demiivka', 'Bilychi', 'Vyhurivshchyna', 'Raiduzhnyi', 'Vidradnyi', 'Bykivnia', 'Feofaniia', 'Korchuvate', 'Mostytskyi',
  // Kyiv's own places named after other towns (not elsewhere: the classifier drops a place inside one of these); the
  // metro line named after Brovary ("на наземній ділянці Святошинсько-Броварської лінії").
  'святошинсько броварськ* лін*', 'Sviatoshynsko-Brovarska line', 'броварськ* проспект*', 'Brovarskyi Avenue', 'Brovarskyi prospekt',
  // The metro's stations by the river ("Service between Arsenalna and Dnipro is suspended").
  'arsenalna', 'арсенальн*', 'hidropark', 'гідропарк*',
  // With the Dnipro station between them, the city's place holds it ("between Arsenalna and Dnipro").
  ...['arsenalna', 'hidropark'].flatMap((station) => [`${station} and dnipro`, `dnipro and ${station}`]),
  ...['арсенальн*', 'гідропарк*'].flatMap((station) => [`${station} дніпро`, `дніпро ${station}`, `${station} та дніпр*`, `${station} і дніпр*`]),
  // A street and station of Obolon named after the river's heroes ("будинок на Героїв Дніпра").
  'героїв дніпра', 'Heroiv Dnipra',
  // The target before a comma, whose sentence goes on with who said it ("…in Russia's overnight missile attack on Kyiv,
  // officials said"): longer than the government's "Kyiv officials" it holds, it stands beside it. (Not "on Kyiv said":
  // a held-out set lost an extreme alert's precision to it.)
  ...['on', 'in', 'over', 'across', 'at'].map((at) => `${at} Kyiv officials`),
  // A range that holds Kyiv ("Від Києва до Львова оголошено тривогу"), beside the topic's negative "від Києва".
  'від києва до', 'від столиці до',
  'харківськ* масив*', 'Kharkivskyi masyv', 'Kharkivskyi housing estate', 'Kharkivskyi estate',
  // Its highways named after other cities ("На Харківському шосе рятувальники завершили розбір завалів").
  'харківськ* шосе', 'Kharkivske shose', 'Kharkivske highway', 'Kharkiv highway',
  // Locatives where к turns to ц, which the stems above miss ("на Солом'янці", "у Боярці").
  'солом\'янці', 'лук\'янівці', 'куренівці', 'борщагівці', 'русанівці', 'бородянці', 'боярці', 'баришівці',
  'миронівці', 'білогородці', 'згурівці',
  'лук\'янівц*', 'куренівц*', 'борщагівц*', 'русанівц*',
  // oblast towns, villages and districts
  'Bila Tserkva', 'Brovary', 'Boryspil', 'Irpin', 'Bucha', 'Vyshhorod', 'Obukhiv', 'Fastiv', 'Vasylkiv', 'Hostomel',
  'Borodianka', 'Borodyanka', 'Bucha district', 'Vyshneve', 'Ukrainka', 'Boyarka', 'Boiarka', 'Pereiaslav',
  'Pereyaslav', 'Yahotyn', 'Slavutych', 'Bohuslav', 'Kaharlyk', 'Makariv', 'Baryshivka', 'Berezan', 'Kozyn',
  'Vorzel', 'Bortnychi', 'Chabany', 'Myronivka', 'Rzhyshchiv', 'Skvyra', 'Tarashcha', 'Vyshgorod',
  'біл* церкв*', 'білоцерків*', 'бровар*', 'бориспол*', 'борисп*', 'ірпін*', 'ірпен*', 'буча', 'бучі', 'бучу',
  'бучею', 'бучанськ*', 'вишгород*', 'обухів', 'обухов*', 'обухівськ*', 'фастів', 'фастов*', 'фастівськ*',
  'васильків', 'василькова', 'василькові', 'васильковом', 'васильківськ*', 'гостомел*', 'бородянк*', 'вишневе', 'вишневому',
  'вишневого', 'боярк*', 'переяслав*', 'яготин*', 'славутич*', 'богуслав*', 'кагарлик*', 'макарів', 'макарові', 'макарова', 'макаровом',
  'баришівк*', 'березан*', 'козин', 'козині', 'ворзел*', 'бортнич*', 'чабани', 'чабанах', 'миронівк*', 'ржищів*',
  'сквир*', 'таращ*',
  // Ukrainka by its forms after a place's prepositions only: "українка" alone is a Ukrainian woman.
  'над українкою', 'в українці', 'у українці', 'біля українки', 'м. українка', 'місто українка',
  // Their districts by the names residents use ("на Обухівщині", "Бучанщина"), where the town's stem does not cover them.
  'обухівщин*', 'бучанщин*', 'фастівщин*', 'васильківщин*', 'макарівщин*', 'бородянщин*', 'кагарличчин*', 'миронівщин*',
  'баришівщин*', 'Hatne', 'Khotiv', 'Kriukivshchyna', 'Tetiiv', 'Ivankiv', 'Dymer', 'Bilohorodka', 'Hlevakha',
  'Zghurivka', 'Trebukhiv', 'Hnidyn', 'Byshiv', 'Vyshenky', 'гатн*', 'хотові', 'хотів', 'крюківщин*', 'тетіїв*',
  'іванків*', 'димер*', 'білогородк*', 'глевах*', 'згурівк*', 'требухів*', 'гнідин*', 'бишів*', 'вишеньк*',
  'княжич*', 'вита поштов*', 'пуща водиц*', 'коцюбинськ*', 'Kniazhychi', 'Vyta-Poshtova', 'Pushcha-Vodytsia', 'Kotsiubynske',
  'нові петрівці', 'нових петрівц*', 'новим петрівцям', 'хотянівк*', 'ходосівк*', 'лютіж*', 'Novi Petrivtsi', 'Khotianivka',
  'Khodosivka', 'Liutizh', 'германівк*', 'Hermanivka', 'макарівськ*', 'трипільськ* тес', 'Trypilska',
  'Trypillia', 'трипілл*',
  // Kyiv as the target of what will or could come ("strikes on Kyiv will continue, Peskov said"): longer than the
  // government's "Kyiv will" they contain, they stand beside it.
  ...['on Kyiv', 'against Kyiv', 'on the capital', 'against the capital', 'in Kyiv', 'in the capital'].flatMap((target) =>
    ['will', 'would', 'could', 'might', 'may'].map((verb) => `${target} ${verb}`)),
  // A nationwide alert or all-clear counts for Kyiv (each phrase is a term of the topic as well as its place).
  'nationwide alert', 'nationwide air raid alert', 'nationwide air-raid alert', 'alert across Ukraine',
  'alert across the country', 'alert throughout Ukraine', 'all clear across Ukraine', 'all-clear across Ukraine',
  'all clear across the country', 'all-clear across the country', 'тривог* по всій україні', 'тривог* по всій країні',
  'тривог* у всіх областях', 'тривог* в усіх областях', 'відбій по всій україні', 'відбій по всій країні',
  'відбій тривоги по всій україні', 'відбій тривоги по всій країні', 'по всій україні оголошено',
  'по всій країні оголошено',
  'alert in all regions', 'тривога в усіх областях', 'тривога у всіх областях', 'alert across all of Ukraine',
  'тривог* знову по всій країні', 'тривог* знову по всій україні',
  'тривог* по всій території україни', 'тривог* на всій території україни', 'тривог* по всій території країни',
  'відбій по всій території україни', 'відбій тривоги по всій території україни', 'alert across the whole country',
  'all clear across the whole country', 'all-clear across the whole country', 'alert across all regions',
  'all clear nationwide', 'all-clear nationwide', 'nationwide all clear', 'nationwide all-clear',
  'небезпек* по всій території україни', 'небезпек* по всій україні', 'небезпек* по всій країні',
  // The same in other words and either order ("По всій Україні відбій повітряної тривоги", "Ukraine-wide all-clear"):
  // each alert or all-clear word beside each scope that names Ukraine.
  ...NATIONWIDE_ALERTS,
];

/**
 * Names of Kyiv's districts that districts of other cities share (Kharkiv, Zaporizhzhia, Lviv, Poltava, Chernihiv…),
 * and Kyiv's signatures: Kyiv's only where no other city is named.
 */
const KYIV_SHARED_PLACES = [
  'Shevchenkivskyi', 'Desnianskyi', 'Desnyanskyi', 'Dniprovskyi', 'Podilskyi', 'Livoberezhna', 'Livoberezhnyi',
  'шевченківськ*', 'деснянськ*', 'дніпровськ* район*', 'подільськ*', 'лівобережн*', 'лівобережжі', 'лівому березі',
  'лівого берега', 'лівий берег', 'лівим берегом', 'лівому берегу', 'правому берегу', 'Left Bank', 'правому березі', 'правого берега', 'правий берег',
  'правим берегом',
  // Kyiv's bridges by name.
  'міст патона', 'мосту патона', 'мостом патона', 'Paton Bridge', 'міст метро', 'мосту метро', 'мостом метро', 'станції глибокого закладення',
  // Kyiv's metro stations named as such ("Станція «Лісова» сьогодні працює лише на вихід"), Kyiv's only where no other city is
  // named ("Станція метро «Вокзальна» у Дніпрі"); those named after other cities are the topic's negatives, no other city.
  ...['лісова', 'арсенальна', 'театральна', 'вокзальна', 'шулявська', 'берестейська', 'почайна', 'лук\'янівська', 'лівобережна',
    'гідропарк', 'бориспільська', 'вирлиця', 'червоний хутір', 'дорогожичі', 'іподром', 'васильківська', 'деміївська',
    'голосіївська', 'либідська', 'олімпійська', 'кловська', 'звіринецька', 'мінська'].flatMap((name) =>
    [`станці* ${name}`, `станці* метро ${name}`]),
  // Kyiv's own channels and officials: a terse post signed by them is placed in Kyiv (clarification 8), unless it
  // names the city it reports on ("ракети летять на Запоріжжя, — КМВА").
  'KMVA', 'КМВА', 'Klitschko', 'кличк*', 'Tymur Tkachenko', 'тимур* ткаченк*', 'Kalashnyk', 'калашник*',
  'Київська ОВА', 'Київської ОВА', 'Kyiv OVA', 'Tkachenko', 'ткаченк*',
];

/** Other cities and regions: where one is named, a shared district name is its district, not Kyiv's. */
const OTHER_PLACES = [
  'Kharkiv', 'Zaporizhzhia', 'Zaporizhia', 'Lviv', 'Poltava', 'Chernihiv', 'Kherson', 'Dnipro', 'Odesa', 'Odessa',
  'Chernivtsi', 'Kamianske', 'Mykolaiv', 'Sumy', 'Zhytomyr', 'Vinnytsia', 'Kryvyi Rih', 'Ternopil', 'Khmelnytskyi',
  'Rivne', 'Lutsk', 'Ivano-Frankivsk', 'Uzhhorod', 'Kropyvnytskyi', 'Cherkasy', 'Kramatorsk', 'Sloviansk',
  'Pokrovsk', 'Nikopol', 'Kremenchuk', 'харків*', 'харков*', 'запоріж*', 'запоріз*', 'львів*',
  'львов*', 'полтав*', 'чернігів*', 'чернігов*', 'херсон*', 'дніпро', 'дніпра', 'дніпрі', 'дніпром', 'дніпрян*', 'одес*',
  'чернівц*', 'кам\'янськ*', 'миколаїв*', 'миколаєв*', 'суми', 'сум', 'сумах', 'сумщин*', 'житомир*', 'вінниц*',
  'вінниччин*', 'одещин*', 'черкащин*', 'франківщин*', 'кривий ріг', 'кривого рогу', 'кривому розі', 'тернопол*', 'тернопіл*', 'хмельниц*', 'хмельниччин*',
  'рівне', 'рівного', 'рівному', 'луцьк*', 'івано-франківськ*', 'ужгород*', 'кропивницьк*', 'черкас*', 'краматорськ*',
  'слов\'янськ*', 'покровськ*', 'нікопол*', 'кременчу*', 'поділл*', 'сумськ*', 'дніпропетровськ*', 'дніпропетровщин*',
  'запорізьк*', 'кіровоградськ*', 'кіровоградщин*', 'волин*', 'рівненськ*', 'рівненщин*', 'закарпатт*', 'закарпатськ*',
  'прикарпатт*', 'чернівецьк*', 'буковин*', 'донецьк*', 'донеччин*', 'луганськ*', 'луганщин*', 'крим', 'криму',
  'кримськ*', 'павлоград*', 'ізмаїл*', 'умань', 'умані', 'конотоп*', 'шостк*', 'охтирк*', 'ніжин*', 'коростен*',
  'бердичів*', 'куп\'янськ*', 'ізюм*', 'чугуїв*', 'костянтинівк*', 'дружківк*', 'торецьк*', 'курахов*', 'чорноморськ',
  'старокостянтинів*', 'бурштин*', 'калуш*', 'ковел*', 'мукачев*', 'бєлгород*', 'курськ*', 'курщин*', 'брянськ*',
  'Dnipropetrovsk', 'Volyn', 'Zakarpattia', 'Bukovyna', 'Donetsk', 'Donbas', 'Luhansk', 'Crimea', 'Pavlohrad',
  'Izmail', 'Uman', 'Konotop', 'Shostka', 'Okhtyrka', 'Nizhyn', 'Korosten', 'Berdychiv', 'Kupiansk', 'Izium',
  'Chuhuiv', 'Kostiantynivka', 'Druzhkivka', 'Toretsk', 'Kurakhove', 'Chornomorsk', 'Starokostiantyniv', 'Burshtyn',
  'Kalush', 'Kovel', 'Mukachevo', 'Belgorod', 'Kursk', 'Bryansk',
  // Towns often under attack, by oblast (Sumy, Kharkiv, Donetsk, Dnipro, Zaporizhzhia, Kherson, Mykolaiv, Odesa, the
  // centre and the west). In Ukrainian by the noun's own forms, not a stem: Kyiv's streets,
  // squares and hospitals are named after towns with adjectives that share the stem (Маріупольська вулиця,
  // Вознесенський узвіз, Севастопольська площа, Олександрівська лікарня), and a stem would take them for the town.
  // English only where a form is also a common word or a Kyiv-oblast place (Марганець is manganese, Оріхів nuts,
  // Сміла "dared", Лозова a surname and Лозовий Яр, Олександрія a park in Bila Tserkva; Vasylivka villages are in Kyiv
  // oblast too, so it is left out). Not the launch sites a Kyiv warning names ("КМВА: загроза балістики. Пуски з
  // Ростова", "Ракети з Севастополя"): with one named, Kyiv's shared names (КМВА, лівий берег) would stop counting.
  'Romny', 'ромни', 'ромен', 'ромнах', 'ромнам', 'Hlukhiv', 'глухів', 'глухова', 'глухові', 'глуховом', 'Trostianets',
  'тростянець', 'тростянця', 'тростянці', 'тростянцем', 'Bilopillia', 'білопілля', 'білопіллі', 'білопіллям',
  'Krasnopillia', 'краснопілля', 'краснопіллі', 'краснопіллям', 'Putyvl', 'путивль', 'путивля', 'путивлі', 'Lozova',
  'Balakliia', 'балаклія', 'балаклії', 'балаклію', 'Bohodukhiv', 'богодухів', 'богодухова', 'богодухові', 'Zolochiv',
  'золочів', 'золочева', 'золочеві', 'Vovchansk', 'вовчанськ', 'вовчанську', 'вовчанськом', 'Bakhmut', 'бахмут',
  'бахмута', 'бахмуті', 'бахмутом', 'Avdiivka', 'авдіївка', 'авдіївки', 'авдіївці', 'авдіївку', 'Myrnohrad',
  'мирноград', 'мирнограда', 'мирнограді', 'Dobropillia', 'добропілля', 'добропіллі', 'Selydove', 'селидове',
  'селидового', 'селидовому', 'Marhanets', 'Synelnykove', 'синельникове', 'синельникового', 'синельниковому',
  'Zhovti Vody', 'жовті води', 'жовтих водах', 'Huliaipole', 'гуляйполе', 'гуляйполя', 'гуляйполі', 'Orikhiv',
  'Enerhodar', 'енергодар', 'енергодара', 'енергодарі', 'Melitopol', 'мелітополь', 'мелітополя', 'мелітополі',
  'Berdiansk', 'бердянськ', 'бердянську', 'бердянськом', 'Mariupol', 'маріуполь', 'маріуполя', 'маріуполі',
  'Nova Kakhovka', 'нова каховка', 'нової каховки', 'новій каховці', 'нову каховку', 'Beryslav', 'берислав',
  'берислава', 'бериславі', 'Ochakiv', 'очаків', 'очакова', 'очакові', 'Voznesensk', 'вознесенськ', 'вознесенську',
  'Pervomaisk', 'первомайськ', 'первомайську', 'Yuzhnoukrainsk', 'южноукраїнськ', 'южноукраїнську',
  'Bilhorod-Dnistrovskyi', 'білгород-дністровськ*', 'Pryluky', 'прилуки', 'прилук', 'прилуках', 'Lubny', 'лубни',
  'лубен', 'лубнах', 'Myrhorod', 'миргород', 'миргорода', 'миргороді', 'Horishni Plavni', 'горішні плавні',
  'горішніх плавнях', 'Smila', 'Zolotonosha', 'золотоноша', 'золотоноші', 'Oleksandriia', 'Svitlovodsk',
  'світловодськ', 'світловодську', 'Kamianets-Podilskyi', 'кам\'янець-подільськ*', 'кам\'янці-подільськ*',
  'Shepetivka', 'шепетівка', 'шепетівки', 'шепетівці', 'Netishyn', 'нетішин', 'нетішина', 'нетішині', 'Dubno', 'дубно',
  'Varash', 'вараш', 'вараша', 'вараші', 'Kolomyia', 'коломия', 'коломиї', 'коломию', 'Drohobych', 'дрогобич',
  'дрогобича', 'дрогобичі', 'Stryi', 'Chervonohrad', 'червоноград', 'червонограда', 'червонограді', 'Sambir', 'самбір',
  'самбора', 'самборі',
  // Regions by the compass: "тривога на сході та півдні; столиця — поки спокійно".
  'на сході', 'на півдні', 'на заході', 'на півночі', 'in the east', 'in the south', 'in the west', 'in the north',
  'eastern regions', 'southern regions', 'frontline regions', 'східн* област*', 'південн* област*',
  'прифронтов* област*',
  // Their mayors and governors, whose posts name no place: "Терехов: вибухи в місті".
  'Terekhov', 'Syniehubov', 'терехов*', 'синєгубов*', 'Kiper', 'кіпер*', 'Ivan Fedorov', 'Іван Федоров', 'Lysak',
  'Filatov', 'лисак*', 'філатов*', 'Vilkul', 'вілкул*', 'Sadovyi', 'Андрій Садовий', 'Prokudin', 'прокудін*',
  'Senkevych', 'сєнкевич*', 'Artiukh', 'артюх*', 'Chaus', 'чаус*', 'Borzov', 'борзов*',
];

/**
 * Kyiv as a government, a venue or a name, not a place under attack (each cancels the words it overlaps). No new
 * "Kyiv's X" here: the possessive is dropped, so "Kyiv's drones" would also cancel "Kyiv: drones inbound" and
 * "Kyiv's military" the "Kyiv military administration" that reports the attacks.
 */
const KYIV_NOT_A_TARGET = [
  // Kyiv as the government that controls a city or keeps an office, or that urges ("Zaporizhzhia, a Kyiv-controlled regional
  // capital", "одному з найбільших підконтрольних Києву міст", "the prosecutor-general's office in Kyiv", "Kyiv urged its partners").
  'kyiv-controlled', 'kyiv controlled', 'підконтрольн* києву', 'підконтрольн* києва', 'office in kyiv', 'kyiv urges', 'kyiv urged',
  // Kyiv answering an offer ("Kyiv turned down Moscow's proposal for a 30-day halt to strikes on energy facilities").
  ...['rejects', 'rejected', 'turned down', 'turns down', 'declined', 'declines', 'refused', 'refuses', 'accepted', 'accepts', 'welcomed',
    'welcomes', 'proposed', 'proposes'].map((answer) => `kyiv ${answer}`),
  // Passing Kyiv by (clarification 2): "змінили курс на південний захід, в обхід Києва, і рухаються на Житомирщину".
  'повз київщину', 'повз київ', 'повз столицю', 'passed kyiv', 'past kyiv',
  'в обхід києва', 'в обхід столиці', 'в обхід київщини', 'оминаючи київ', 'оминаючи столицю', 'оминаючи київщину', 'оминаючи київську область', 'bypassing kyiv',
  'skirting kyiv', 'skirting the capital', 'bypassing the capital',
  // Moving away from Kyiv (clarification 2): "Ударні БпЛА … рухаються на захід, віддаляючись від Київщини".
  ...['віддаляючись від', 'віддаляються від', 'віддаляється від', 'moving away from', 'heading away from', 'flying away from']
    .flatMap((away) => ['київщини', 'києва', 'столиці', 'Kyiv', 'the capital', 'Kyiv region', 'Kyiv oblast'].map((place) => `${away} ${place}`)),
  // Wind, not air defence, brings lines and trees down ("strong winds brought down lines in the Vyshhorod district").
  'winds brought down', 'wind brought down', 'brought down power lines', 'brought down lines', 'brought down trees',
  'ambassador in Kyiv', 'ambassador to Kyiv', 'embassy in Kyiv', 'посол сша в києві', 'посол у києві', 'посол в києві',
  'посольство в києві', 'посольство у києві', 'Kyiv due to receive', 'Kyiv to receive', 'Kyiv will receive',
  'Kyiv\'s stocks', 'Kyiv\'s stockpile*', 'strengthen Kyiv\'s air defence', 'strengthen Kyiv\'s air defense',
  'bolster Kyiv\'s air defence', 'bolster Kyiv\'s air defense', 'reinforce Kyiv\'s air defence', 'reinforce Kyiv\'s air defense',
  // Air defence for the capital talked of, as arms talk ("обговорили посилення протиповітряної оборони столиці",
  // "discussed bolstering Kyiv's air defences"); not what it did ("Завдяки посиленню ППО столиці всі ракети збито").
  ...['discussed', 'discuss', 'talked about', 'talks on', 'agreed on', 'ways of'].flatMap((talk) =>
    ['strengthening', 'bolstering', 'reinforcing', 'boosting'].flatMap((verb) => [`${talk} ${verb} Kyiv\'s air defen*`, `${talk} ${verb} the capital\'s air defen*`])),
  // (In Ukrainian the plan's own forms say it: the noun as what is discussed, and the infinitive; not "завдяки посиленню".)
  ...['посилення', 'зміцнення', 'посилити', 'зміцнити'].flatMap((verb) =>
    ['ппо столиці', 'ппо києва', 'протиповітрян* оборон* столиці', 'протиповітрян* оборон* києва'].map((what) => `${verb} ${what}`)),
  ...['strengthen', 'bolster', 'reinforce'].flatMap((verb) => [`${verb} Kyiv\'s air defences`, `${verb} Kyiv\'s air defenses`]),
  // Pressure on the government: "pressure on Kyiv will grow" (not a place "on Kyiv will").
  'pressure on Kyiv', 'pressure on the capital', 'тиск на київ', 'геть від києва', 'геть від столиці', 'away from Kyiv',
  'подалі від києва', 'подалі від столиці', 'далі від києва', 'further from Kyiv', 'farther from Kyiv',
  // A distance ("за 40 км від Києва"; not "Від Києва до Львова оголошено тривогу"), arms to defend it later.
  ...['км', 'кілометрів', 'кілометри'].flatMap((km) => [`${km} від києва`, `${km} від столиці`]), 'захищатимуть київ',
  'захищатиме київ', 'захищатимуть небо києва', 'захищатиме небо києва', 'will protect Kyiv', 'will defend Kyiv',
  'away from the capital', 'Kyiv\'s Arsenal', 'київський арсенал', 'київського арсеналу',
  'Kyiv-based', 'based in Kyiv', 'Kyiv Independent', 'Kyiv Post', 'уряд у києві', 'уряд в києві', 'уряд у столиці',
  'уряд в столиці', 'government in Kyiv', 'the government in Kyiv', 'officials in Kyiv', 'leaders in Kyiv', 'Kyiv School of Economics', 'Kyiv time',
  'Kyiv said', 'Kyiv says', 'Kyiv has said', 'Kyiv had said', 'Kyiv had asked', 'Kyiv has asked', 'Kyiv had requested',
  'Kyiv has requested', 'Kyiv wants', 'Kyiv will', 'Kyiv would', 'Kyiv could', 'Kyiv is ready',
  'Kyiv accuses', 'Kyiv accused', 'Kyiv insists', 'Kyiv rejects', 'Kyiv rejected', 'Kyiv\'s request*', 'requests from Kyiv', 'request from Kyiv', 'прохання києва', 'прохань києва',
  'запит* києва', 'Kyiv\'s allies',
  'Kyiv\'s partners', 'Kyiv and its allies', 'Kyiv and Moscow', 'Moscow and Kyiv', 'Kyiv sends', 'Kyiv sent', 'Kyiv needed',
  'Kyiv offers', 'Kyiv offered', 'Київ надсилає', 'Київ надіслав', 'Київ висловлює',
  'Kyiv government', 'Kyiv officials', 'officials in Kyiv', 'delegation from Kyiv', 'visit to Kyiv', 'visited Kyiv',
  'visiting Kyiv', 'trip to Kyiv', 'arrived in Kyiv', 'arrives in Kyiv', 'talks in Kyiv', 'met in Kyiv',
  'meeting in Kyiv', 'summit in Kyiv', 'Dynamo Kyiv', 'Динамо', 'динамо київ', 'Kyivskyi district', 'київськ* район*',
  // Kharkiv's (or Odesa's) Kyivskyi district named with another ("Вибухи в Київському та Салтівському районах").
  'київськ* та * район*', 'київськ* і * район*', 'київськ* й * район*', 'kyivskyi and * districts',
  'київськ* незалежн*', 'російськ* столиц*', 'столиц* росії', 'столиц* країн*', 'європейськ* столиц*',
  'Russian capital', 'capital of Russia', 'European capitals', 'western capitals', 'офіційн* київ*',
  'офіційн* києв*', 'київ заявив', 'київ вимагає', 'київ готовий', 'візит* до києва', 'прибув до києва',
  'прибула до києва', 'прибули до києва', 'приїхав до києва', 'приїхала до києва', 'зустріч* у києві',
  'переговор* у києві', 'accused Kyiv', 'accuses Kyiv', 'blamed Kyiv', 'blames Kyiv', 'Kyiv launched', 'Kyiv struck',
  'Kyiv attacked', 'Kyiv fired', 'Kyiv used', 'Kyiv denied', 'Kyiv claimed', 'Kyiv to strike', 'Kyiv to use',
  'allow Kyiv', 'allowed Kyiv', 'allowing Kyiv', 'give Kyiv', 'gave Kyiv',
  'send Kyiv', 'sent Kyiv', 'supply Kyiv', 'Kyiv received', 'Kyiv needs', 'Kyiv asked', 'Kyiv asks',
  'для захисту києва', 'для захисту столиці', 'ппо для столиці', 'ппо для києва', 'для захисту неба', 'to protect Kyiv', 'to defend Kyiv',
  'for the defence of Kyiv', 'weapons for Kyiv', 'systems for Kyiv', 'missiles for Kyiv', 'interceptors for Kyiv',
  'aid for Kyiv',
  'support for Kyiv', 'київ атакував', 'київ завдав', 'звинуватил* київ', 'звинувачу* київ', 'дозвол* києву',
  'дозвіл києву', 'передати києву', 'передасть києву', 'передадуть києву', 'надати києву', 'надасть києву',
  'надала києву', 'допомог* києву', 'києву дозволили', 'capital markets', 'capital investment*', 'human capital',
  'venture capital', 'капітал*',
  // Names built on Kyiv (LABELLING.md, clarification 7): a brand, a street or district of another city.
  'Kyivstar', 'київстар*', 'Kyivska street', 'Kyivska St', 'Kyivskyi raion', 'Kyivske highway', 'Kyivskyi Avenue',
  'вулиц* київськ*', 'київськ* вулиц*', 'проспект* київськ*', 'київськ* проспект*', 'київськ* площ*', 'на київській',
  // Kyiv's streets named after a war word ("вулиця Ракетна").
  'вулиц* ракетн*', 'на ракетній', 'ракетн* вулиц*', 'Raketna street', 'Raketna St',
  'Kyiv Post', 'Kyiv Independent', 'Kyiv Pride', 'Kyiv Marathon', 'Chicken Kyiv', 'chicken Kiev', 'котлет* по-київськи',
  'київськ* торт*', 'Kyiv cake',
  // Kyiv as a distance or a direction (clarification 2): the threat is elsewhere.
  'km from Kyiv', 'km north of Kyiv', 'km south of Kyiv', 'km east of Kyiv', 'km west of Kyiv', 'kilometres from Kyiv',
  ...['north', 'south', 'east', 'west'].flatMap((way) => [`km to the ${way} from Kyiv`, `km to the ${way} of Kyiv`, `km ${way} from Kyiv`]),
  'kilometers from Kyiv', 'away from Kyiv', 'away from the capital', 'bypassing Kyiv', 'км від києва',
  'кілометрів від києва', 'оминаючи київ', 'оминаючи столицю', 'повз київ', 'повз столицю',
  // Kyiv as the venue of an announcement.
  'announced in Kyiv', 'said in Kyiv', 'told reporters in Kyiv', 'press conference in Kyiv', 'news conference in Kyiv',
  'speaking in Kyiv', 'during a visit to Kyiv', 'заявив у києві', 'оголосив у києві', 'під час візиту до києва',
  // A call held in Kyiv with another country's leader (not "провів у Києві нараду щодо наслідків нічної атаки").
  ...['провів', 'провела', 'провели'].flatMap((held) => [`${held} у києві телефонну розмову`, `${held} у києві переговори`,
    `${held} у києві зустріч`]),
  // Kyiv as the measure of another city's strike ("…, weeks after a similar strike on Kyiv").
  ...['strike', 'attack'].flatMap((what) => ['Kyiv', 'the capital'].flatMap((kyiv) => [`a similar ${what} on ${kyiv}`,
    `similar ${what} on ${kyiv}`, `similar ${what}s on ${kyiv}`])),
  // Another capital: a region's, a nickname's ("перша столиця" Kharkiv, "південна столиця" Odesa), a country's.
  'regional capital', 'region\'s capital', 'oblast capital', 'oblast\'s capital', 'capital of the region',
  'capital of the oblast', 'first capital', 'столиц* регіону', 'обласн* столиц*', 'столиц* області', 'перш* столиц*',
  'південн* столиц*', 'північн* столиц*', 'столиц* слобожанщини', 'столиц* криму', 'кримськ* столиц*',
  'Belarusian capital', 'Moldovan capital', 'Polish capital', 'Georgian capital', 'Lithuanian capital',
  'Latvian capital', 'Estonian capital', 'Romanian capital', 'Hungarian capital', 'Slovak capital', 'Czech capital',
  'German capital', 'French capital', 'British capital', 'білоруськ* столиц*', 'молдовськ* столиц*',
  'польськ* столиц*', 'km from the capital', 'км від столиці', 'кілометрів від столиці',
  'capital is not under', 'the capital is not under alert', 'київ поза загрозою', 'столиця поза загрозою',
  // The city set apart from an oblast town's report ("…in Brovary. No one was hurt, and the city of Kyiv itself was not
  // targeted").
  ...['Kyiv itself', 'the capital itself', 'the city of Kyiv itself'].flatMap((kyiv) => [...['was not', 'wasn\'t', 'is not', 'isn\'t']
    .flatMap((not) => ['targeted', 'hit', 'attacked', 'under alert', 'under an alert'].map((what) => `${kyiv} ${not} ${what}`)),
    `${kyiv} was spared`, `${kyiv} has been spared`]),
  'сам київ не атакували', 'саму столицю не атакували', 'сам київ не був під ударом', 'самого києва атака не торкнулася',
  'Kyiv is out of danger', 'Kyiv is not in danger', 'Kyiv is not under threat', 'no threat to Kyiv',
  'no danger for Kyiv',
  'загрози для києва немає', 'загрози для столиці немає',
  // Kyiv named as where the weapons did not go ("ракети заходили з півдня і в бік Києва не рухалися").
  ...['в бік', 'у бік', 'на'].flatMap((toward) => ['києва', 'столиці', 'київ', 'столицю'].flatMap((kyiv) =>
    ['не рухалися', 'не рухались', 'не летіли', 'не повертали', 'не прямували'].map((went) => `${toward} ${kyiv} ${went}`))),
  // Kyiv as a time zone or a highway's end ("the Kyiv-Odesa highway near Uman"). Not "line" or "route": a list of
  // cities reads the same ("Alerts in Kyiv, Odesa, line of drones heading north").
  'київським часом', 'за київським часом', 'kyiv time', 'трас* київ', 'автошлях* київ', 'автодорог* київ',
  'біля дороги на київ', 'біля траси на київ', 'об\'їзн* дорог* на київ', 'near the road to kyiv', 'near the highway to kyiv', 'away from kyiv',
  // Moving away from Kyiv (clarification 2): "…рухається в бік Полтавщини — від Києва віддаляється".
  'від києва віддаля*', 'від столиці віддаля*', 'віддаляється від києва', 'віддаляються від києва',
  'віддаляється від столиці', 'віддаляються від столиці', 'віддаляючись від києва', 'віддаляючись від столиці',
  ...['Odesa', 'Kharkiv', 'Chop', 'Lviv', 'Warsaw', 'Dnipro', 'Zhytomyr', 'Chernihiv', 'Sumy', 'Poltava', 'Kovel',
    'Uzhhorod'].flatMap((city) => ['highway', 'motorway'].map((way) => `Kyiv ${city} ${way}`)),
  // Kyiv as a destination of trains and flights.
  'Kyiv-bound', 'bound for Kyiv', 'train to Kyiv', 'trains to Kyiv', 'train from Kyiv', 'потяг* до києва',
  'поїзд* до києва', 'потяг* з києва', 'поїзд* з києва', 'потяг* київ', 'поїзд* київ',
];

/** Wounds a drill stages ("rescuers will evacuate mock casualties"): in any sentence of the update, no casualties. */
const DRILL_CASUALTIES = ['mock casualties', 'mock victims', 'simulated casualties', 'simulate casualties', 'simulated victims',
  // An exercise's wounded ("evacuating 'wounded' comrades under simulated fire").
  'simulated fire', 'under simulated', 'відпрацювали евакуацію поранених', 'відпрацьовували евакуацію поранених',
  'умовн* постраждал*', 'умовн* поранен*', 'умовн* потерпіл*', 'імітаці* постраждал*', 'імітаці* поранен*'];

/** Announced drills: siren tests and controlled detonations are not attacks; staged wounds and fires are a drill's. */
export const DRILLS = [
  // A school's civil-protection drill ("у школах Переяслава відбудеться тренування з цивільного захисту: учні евакуюються до
  // укриттів, … лунатиме місцева сирена. Це не повітряна тривога").
  'тренування з цивільного захисту', 'тренування з евакуації', 'умовн* влучан*', 'умовн* удар*', 'навчання з ліквідації',
  'simulated strike', 'simulated hit', 'mock strike', 'навчальн* евакуаці*', 'civil protection drill*',
  'civil-protection drill*', 'evacuation drill*', 'це не повітряна тривога', 'this is not an air raid alert',
  'this is not an air-raid alert',
  ...DRILL_CASUALTIES, 'staged blaze', 'staged fire', 'imitation fire', 'умовн* пожеж*', 'імітаці* пожеж*',
  'siren test*', 'testing sirens', 'test the sirens', 'test of the sirens', 'testing of sirens',
  'controlled detonation*',
  'controlled explosion*', 'перевір* систем* оповіщення', 'тестують сирен*', 'тестуван* сирен*', 'перевірк* сирен*',
  'вибухов* робот*', 'підривн* робот*', 'промислов* підрив*', 'утилізац* боєприпас*', 'планов* перевірк*', 'контрольован* підрив*', 'sirens will be tested',
  'warning system test*', 'test of the warning system', 'test its warning sirens', 'test warning sirens',
  'test the warning sirens', 'тестуван* систем* оповіщення', 'сирени звучатимуть',
  'test its sirens', 'test their sirens', 'tests its sirens', 'siren check*', 'scheduled test', 'planned test',
  'the drill', 'civil-protection drill*', 'навчальн* тривог*', 'holds a drill', 'hold a drill', 'will hold a drill',
  'held a drill', 'a drill in', 'it is an exercise', 'це лише навчання', 'відпрацювання дій на випадок', 'it\'s an exercise', 'this is an exercise',
  'sirens will sound',
  'sirens will be heard', 'це перевірка', 'це тест', 'this is a test', 'it is a test', 'it\'s a test', 'тестуватимуть сирен*', 'перевірятимуть сирен*', 'сирени лунатимуть', 'сирени пролунають',
  'перевірятимуть систем* оповіщення', 'перевірка систем* оповіщення', 'evacuation drill*', 'civil protection drill*',
  'civil-protection drill*', 'training alert', 'навчальн* тривог*', 'навчальн* евакуац*', 'тренувальн* евакуац*',
  'planned destruction', 'destruction of old munitions', 'destruction of munitions', 'disposal of munitions',
  'destruction of old ordnance', 'destruction of ordnance', 'disposal of ordnance',
  'знищення боєприпас*', 'знищенням боєприпас*', 'планов* знищен*', 'піротехнік* знищ*', 'сапери проводитимуть', 'підриви вибухонебезпечн*',
  'тестов* сигнал*', 'вибухонебезпечн* предмет*', 'знищуватим*', 'знищують боєприпас*', 'сапери знищують',
  'можливі гучні звуки', 'можливий гучний вибух', 'знешкодять', 'часів другої світової', 'планов* знешкодж*', 'знешкодження боєприпас*', 'робота саперів', 'роботу саперів', 'роботою саперів', 'роботою піротехніків', 'робота піротехніків', 'work of sappers', 'sappers at work',
  'loud sounds are possible', 'loud bangs are possible', 'may hear explosions', 'may hear blasts', 'можуть чути вибухи',
  'можуть почути вибухи',
  'civil defence exercise*', 'civil defense exercise*', 'civil-defence exercise*', 'shelter drill*', 'навчання з евакуації',
  'евакуаційн* навчан*', 'simulated air raid',
  'simulated attack', 'імітаці* тривог*', 'навчан* з цивільного захисту', 'controlled destruction', 'will detonate',
  'practise evacuation*', 'practice evacuation*', 'evacuation practice', 'evacuation exercise*', 'siren will sound',
  'не атака', 'сапери знешкоджують', 'знешкоджують боєприпас*', 'навчання рятувальників', 'навчання ДСНС',
  'rescuers\' exercise*', 'rescue exercise*',
  // Old munitions destroyed: "explosions heard this morning came from sappers destroying old munitions".
  'destroying old munitions', 'destroying munitions', 'sappers destroying', 'sappers were destroying',
  'civil-defence drill*', 'civil-defense drill*', 'civil defence drill*', 'civil defense drill*', 'mock evacuation*',
  'тренуван* з евакуац*',
  // Pyrotechnicians' planned blasts: "Піротехніки підриватимуть знайдені боєприпаси, вибухи чутимуть у сусідніх селах".
  // (Not "буде чути вибухи": a live warning says it too, "до столиці летять ракети, буде чути вибухи".)
  'піротехніки підриватимуть', 'сапери підриватимуть', 'підриватимуть знайден*', 'підриватимуть боєприпас*',
  'підриватимуть вибухонебезпечн*',
];

/**
 * Shelters and sirens built, opened or scheduled (LABELLING.md, clarification 3: civil protection, minor, by subject
 * general): no alert and no attack, even in Kyiv.
 */
const CIVIL_PROTECTION_WORKS = [
  'облаштува*', 'облаштуван*', 'new shelters', 'new shelter', 'modular shelter*', 'модульн* укритт*', 'нов* укритт*',
  'new sirens', 'нов* сирен*', 'will install', 'to install', 'install sirens', 'installed sirens', 'встанов* сирен*',
  'встанов* нов*', 'працюватимуть цілодобово', 'працюватиме цілодобово', 'opening hours',
  'графік роботи', 'shelters will be open', 'will be open during', 'during alerts', 'during air raid alerts',
  'під час тривог', 'під час повітряних тривог', 'upgrade*', 'модернізац*',
  // Shelters repaired or too small ("програму ремонту укриттів у закладах освіти", "де укриття не вміщують усіх учнів"),
  // sirens replaced ("replacing old electromechanical sirens … with electronic ones").
  // First-aid courses for blast wounds ("Безкоштовні курси домедичної допомоги при вибухових та осколкових травмах").
  'курси домедичної допомоги', 'курс домедичної допомоги', 'курсах домедичної допомоги', 'first aid course*', 'first-aid course*',
  'ремонт* укритт*', 'укриття не вміщують', 'укриття не вміщує', 'місткість укритт*', 'shelter repair*', 'repair of shelters',
  // Lessons allowed only where the shelter holds everyone ("очне навчання … дозволене лише там, де укриття вміщує всіх учнів").
  'укриття вміщує', 'укриття вміщують', 'shelter can hold', 'shelters can hold', 'shelter holds all', 'shelters hold all',
  'replacing * sirens', 'replacing old * sirens', 'replace * sirens', 'заміна сирен', 'замінюють сирени',
  // A map or an app that shows shelters: civil protection, not an order to go there now.
  'on a map', 'shelter map*', 'map of shelters', 'карт* укриттів', 'мап* укриттів', 'app will',
  // Shelters inspected or listed (civil protection, clarification 3).
  'перевірили укриття', 'перевірка укриттів', 'адреси укриттів', 'адреси всіх укриттів', 'inspectors found',
  'shelters unfit', 'unfit for use', 'audit found', 'audit of shelters', 'аудит* укритт*',
];

/**
 * Shelters inspected, certified or open at set hours (guidance, clarification 3): "Київська ОВА перевірила укриття в 640 школах", "1,120
 * shelters certified for classes". Only a sentence veto of the Kyiv topic and the civil-protection rule's terms, never
 * a hold-back of a live threat. Not kit or maps: "беріть тривожну валізку і в укриття!" and "схема найближчих
 * укриттів" go with live alerts.
 */
const SHELTER_GUIDANCE = ['перевірила укриття', 'перевірили укриття в', 'certified for classes', 'shelters certified',
  // Preparing before any alert ("U.S. citizens … should identify the shelter nearest to their home … install an air-alert
  // app"): not "go to the nearest shelter", which a live alert says.
  // (Not a bare "identify your nearest shelter" at the end of a warning or a condolence: it vetoes every sentence but a live one.)
  'identify the shelter nearest', 'identify the nearest shelter', 'визначте найближче до дому укриття', 'install an air-alert app', 'install an air alert app', 'install the air alert app', 'встановіть застосунок',
  'keep a go-bag ready', 'keep a go bag ready', 'may be issued at any time',
  // Inspections counted ("Прокуратура перевірила 30 укриттів у школах", "A city commission inspected 118 shelters").
  'перевірила * укриттів', 'перевірили * укриттів', 'перевірила * укриття', 'перевірили * укриття', 'перевірених укриттів', 'перевірка укриттів', 'перевірку укриттів',
  'inspected * shelters', 'inspected shelters', 'shelter inspection*', 'shelters were locked', 'inspectors checked',
  'checked * shelters', 'checked shelters',
  // Opening hours of shelters (clarification 3): "Kyiv metro stations will stay open as shelters around the clock".
  'open as shelters around the clock', 'працюватимуть як укриття', 'працюють як укриття цілодобово',
  'працює як укриття цілодобово', 'працюють цілодобово', 'відкриті цілодобово',
  'відчинені цілодобово', 'відкриватимуть цілодобово', 'відчинене цілодобово', 'відкрите цілодобово',
  // In English, whatever stands between ("Shelters in Kyiv's schools will stay open around the clock"; an animal
  // shelter's hours are no civil protection: the rule's negative).
  'open around the clock', 'open 24/7', 'розклад роботи укриттів', 'графік роботи укриттів',
  // Residents' questions and the answers, shelters being fitted or short of what they need, a school's standing procedure
  // ("Чи відчиняють укриття в школі №268 уночі?", "pets are allowed in metro shelters if they are on a leash", "schools
  // whose basement shelters still lack ventilation", "turn the underground car park into a shelter", "Нагадуємо порядок дій").
  'чи відчиняють укриття', 'чи відчиняється укриття', 'чи працює укриття', 'де найближче укриття', 'найближче укриття біля',
  'pets are allowed', 'lack ventilation', 'lacks ventilation', 'a second exit', 'compliant shelter', 'until the shelter is repaired',
  'into a shelter with', 'car park into a shelter', 'parking into a shelter', 'порядок дій', 'перелік укриттів',
  'адреси найближчих укриттів', 'answering residents\' questions'];

/** Lines down under wet snow or ice ("Через налипання мокрого снігу на дроти … знеструмлено 80 населених пунктів"). */
const WEATHER_OUTAGES = ['налипан* снігу', 'налипан* мокр* снігу', 'вагою мокр* снігу', 'weight of wet snow', 'wet snow brought down',
  'icing on power lines', 'ice on power lines'];

/** Things that share words with war news but are not war news. */
const NOT_WAR_NEWS = [
  'storm alert', 'weather alert', 'weather warning', 'air quality alert', 'air-quality alert', 'штормов* попереджен*',
  'heat alert', 'flood alert', 'record heat', 'heatwave', 'heat wave', 'спек*', 'scheduled power outage*',
  'scheduled outage*', 'planned outage*', 'frost', 'snowfall', 'blizzard', 'icy roads', 'снігопад*', 'ожеледиц*',
  'заморозк*',
  ...WEATHER_OUTAGES,
  'хуртовин*', 'animal shelter*', 'притул* для тварин', 'домашніх тварин', 'delivery drone*', 'drone delivery', 'загубил* кіш*', 'загубився кіт', 'загубився пес',
  'загубилася собака', 'lost cat', 'lost dog', 'missing cat', 'missing dog', 'доставку піци', 'доставку * дронами',
  'доставка дронами', 'доставки дронами', 'доставку дронами',
  'drone-delivery',
  'доставк* дрон*', 'доставк* посил*', 'доставк* ліків', 'ракетомодел*', 'model rocket*', 'моделей ракет',
  'exhibition', 'museum', 'виставк*', 'музе*', 'gas explosion', 'gas leak', 'вибух* газу', 'витік* газу',
  'газоповітрян* суміш*', 'побутового газу', 'household gas',
  // Said not to be the war's ("the outage was not related to shelling", "Пожежа … не була спричинена атакою").
  ...['not related to', 'not caused by', 'unrelated to'].flatMap((not) => ['shelling', 'the shelling', 'an attack', 'the attack',
    'a strike', 'the strike'].map((war) => `${not} ${war}`)),
  'не була спричинена атакою', 'не спричинена атакою', 'не спричинена обстрілом', 'не пов\'язан* з обстріл*', 'не пов\'язан* з атак*',
  'cable failure',
  'газов* балон*', 'газов* котл*', 'газов* котел', 'gas cylinder', 'gas canister', 'gas boiler', 'boiler explosion',
  'short circuit', 'electrical fault', 'faulty wiring', 'electrical wiring', 'kitchen fire', 'restaurant kitchen',
  'careless smoking', 'cigarette', 'candle', 'електропроводк*', 'недопал*', 'свічк*', 'коротк* замикан*',
  'road accident', 'car crash', 'traffic accident', 'дтп', 'продам', 'продаю', 'for sale', 'show of * drones',
  'show of * * drones', 'show of * * * drones',
  // Fiction: "swarms of alien drones descend on the capital of a fictional planet", "ракети летять на столицю вигаданої планети".
  'fictional', 'sci-fi', 'science fiction', 'science-fiction', 'вигадан* планет*', 'вигаданої країни', 'фантастичн* роман*',
  // A game, a novel, an advert, a weather system ("гравець керує ППО вигаданого міста", "історія кохання …, 320 сторінок,
  // тверда обкладинка", "The sirens of summer sales are sounding! … explosive discounts", "Сирена знижок!", "«бомбовий циклон»").
  'вигадан* міст*', 'гравець керує', 'the player controls', 'історія кохання', 'love story', 'тверд* обкладинк*', 'hardcover',
  'paperback', 'summer sales', 'discounts', 'знижок', 'знижк*', 'bomb cyclone', 'бомбов* циклон*',
  // Rents ("Оренда квартир у Києві за рік подорожчала на 8% … орендарі дедалі частіше питають рієлторів про … укриття").
  'оренда квартир', 'оренди квартир', 'орендарі', 'рієлтор*', 'rental prices', 'rent prices', 'rents rose', 'rents in kyiv',
  // A shop's call to buy ("Shelter-ready! Our foldable camp beds fit any basement … Order today — same-day delivery").
  'order today', 'order now', 'same-day delivery', 'замовляйте зараз', 'замовляйте вже', 'замовте зараз', 'замовте вже',
  'доставка в день замовлення',
  'науково-фантастичн*',
  // Cars in a crash ("На трасі … зіткнулися два автомобілі"), grass burning ("ліквідували 37 пожеж в екосистемах").
  'зіткнулися два автомобілі', 'зіткнулися автомобілі', 'автомобілі зіткнулися', 'зіткнення автомобіл*', 'зіткнення двох автомобіл*',
  'cars collided', 'head-on collision', 'collided with', 'зіткнувся з', 'зіткнулася з', 'зіткнулося з', 'зіткнулися з',
  // Storms and energy saving: "Негода у Вишгороді: шквальний вітер повалив дерева", "double glazing under an energy-saving programme".
  'негода', 'негоди', 'негоду', 'штормов* вітер', 'штормов* вітр*', 'storm winds', 'storm-force', 'gale-force',
  'повалено * дерев', 'повалено понад * дерев', 'повалило дерева', 'повалив дерева', 'повалені дерева', 'шквальн* вітер', 'шквальн* вітр*', 'ураганн* вітер', 'ураганн* вітр*', 'повалив * дерев', 'energy-efficient', 'energy-saving', 'енергоефективн*', 'енергозбережен*', 'пожеж* в екосистем*', 'пожеж* сухої трави', 'спалювати суху траву',
  'спалювання сухої трави',
  // A song stuck in one's head ("'Sirens in the night…' — can't get this song out of my head").
  'this song', 'that song', 'out of my head', 'song lyrics',
  'football', 'футбол*', 'Champions League', 'Ліг* чемпіонів', 'scored', 'забив гол', 'забили гол', 'забила гол',
  'concert', 'концерт*', 'festival', 'фестивал*',
  'price alert', 'app alert', 'курс* валют*', 'exchange rate*', 'alert-сповіщен*', 'fireworks', 'феєрверк*', 'cyber attack*', 'cyberattack*', 'кібератак*', 'heart attack',
  'fire alarm*', 'пожежн* тривог*', 'пожежн* сигналізац*', 'датчик* диму', 'smoke detector*', 'podcast*', 'подкаст*',
  'attacked by hackers', 'hacker attack*', 'hackers attacked', 'хакерськ* атак*', 'атакували хакери', 'атаку хакерів',
  'transformer exploded', 'transformer explosion', 'вибухнув трансформатор', 'вибух трансформатора',
  'трансформатор вибухнув',
  'серцев* напад*', 'forest fire', 'wildfire*', 'лісов* пожеж*', 'побутов* пожеж*',
  'необережн* поводжен* з вогнем', 'electric heater', 'обігрівач*', 'carbon monoxide', 'чадн* газ*', 'отруєн* чадн*',
  'homeless shelter*', 'shelter for the homeless', 'shelters for displaced', 'shelter for displaced', 'прихист*',
  'drowned', 'потонув', 'потонула', 'flood*', 'паводок', 'паводк*', 'підтоплен*', 'power schedule*',
  'outage schedule*', 'графік* відключен*', 'графік* погодинн*', 'планов* відключен*', 'планово замін*', 'stabilisation outages',
  'stabilization outages', 'стабілізаційн* відключен*', 'planned power outage*', 'grid maintenance', 'due to maintenance',
  // An air-quality app's "red alert" ("застосунок показує «червону» тривогу" after leaves were burnt).
  'якість повітря', 'якості повітря', 'забруднення повітря', 'забрудненням повітря', 'рівень забруднення', 'air pollution', 'smog', 'смог', 'спалювання листя', 'палити опале листя',
  // A household fire said to have nothing to do with an attack (clarification 5: "the fire was not caused by an attack").
  'несправну проводку', 'несправна проводка', 'несправної проводки', 'faulty wiring', 'з обстрілом не пов\'язан*',
  'з обстрілом займання не пов\'язане', 'не пов\'язане з обстрілом', 'не пов\'язана з обстрілом', 'not related to the shelling',
  'not related to the attack', 'not caused by an attack', 'not caused by the attack',
  // An alert app's maintenance ("Технічні роботи з 02:00 до 02:30: сповіщення про тривогу можуть надходити із затримкою").
  'технічні роботи', 'технічних робіт', 'scheduled maintenance', 'app maintenance', 'можуть надходити із затримкою',
  'можуть надходити з затримкою', 'можуть приходити із затримкою', 'можуть приходити з затримкою', 'may be delayed',
  'flu', 'грип*', 'epidemic', 'епідемі*', 'lottery', 'лотере*', 'rooftop bar', 'new bar',
  'cocktail bar', 'dj set', 'bcm', 'injected into storage', 'шоу дронів', 'шоу з дронів', 'шоу з * дронів', 'шоу * дронів',
  'drone show*', 'drone light show*', 'дорожн* робіт', 'roadworks', 'road works',
  'планов* знеструмлен*',
  // Games, light shows and sales that borrow the war's words ("мобільна гра дозволяє збивати «шахеди»", "вибухові знижки").
  'мобільна гра', 'мобільну гру', 'мобільній грі', 'відеогр*', 'комп\'ютерн* гр*', 'video game*', 'mobile game*',
  'computer game*', 'in ranked', 'ranked match*', 'enemy team', 'server lag', 'light show*', 'світлов* шоу', 'шоу дронів', 'drone show*', 'smog alert', 'smog warning', 'amber smog',
  'spacex', 'starship', 'перфоратор*', 'закон про тишу', 'дрон для зйомки', 'дрона для зйомки', 'зйомки весілля', 'tyre explod*',
  'tire explod*', 'шина вибухнула', 'вибухнула шина', 'вибухов* знижк*', 'explosive discount*', 'explosive sale*',
  // Festivals are loud too ("Гучно на Подолі: джаз-фест, 3 дні").
  'джаз*', 'jazz', 'фест', 'fest',
  // An incident said not to be an attack (clarification 5: "the fire was not caused by an attack").
  'not caused by', 'was not an attack', 'were not an attack', 'not an attack but', 'demolition work*',
  'planned demolition', 'controlled demolition', 'демонтаж*', 'not related to the attack*',
  'unrelated to the attack*', 'не спричинен*',
  'не пов\'язан* з атак*', 'не пов\'язан* з обстріл*', 'не пов\'язан* з ударом', 'не внаслідок',
];

/**
 * A story about the war: a premiere, a film, a play, a book or a song told about it (fiction, clarification 7). Not
 * war news, like NOT_WAR_NEWS; but a statement's look-back words still make a documentary a statement (minor).
 */
/**
 * Power-cut schedules: utility news that official channels post beside a declared alert ("Графіки відключень на
 * завтра: … Водночас у місті зараз повітряна тривога"); they hold back only their own sentence of a live threat.
 */
const POWER_SCHEDULES = [
  'scheduled power outage*', 'scheduled outage*', 'planned outage*', 'power schedule*', 'outage schedule*',
  'графік* відключен*', 'графік* погодинн*', 'планов* відключен*', 'stabilisation outages', 'stabilization outages',
  'стабілізаційн* відключен*', 'planned power outage*', 'планов* знеструмлен*',
];

const STORIES = [
  // A film called by its screen words ("«Тривога» — нова стрічка про київську родину … виходить у прокат").
  'стрічка про', 'стрічку про', 'стрічки про', 'нова стрічка', 'виходить у прокат', 'вийде у прокат', 'виходить в прокат',
  'вийде в прокат', 'hits cinemas', 'in cinemas from', 'opens in cinemas',
  'прем\'єр* вистав*', 'прем\'єр* фільм*', 'прем\'єр* серіал*', 'premiere of', 'film premiere', 'premiered', 'film about',
  'play about', 'novel about', 'book about', 'song about', 'фільм про', 'фільму про', 'вистава про', 'виставу про',
  'вистави про', 'роман про', 'книга про', 'книжка про', 'книгу про', 'пісня про', 'пісню про',
  'серіал*', 'tv series', 'series filmed', 'episode one',
  'first episode', 'new episode', 'latest episode', 'the play runs', 'new play', 'випустил* пісн*', 'випустив пісн*',
  'нов* пісн*', 'new song', 'released a song', 'new single',
  // A book's or a film's blurb ("Новинка: «Під крилом шахеда» | Роман Ірини Коваль — про одну ніч …: сирена, … Дрони гудуть
  // над дахом … Презентація — на Книжковому Арсеналі", "Opening film: … A tense, funny chamber drama about a city").
  'книжков* арсенал*', 'book arsenal', 'презентація книги', 'презентація роману', 'презентацію книги', 'презентацію роману',
  'новий роман', 'роману про', 'opening film', 'chamber drama', 'drama about', 'comedy about', 'documentary about',
  'про одну ніч', 'about one night', 'about a single night', 'герої роману', 'героїня роману', 'the novel\'s heroes',
  // A review of one ("Book review: 'Nights Underground' follows three strangers who shelter in a Kyiv metro station…").
  'book review', 'film review', 'movie review', 'theatre review', 'рецензі*',
  // A café's menu reviewed ("Review: 'Shahed Burger' on Podil serves a 'Kinzhal' hot dog … three stars").
  'restaurant review', 'food review', 'hot dog', 'milkshake', 'soggy buns', 'two stars', 'three stars', 'four stars',
  'stars out of five', 'зірки з п\'яти', 'зірок з п\'яти',
  // A school exercise that quotes such a sentence ("Завдання 17: «Над Києвом знову виє сирена…». Скільки граматичних
  // основ у реченні?").
  'граматичн* основ*', 'у реченні', 'в реченні', 'завдання нмт', 'завдання зно', 'розбираємо завдання', 'exam question*',
  'in this sentence', 'in the sentence',
];

/** Things that are not war news, and stories told about the war. */
const NOT_WAR = [...NOT_WAR_NEWS, ...STORIES];
/**
 * A digest's other items (the weather, an exhibition) beside an alert: "Вибухи в Києві стихли, але тривогу не скасовано —
 * залишайтеся в укриттях. Водночас у Житомирі … через снігопад". Like the power-cut schedules, they hold back a live threat
 * and veto the Kyiv topic in their own sentence only (NOT_WAR's other words, and these for every rule but the live
 * threats, still veto the whole update: a storm's damage is no strike's). Not football: a match report that retells
 * an alert in the second half, or quotes one, is the match's news.
 */
const DIGEST_COMPANIONS = [
  'frost', 'snowfall', 'blizzard', 'icy roads', 'снігопад*', 'ожеледиц*', 'заморозк*', 'хуртовин*', 'heatwave', 'heat wave',
  'record heat', 'спек*', 'exhibition', 'museum', 'виставк*', 'музе*', ...WEATHER_OUTAGES,
];
/** NOT_WAR without the power-cut schedules and a digest's other items, for the vetoes that hold back a whole update. */
const NOT_WAR_BUT_SCHEDULES = NOT_WAR.filter((term) => !POWER_SCHEDULES.includes(term) && !DIGEST_COMPANIONS.includes(term));

/**
 * Looking back at attacks a year or more ago (LABELLING.md, clarification 6): anniversaries, memorials, verdicts,
 * documentaries, rebuilt homes. General and minor, even when they restate the dead.
 */
export const LOOK_BACK = [
  // Memoirs of the war's nights (non-fiction looking back).
  'спогади', 'спогадів', 'memoir*',
  // The Second World War's raids ("Восени 1941 року німецька авіація бомбардувала Київ щоночі").
  '1941 року', '1942 року', '1943 року', 'in 1941', 'in 1942', 'in 1943', 'німецька авіація', 'luftwaffe',
  // An attack told as a timeline afterwards ("Вибухи в Києві 14 листопада: хронологія атаки").
  'хронологія атаки', 'хронологія нічної атаки', 'хронологія подій', 'хронологія обстрілу', 'timeline of the attack',
  'timeline of the strike', 'how the attack unfolded', 'як розгорталася атака',
  // The first night or day of the full-scale invasion, recalled ("Kyiv families recall the first night of the invasion").
  'recall the first night', 'recall the first day', 'recalls the first night', 'recalls the first day',
  'згадують першу ніч', 'згадують перший день', 'згадує першу ніч', 'згадує перший день',
  'anniversary', 'роковин*', 'річниц*', 'memorial', 'commemorat*', 'вшанува*', 'years ago', 'років тому', 'роки тому',
  'a year ago', 'year ago today', 'рік тому', 'two years since', 'a year since', 'minute of silence',
  // "Four years on, families of the victims … received the final compensation payments".
  'years on', 'a year on', 'рік по тому', 'роки по тому', 'років по тому',
  'moment of silence',
  'хвилин* мовчання', 'documentary', 'документальн* фільм*', 'in absentia', 'заочно засуд*', 'sentenced', 'verdict', 'вирок*',
  // A trial in absentia (not a suspicion served in absentia the morning after: the attack's follow-up).
  'розглядають заочно', 'розглядатимуть заочно', 'судять заочно', 'заочн* суд*', 'заочного розгляду', 'заочний розгляд',
  'rebuilt', 'відбудован*', 'in memory of', 'пам\'ять загибл*', 'пам\'яті загибл*', 'recalls the night', 'згадують',
  'recalled the night', 'recalled the winter', 'recalled the summer', 'recalled the spring', 'recalled the autumn',
  'меморіал*', 'on this day', 'цього дня', 'у цей день', 'years since the', 'year since the', 'минуло два роки',
  'минуло три роки', 'минуло чотири роки', 'минув рік', 'минуло півтора року', 'роки від удару', 'роки від атаки',
  'років від удару', 'рік від удару', 'рік після удару', 'роки після удару', 'years after the missile',
  'years after the drone', 'years after the strike', 'years after the attack', 'year after the strike',
  // Not "пам'ять" alone: "Вічна пам'ять" closes a toll report of this morning.
  'year after the attack', 'memorial plaque', 'пам\'яті', 'пам\'ять про', 'в пам\'ять', 'у пам\'ять', 'remembering', 'remembered', 'remembrance', 'remembers', 'згадує',
  'one year since', 'a year since', 'two years since', 'three years since', 'рік від', 'роки від', 'років від',
  'рік з дня',
  'роки з дня', 'років з дня',
  ...['2022', '2023'].flatMap((year) => [
    ...['січні', 'лютому', 'березні', 'квітні', 'травні', 'червні', 'липні', 'серпні', 'вересні', 'жовтні', 'листопаді', 'грудні'].map((month) => `${month} ${year}`),
    ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].flatMap((month) => [`in ${month} ${year}`, `${month} ${year}`]),
    ...['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'].map((month) => `${month} ${year}`),
  ]),
  ...['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023'].flatMap((year) => [
    `the ${year}`, `a ${year}`, `from ${year}`, `${year}-го`, `у ${year} році`, `в ${year} році`,
  ]),
];

/** Debunked reports: minor, and no live attack; a fake about Kyiv is still about Kyiv (clarification 5). */
export const FAKES = [
  'fact check', 'fact-check*', 'debunk*', 'fake', 'false reports', 'reports are false', 'untrue', 'фейк*',
  'дезінформац*', 'неправдив*', 'не відповідає дійсності', 'спростува*', 'спростовує', 'false alarm', 'by mistake',
  'technical failure', 'technical glitch', 'помилков*', 'технічн* збій', 'технічн* збою', 'не підтвердил*',
  'не підтвердилась', 'not confirmed', 'turned out to be false', 'виявил* неправдив*',
  'are false', 'is false', 'were false', 'was false', 'є фейком', 'не відповідають дійсності', 'was filmed in',
  'were filmed in', 'filmed back in', 'це неправда', 'is not true', 'this is not true', 'that is not true',
  // A video passed round again ("'KYIV IS BURNING RIGHT NOW' — no. This video is a 2066 warehouse fire in Kharkiv").
  'stop sharing', 'please stop sharing', 'this video is from', 'this video is a', 'this footage is from',
  // A film's footage passed off as an attack ("A video of 'massive explosions in Kyiv' … is a clip from an action film").
  ...FILM_CLIPS,
  // Not "Не знімайте і не поширюйте відео" of air defence at work, a live notice.
  'не поширюйте фейк*', 'не поширюйте це відео', 'не поширюйте неперевірен*', 'не поширюйте чутки',
  'це відео з', 'це відео зняте', 'відео зняли',
  // A sound mistaken for an attack ("переплутали звук сирени з тривогою"; "had heard a helicopter; no alert had been
  // declared"). Not "а не дрон" or "not a drone": "Над Києвом ракета, а не дрон — в укриття!" is live.
  'переплутал* звук*', 'переплутал* гуркіт', 'mistook the sound', 'mistook the noise', 'no alert had been declared',
];

/** Looking back or debunking rather than reporting. */
const RETROSPECTIVE = [...LOOK_BACK, ...FAKES];

/**
 * An alert lifted after a while ("An air-raid alert declared across Ukraine after a MiG-31K took off has been lifted
 * after about 40 minutes"): an all-clear that tells the alert as finished, so what it adds of no impact is the
 * air-defence result's (moderate; clarification 16), not an all-clear's alone.
 */
const LIFTED_AFTER = ['has been lifted after', 'was lifted after', 'were lifted after', 'has ended after', 'alert ended after'];

/** Figures of speech built on war words (LABELLING.md, clarification 7); cue-scopes.ts finds "a barrage of …". */
const METAPHORS = [
  // A goal called a missile strike ("Справжнім «ракетним ударом» став гол Мельника з 30 метрів").
  'справжнім ракетним ударом', 'справжній ракетний удар', 'ракетним ударом став гол', 'гол-ракета',
  // A person or a wallet under fire is criticised or charged, not attacked.
  'тривога для гаманц*', 'мер під обстрілом', 'міністр під обстрілом', 'під обстрілом критики', 'під обстрілом питань',
  'mayor under fire', 'minister under fire', 'уражене травмами', 'уражена травмами', 'уражений травмами', 'hit by injuries',
  'injury-hit',
  // A market or a currency in alarm ("Kyiv's stock market under attack", "Тривога на біржі").
  'stock market under attack', 'market under attack', 'markets under attack', 'stocks under attack',
  'currency under attack', 'тривога на біржі', 'тривога на ринку', 'тривога на валютному ринку',
  'hit a record', 'hit record', 'hits a record', 'hit an all-time', 'hit a new high', 'hit a new low',
  'bombshell*', 'explosive', 'came under fire', 'come under fire', 'comes under fire', 'under fire from',
  'under fire over', 'under fire for', 'rocketed', 'rocketing', 'skyrocket*', 'sky-high', 'fresh attack on',
  'verbal attack*', 'attack on press freedom', 'attack on democracy', 'attacks on the press', 'panic attack*',
  'attacking midfielder', 'striker', 'had a blast', 'blast from the past', 'price explosion', 'explosion of',
  'вибух емоц*', 'вибух* емоцій', 'вибухов* зростан*', 'вибухов* попит*', 'злетіли ракетою', 'злетів ракетою',
  'злетіла ракетою', 'злетіло ракетою', 'ракетою злет*', 'новина-бомба', 'бомбезн*', 'атакувал* запит*',
  'атакували питаннями', 'атакує питаннями', 'обстріл питаннями', 'обстріл запитаннями', 'шквал критик*', 'шквал питань', 'шквал запитань', 'шквал коментарів',
  'шквал дзвінків', 'шквал повідомлень', 'під шквалом критики', 'атак* на свобод*', 'атак* на демократ*',
  'справжн* бомб*', 'стала бомбою', 'став бомбою', 'стало бомбою', 'real bomb', 'a bomb of a', 'the bomb',
  // A strike that is a walkout, a bomb that is a flop or a storm, a drone that is a dull voice.
  'on strike', 'went on strike', 'go on strike', 'general strike', 'hunger strike', 'strike action', 'workers strike',
  'workers\' strike', 'strike by', 'strikes by', 'bombed at the box office', 'photobomb*', 'bath bomb*', 'bomb cyclone',
  // (The verb "drone on" in its talking forms only: "drones on the left bank" and "drone on approach" are the weapon.)
  'droned on', 'drone on about', 'drones on about', 'drone on and on', 'drones on and on', 'droning on about', 'droning on and on',
  'drones on past', 'drone on past', 'drones on for', 'drone on for',
  'media blitz', 'sales blitz', 'charm offensive', 'price war', 'war on drugs',
  'in the crosshairs', 'attack on the newsroom', 'атак* на редакці*', 'під прицілом критик*', 'вогонь критики',
  'shot down the idea', 'shot down the proposal', 'shot down the plan', 'shot down rumours', 'shot down claims',
  // A brand's push into markets, the heat, an allergy season ("«атакує» ринки Молдови", "«Атака» спеки", "Тривога і для алергіків").
  'атакує ринки', 'атакують ринки', 'атакує ринок', 'атака спеки', 'тривога для алергік*', 'тривога і для алергік*',
  'counter-attack', 'counterattack', 'snowstorm bombards', 'storm bombards', 'kamikaze knight', 'like a rocket', 'like rockets', 'як ракета', 'наче ракета', 'мов ракета', 'ракетн* старт*', 'штурмує чарт*', 'штурмують чарт*', 'storms the charts',
];

/** All-clear wording: the alert or the threat is over. */
/** An all-clear still to come ("stay in shelter, not go out until all clear", "till the all-clear"): none yet. */
export const UNTIL_ALL_CLEAR = ['until the all clear', 'until the all-clear', 'until all clear', 'until all-clear', 'till the all clear',
  'till the all-clear', 'till all clear', 'till all-clear', 'until an all clear', 'until an all-clear',
  // "Please do not come to collect your children before the all-clear"; "remain there until authorities announce the all-clear".
  'before the all clear', 'before the all-clear', 'before an all clear', 'before an all-clear',
  ...['until * announce the', 'until * * announce the', 'until * announce an', 'until * * announce an'].flatMap((until) => [`${until} all-clear`, `${until} all clear`]),
  // "Не виходьте з укриттів, доки не пролунає відбій".
  ...['доки не', 'поки не', 'аж поки не'].flatMap((until) => ['пролунає відбій', 'оголосять відбій', 'дадуть відбій'].map((clear) => `${until} ${clear}`))];

export const ALL_CLEAR = [
  'all clear', 'all-clear', 'alert is over', 'alert was over', 'alert has ended', 'alert ended', 'alert lifted', 'alert was lifted',
  // The night's attack said to be over, the alert lifted at its hour ("Russia's night attack on Kyiv is over: the alert, declared
  // shortly before 1am, was lifted at about 4.10am").
  ...['kyiv', 'the capital', 'the city'].map((place) => `attack on ${place} is over`), 'was lifted at', 'were lifted at',
  ...LIFTED_AFTER,
  'alert has been lifted', 'lifted the alert', 'threat has passed', 'threat is over', 'threat passed', 'відбій',
  'скасовано повітряну тривогу', 'повітряну тривогу скасовано', 'тривогу скасовано', 'тривогу скасували', 'скасували тривогу',
  'скасовано тривогу', 'тривогу завершено', 'тривогу закінчено', 'тривогу знято', 'тривога завершена', 'тривога закінчена',
  'загроза минула', 'загрозу знято', 'загроза зникла', 'alert in Kyiv is over', 'alert in Kyiv has ended',
  'alert in Kyiv ended', 'alert over', 'alerts ended',
  // Its end at an hour, the alert named at length ("The second air raid alert of the morning in Kyiv ended at 09:35").
  ...['* ', '* * ', '* * * ', '* * * * ', '* * * * * '].map((between) => `alert ${between}ended at`),
  // Its end with its place between as the time of what came after ("resumed once the air-raid alert in Lviv ended"; not "The
  // alert in Odesa has ended, and drones are heading for Kyiv"), and one already lifted ("тривогу вже скасовано").
  ...['once the', 'after the'].flatMap((when) => ['alert in * ended', 'air-raid alert in * ended', 'air raid alert in * ended'].map((end) => `${when} ${end}`)),
  'тривогу вже скасовано', 'ended without any missile launches', 'ended without missile launches', 'ended without any launches',
  'ended without launches', 'завершилася без пусків', 'закінчилася без пусків', 'минула без пусків', 'тривогу вже скасували',
  'тривогу вже знято', 'тривогу вже зняли', 'тривога вже завершилася', 'тривога вже закінчилася', 'тривог* завершил*', 'тривог* закінчил*', 'тривога минула',
  'завершилася тривога', 'закінчилася тривога', 'тривогу відбито', 'тривогу знято', 'можна виходити',
  'can leave the shelters', 'can leave shelters', 'has passed', 'attacks are over', 'are over for now', 'тривогу в столиці скасовано',
  'тривогу у столиці скасовано', 'тривогу в києві скасовано', 'тривогу у києві скасовано',
  // "… is over" with what is over: not "a drone is over the city", "a group of Shaheds is now over Chernihiv oblast".
  ...['is over', 'is now over', 'is over for now', 'is finally over'].flatMap((over) => [
    ...['attack', 'raid', 'air raid', 'alarm', 'warning', 'danger', 'threat', 'shelling', 'bombardment', 'strike', 'night',
      'day', 'it', 'this', 'alert', 'oblast', 'region', 'capital', 'city', 'country', 'Ukraine'].map((what) => `${what} ${over}`),
    ...['missiles', 'ballistic missiles', 'drones', 'shaheds', 'the air'].flatMap((weapon) => [`threat from ${weapon} ${over}`, `threat of ${weapon} ${over}`]),
    ...['Kyiv', 'the capital', 'the city', 'the oblast', 'the region', ...OTHER_PLACES.filter((place) => /^[A-Z]/.test(place))]
      .map((place) => `alert in ${place} ${over}`),
  ]),
  'has now ended', 'зараз скасовано', 'зараз скасована', 'зараз завершилася', 'зараз завершилась',
];

/**
 * An alert said to be lifted by whoever lifted it: "Authorities in Kharkiv lifted the air raid alert", "У Львові зняли
 * повітряну тривогу". The all-clear rule's, and a negative of the alert words they contain (not a hold-back of the whole
 * update: "Вибухи в Києві! Ще не зняли тривогу, залишайтеся в укриттях" is live).
 */
export const ALERT_LIFTED_BY = [
  // (Three words between: "The air force lifted the nationwide ballistic missile alert, including for Kyiv".)
  ...['lifted', 'called off', 'ended'].flatMap((over) => [`${over} the * alert`, `${over} the * * alert`, `${over} the * * * alert`, `${over} an * alert`]),
  'called off the alert', 'ended the alert', 'зняли тривогу', 'зняли повітряну тривогу', 'скасували повітряну тривогу',
];

/**
 * The alert of a place (one to four words, in English five, none a negation) over, lifted or called off: "Повітряну
 * тривогу в Обухові завершено", "Тривогу в Харкові та області скасовано", "Alert in Bila Tserkva lifted", "The air raid
 * alert in Kharkiv and the surrounding region was lifted". All-clears in other words (below), and the incident matcher's.
 */
export const ALERT_OVER_IN_PLACE = [
  ...['в', 'у', 'на', 'по'].flatMap((at) => ['завершено', 'закінчено', 'скасовано', 'знято', 'припинено', 'скінчилася',
    'скінчилась', 'закінчилася', 'закінчилась', 'завершилася', 'завершилась', 'минула', 'скасували', 'зняли',
    'завершили'].flatMap((over) =>
    [`тривог* ${at} * ${over}`, `тривог* ${at} * * ${over}`, `тривог* ${at} * * * ${over}`, `тривог* ${at} * * * * ${over}`,
      `тривог* ${at} * нарешті ${over}`, `тривог* ${at} * вже ${over}`])),
  ...['in', 'for', 'over', 'across'].flatMap((at) => ['lifted', 'has been lifted', 'has since been lifted', 'was lifted', 'is lifted',
    'called off', 'has been called off', 'was called off', 'has since ended'].flatMap((over) =>
    [`alert ${at} * ${over}`, `alert ${at} * * ${over}`, `alert ${at} * * * ${over}`, `alert ${at} * * * * ${over}`,
      `alert ${at} * * * * * ${over}`])),
  'alert has since been lifted', 'alert has since ended', 'alert was later lifted', 'тривогу згодом скасували', 'тривогу згодом скасовано',
];

/**
 * All-clears in other words ("sirens off in Kyiv", "Тривога в столиці скінчилася"): the all-clear rule's (minor) and
 * negatives of the active-threat rules, so they cancel only the alarm word they are made of. Never hold-backs:
 * "Сирени стихли, але тривога в столиці триває" and "Тривога в столиці скінчилася? Ні! Балістика на Київ" stay live.
 */
const ALL_CLEAR_IN_OTHER_WORDS = [
  'тривог* скінчил*', 'скінчилася тривога', 'скінчилась тривога', 'тривог* вже скінчил*', 'тривог* уже скінчил*',
  'тривог* вже закінчил*', 'тривог* уже закінчил*', 'тривог* вже завершил*', 'тривог* уже завершил*', 'sirens off', 'sirens are off', 'sirens silent',
  'sirens fell silent', 'sirens have fallen silent', 'sirens went silent', 'everything quiet now', 'all quiet now',
  'everything is quiet now', 'зараз тихо', 'наразі тихо', 'зараз все тихо', 'вже тихо',
  // A threat said to be over, shelters closing till the next alert ("the threat from attack drones is over", "укриття
  // зачиняють до наступного сигналу").
  ...['the threat', 'threat from drones', 'threat from attack drones', 'threat from missiles', 'threat from ballistic missiles',
    'threat of drones', 'threat of missiles', 'drone threat', 'missile threat', 'ballistic threat'].flatMap((threat) =>
    [`${threat} is over`, `${threat} has passed`, `${threat} has ended`]),
  'danger has passed', 'укриття зачиняють', 'укриття зачинять', 'укриття закривають до', 'небезпека минула',
  'небезпеку знято',
  // "Загроза ракетного удару минула": the threat's words between.
  ...['удару', 'ударів', 'атаки', 'балістики', 'ракет', 'дронів', 'бпла', 'шахедів', 'обстрілу', 'обстрілів'].flatMap((what) =>
    [`${what} минула`, `${what} зникла`]),
  ...['in kyiv', 'in the capital', 'in the city', 'over kyiv', 'over the capital', 'across kyiv', 'across the capital'].flatMap(
    (place) => [`sirens ${place} fell silent`, `sirens ${place} went silent`, `sirens ${place} have fallen silent`]),
  'сирени стихли', 'сирени замовкли',
  ...['загрозу', 'загрозу балістики', 'тривогу'].flatMap((what) =>
    ['для києва', 'для столиці', 'для київщини'].map((place) => `${what} ${place} знято`)),
  ...['в столиці', 'у столиці', 'в києві', 'у києві', 'на київщині'].flatMap((place) =>
    ['скінчилася', 'скінчилась', 'закінчилася', 'закінчилась', 'завершилася', 'завершилась'].map((over) => `тривога ${place} ${over}`)),
  ...ALERT_OVER_IN_PLACE,
];

/** A report that an attack caused nothing: an air-defence result (moderate), never impact. */
/** Wire copy's impacts denied at once ("there were no reports of damage or casualties"): the damage rule's negative too. */
const NO_REPORTS_OF_IMPACT = [
  ...['damage', 'casualties', 'injuries', 'deaths', 'victims'].flatMap((first) => ['damage', 'casualties', 'injuries', 'deaths',
    'victims'].filter((second) => second !== first).flatMap((second) => [`no reports of ${first} or ${second}`,
    `no reports of ${first} and ${second}`])),
  'no reports of injuries', 'no reports of deaths', 'no hits casualties or damage', 'no hits damage or casualties',
  'no hits or casualties', 'no hits or damage', 'no casualties or hits', 'nothing was damaged', 'nothing was destroyed', 'no buildings were damaged',
  // "Інформації про влучання чи постраждалих станом на зараз немає" (the genitive of "no information about").
  'інформації про влучання', 'інформації про постраждалих', 'інформації про руйнування', 'інформації про пошкодження',
  // "Влучань і падінь уламків у місті не зафіксовано" (the hits too far before their negation).
  ...['влучань', 'падінь уламків', 'падіння уламків', 'руйнувань', 'уламків'].flatMap((first) => ['і', 'та', 'чи'].flatMap((and) => ['влучань',
    'падінь уламків', 'падіння уламків', 'руйнувань', 'постраждалих', 'пошкоджень'].filter((second) => second !== first).map((second) => `${first} ${and} ${second}`))),
  'пошкоджень не знайшли', 'пошкоджень не виявили',
  'влучань уламків', 'влучань уламків і постраждалих', 'влучань уламків та постраждалих',
];

const NO_IMPACT = [
  'no damage', 'no casualties', 'no injuries', 'no victims', 'no one was hurt', 'no one was injured',
  'no one was killed', 'nobody was hurt', 'nobody was injured', 'nobody was killed', 'without casualties',
  'no damage or casualties', 'no casualties or damage', 'no reports of damage', 'no reports of casualties',
  'no casualties were reported', 'no damage was reported', 'без наслідків', 'наслідків не зафіксовано',
  'без постраждалих', 'без жертв', 'без руйнувань', 'без руйнувань і постраждалих', 'без руйнувань та постраждалих',
  'без загиблих', 'постраждалих немає', 'загиблих немає', 'жертв немає', 'ніхто не постраждав', 'обійшлося без жертв',
  'обійшлося без постраждалих', 'обійшлося без руйнувань', 'обійшлося без наслідків',
  'руйнувань немає', 'пошкоджень немає', 'не зафіксовано',
  ...NO_REPORTS_OF_IMPACT,
];

/**
 * Nothing launched or seen, no attack to have had no impact ("Наразі тривоги на заході немає, зльотів не зафіксовано").
 */
const NOTHING_LAUNCHED = ['зльот* не зафіксовано', 'злет* не зафіксовано', 'пуск* не зафіксовано', 'запуск* не зафіксовано',
  'активност* не зафіксовано', 'загроз* не зафіксовано', 'no launches were recorded', 'no launches recorded', 'no take-offs'];

/** Windows blown out, counted ("вибито понад 300 вікон"): damage. */
const WINDOWS_BLOWN_OUT = [
  'вибито понад', 'вибито близько', 'вибито майже', 'вибито десятки', 'вибито сотні', 'вибито шибки', 'вибило вікна', 'вибило вікно',
  // By the blast wave ("вибухова хвиля вибила вікна у двох будинках").
  'вибила вікна', 'вибила вікно', 'вибила шибки',
  'вибило шибки', 'повилітали вікна', 'повилітали шибки', 'вилетіли вікна', 'вилетіли шибки', 'залишилися без вікон',
  'залишились без вікон', 'left without windows',
];

/**
 * An attack's impact named without the attack ("two people were injured in Darnytskyi district"): in wartime
 * news from a place it is the strike's toll; accidents, crime and household fires are NOT_WAR.
 */
const IMPACT_IN_PLACE = [
  'injured', 'wounded', 'killed', 'casualties', 'hospitalised', 'hospitalized', 'поранен*', 'загинул*', 'загинув',
  'загибл*', 'постраждал*', 'травмован*', 'госпіталізован*', 'were damaged', 'was damaged', 'пошкоджено',
  'shockwave', 'blast wave', 'вибухов* хвил*', 'crater', 'вирв*', 'windows were blown out', 'вибит* шибк*',
  'вибиті вікна', 'hit overnight', 'struck overnight', 'вибито вікна', 'windows blown out', ...WINDOWS_BLOWN_OUT,
  // Residents' words for a hit and its blast ("Прилетіло десь біля Повітрофлотського, в нас на Чоколівці вікна повилітали"),
  // not "прилетів до Києва" (a visitor's flight).
  'прилетіло', 'вікна повилітали', 'шибки повилітали',
  // Whose strike killed them ("Цієї ночі Росія вбила 12 людей у Києві"; not a crime's "у Києві вбили чоловіка").
  ...['росія', 'рф', 'росіяни', 'ворог', 'окупанти', 'терористи'].flatMap((who) => ['вбила', 'вбили', 'вбив', 'убила', 'убили', 'убив'].map((killed) => `${who} ${killed}`)),
];

/** Windows promised glass (Kyiv's aftermath, and a promise: clarification 15): "місто безкоштовно засклить вікна". */
const GLAZING_PROMISED = ['засклить', 'засклять', 'засклимо'];

/**
 * The city's repairs of what attacks broke (LABELLING.md: statements about the Kyiv strike campaign are on its topic):
 * "Кличко пообіцяв засклити вікна в усіх пошкоджених будинках на Оболоні". Kyiv's topic only: another city's repairs are
 * no attack report. A household accident's damage is no war news, which the learned check tells.
 */
const KYIV_AFTERMATH = [
  'засклити', 'засклили', 'засклено', ...GLAZING_PROMISED, 'вибитих вікон', 'вибиті вікна', 'пошкодженого будинку',
  'пошкоджених будинк*', 'пошкоджених шкіл', 'пошкоджен* внаслідок атак*', 'damaged school*', 'damaged building*',
  'damaged homes', 'damaged houses', 'damaged block*', 'damaged high-rise*', 'damaged apartment block*', 'broken windows', 'windows broken', 'blown-out windows',
  'windows will be replaced', 'will be glazed', 'window* replaced', 'buildings damaged', 'homes damaged',
  'houses damaged', 'apartments damaged', 'flats damaged', 'damaged apartments', 'damaged flats', 'пошкоджених квартир',
  'пошкоджені квартири', 'пошкоджених квартирах',
  // Deaths of Kyiv's residents named as such, damage of the night, a site hit ("Кличко: загибель двох киян у Голосієві —
  // терор", "провадження через нічні пошкодження на Подолі", "Bila Tserkva: industrial site hit").
  'загибель киян', 'загибель * киян', 'загибель * * киян', 'загибелі киян', 'загибелі * киян', 'нічні пошкодження',
  'нічних пошкоджень', 'нічні руйнування', 'нічних руйнувань', 'нічних руйнуваннях', 'site hit', 'facility hit', 'plant hit', 'enterprise hit',
  // The grid hit ("the left-bank substation damaged in the city", "customers who lost power overnight").
  'substation damaged', 'damaged substation', 'substations damaged', 'damaged substations', 'пошкоджен* підстанці*',
  'grid was hit', 'grid were hit', 'substation was hit', 'substations were hit', 'power plant was hit', 'plant was hit',
  'lost power overnight', 'знеструмлені вночі', 'знеструмлено вночі',
  // Damaged in the night ("у двох будинках на Квітневому, пошкоджених уночі, комунальники закривають вікна плівкою").
  ...['пошкоджен*', 'зруйнован*', 'damaged', 'destroyed'].flatMap((hit) => ['уночі', 'вночі', 'цієї ночі', 'минулої ночі', 'overnight',
    'last night'].map((night) => `${hit} ${night}`)),
];

/**
 * Calls to keep away from the windows, now (a shelter call: the active-threat rules'; a conditional sets them aside). Not
 * English "keep away from windows": forecasters say that of a hailstorm.
 */
const AWAY_FROM_WINDOWS = [
  'не стійте біля вікон', 'не стійте біля вікна', 'get away from the windows', 'get away from windows',
  'тримайтеся подалі від вікон', 'тримайтесь подалі від вікон', 'тримайтеся далі від вікон', 'тримайтесь далі від вікон', 'не підходьте до вікон',
  'відійдіть від вікон', 'лягайте подалі від вікон', 'лягайте далі від вікон', 'ляжте подалі від вікон', 'лягайте на підлогу',
];

/** Weapons and means of air attack, as journalists and official channels name them. */
const AIR_ATTACK = [
  'air raid*', 'air-raid*', 'air alert*', 'siren*', 'drone*', 'uav*', 'unmanned', 'shahed*', 'geran*', 'kamikaze',
  'loitering munition*', 'missile*', 'ballistic', 'ballistics', 'hypersonic', 'kinzhal*', 'zircon*', 'iskander*', 'kh-101*',
  'cruise', 'rocket*', 'airstrike*', 'air strike*', 'strike', 'strikes', 'struck', 'attack*', 'bomb*', 'glide bomb*',
  'could target', 'may target', 'might target', 'will target', 'brought down',
  'guided bomb*',
  'kab', 'kabs', 'explosion*', 'explod*', 'blast*', 'bangs', 'air defence*', 'air defense*', 'anti-aircraft',
  // "Third huge boom in Solomianka in five minutes" (not an economy's boom).
  'loud boom*', 'huge boom*', 'massive boom*', 'big boom*', 'heard booms', 'booms heard', 'booms last night', 'booms overnight',
  // Residents' words for the air defence at work and the drones' sound ("AD is working over Obolon", "Дарниця знову світиться,
  // наші працюють", "buzzing like a lawnmower over Pozniaky", "orange flashes and then the thuds").
  'ad is working', 'ad working over', 'наші працюють', 'like a lawnmower', 'like a moped', 'orange flashes', 'the thuds',
  'хто ще не в коридорі',
  'it\'s booming', 'booming again',
  // A metro's notice to stay below ground (its channel places it).
  'stay underground', 'remain underground', 'залишатися під землею', 'залишайтеся під землею', 'залишайтесь під землею',
  'shot down', 'downed', 'intercept*', 'debris', 'wreckage', 'fragments', 'rubble', 'shelter*', 'bombard*', 'shelling',
  'shelled', 'take cover', 'death toll', 'barrage', 'onslaught', 'raid', 'raids', 'salvo*', 'hit by', 'targeted',
  // Kyiv as the target of the campaign ("Russia keeps targeting Kyiv's heating plants"; not a sanctions package
  // "targeting Russia's shadow fleet").
  ...['Kyiv', 'Kyiv\'s', 'the capital', 'the capital\'s', 'Ukraine\'s capital', 'the Ukrainian capital', 'Kyiv region',
    'Kyiv oblast'].map((target) => `targeting ${target}`),
  'mig-31*', 'tu-95*', 'tu-22*', 'загроза з повітря', 'threat from the air', 'мобільн* вогнев* груп*',
  'mobile fire group*',
  'hits were recorded', 'hits recorded', 'hits on', 'high-speed target*', 'швидкісн* ціл*', 'warning system*',
  'систем* оповіщення', 'у києві гучно', 'в києві гучно', 'у столиці гучно', 'в столиці гучно', 'гучно на', 'гучно у',
  'гучно в', 'loud in kyiv', 'loud in the capital', 'loud over kyiv', 'loud over the capital',
  'air raid warning', 'air-raid warning', 'missile alert', 'drone alert',
  'тривог*', 'сирен*', 'відбій', 'мопеди над', 'мопед над', 'мопедів над', 'мопеди летять', 'летять мопеди', 'друг* хвил* мопед*', 'нов* хвил* мопед*', 'ще одн* хвил* мопед*', 'ще одн* груп* мопед*', 'нов* груп* мопед*', 'дрон*', 'безпілотн*', 'бпла', 'шахед*', 'шахід*', 'герань', 'герані', 'ракет*',
  'балістик*', 'балістичн*', 'аеробалістичн*', 'aeroballistic', 'гіперзвук*', 'кинджал*', 'циркон*', 'іскандер*', 'крилат*', 'удар*', 'атак*',
  'вибух*', 'ппо', 'протиповітрян*', 'збит*', 'збил*', 'знешкодил*', 'знешкоджен*', 'уламк*', 'укритт*', 'укриттях',
  'обстріл*', 'авіабомб*', 'бомб*', 'каб', 'каби', 'кабів', 'кабами', 'керован* авіабомб*', 'ракетн* небезпек*',
  'завал*', 'наліт*', 'нальот*', 'масован*', 'комбінован* удар*', 'комбінован* атак*', 'приліт*', 'прильот*',
  'вдарити', 'вдарить', 'вдарять', 'stay away from windows', ...AWAY_FROM_WINDOWS, 'loud again',
  ...['is', 'was', 'remains'].flatMap((verb) => [`alert ${verb} in force`, `alert ${verb} still in force`]),
  'alert still in force',
  ...['збивають', 'збиває'].flatMap((downing) =>
    ['щось', 'шахед*', 'дрон*', 'бпла', 'ракет*', 'ціл*'].map((weapon) => `${downing} ${weapon}`)),
  'правило двох стін', 'бахкає', 'бахає', 'бахкають', 'бахають', 'гахкає', 'гупає', 'бахнуло', 'бахнув', 'бахкало', 'гупнуло',
  'гупнув', 'гупнула', 'гупало', 'гупали', 'небо в трасерах', 'тепер кулемет', 'повибива*',
  // "Боже, як гахнуло на Святошині!!!"; Kalibr missiles named in the plural (not a gun's calibre, "калібру 155 мм"). (Not
  // tracers alone: "У небі трасери — це салют на честь Дня міста".)
  'гахнуло', 'гахнув', 'гахнула', 'гахає', 'гахають',
  'калібри', 'калібрів', 'калібрами', 'kalibrs', 'kalibr missile*',
  // Ukrainian typed in Latin letters ("vybukhy v Kyievi zaraz, ppo pratsiuie").
  'vybukhy', 'shakhedy', 'shahedy', 'ppo pratsiuie', 'ppo pratsiuye', 'ppo pracuye', 'ppo pracuie', 'bakhkaye', 'bakhkaie',
  'bakhnulo', 'hupaye', 'hupnulo', 'vybukh',
  // And their shelter, hits and circling ("shahed nad namy, … vsi v korydor", "shchos' pryletilo zovsim poruch").
  'vybukh', 'pryletilo', 'prylit', 'prylioty', 'mopedy', 'v korydor', 'vsi v korydor', 'ukryttia', 'ukryttya',
  'kruzhlyayut', 'kruzhliaiut', 'duzhe huchno',
  'сидимо в коридорі', 'сидимо у коридорі', 'сидимо у ванній', 'сидимо в ванній', 'ховаємося в коридорі', 'ховаємось в коридорі',
  // Residents' words: "бавовна", machine guns at a Shahed, bursts heard, "getting hammered", "AD going nonstop".
  'бавовна прямо зараз', 'бавовна над', 'кулемет працює', 'кулемети працюють', 'кулемет* по', 'кулеметн* черг*',
  'збиття шахед*', 'збиття дрон*', 'веде вогонь', 'ведуть вогонь', 'getting hammered right now', 'getting hammered rn',
  'ad going', 'ad firing', 'loud booms', 'booms outside', 'something blew up in the sky', 'shot down now',
  'being shot down', 'missile warning', 'drone warning', 'drones buzzing over', 'drone buzzing over', 'shaheds buzzing over',
  'влучан*', 'уражен*', 'міг-31*', 'ту-95*', 'ту-22*',
  // A course set on Kyiv and a nationwide alert that names it (clarification 2): "КР через Житомирщину курсом на Київ",
  // "мопеди з Чернігівщини, рух на столицю", "Alert across Ukraine, including Kyiv".
  'курсом на київ*', 'курсом на столицю', 'курс на київ*', 'курс на столицю', 'рух на столицю', 'рух на київ*',
  'alert across ukraine', 'alert across the country', 'тривога по всій україні', 'тривога по всій країні',
  'тривога по всій території',
];

/** Heads of state and government, foreign ministers and envoys most often named in the news. */
const LEADERS = [
  'Trump', 'Biden', 'Putin', 'Macron', 'Scholz', 'Merz', 'Starmer', 'Erdogan', 'Orban',
  'Fico', 'Tusk', 'Duda', 'Meloni', 'Xi Jinping', 'Modi', 'Lavrov', 'Peskov', 'Sybiha', 'Kuleba', 'Yermak',
  'Blinken', 'Rubio', 'Kellogg', 'Witkoff', 'von der Leyen', 'Kallas', 'Borrell', 'Rutte', 'Stoltenberg', 'Guterres',
  'Pope', 'Vatican',
  'трамп*', 'байден*', 'путін*', 'макрон*', 'шольц*', 'мерц*', 'стармер*', 'ердоган*', 'орбан*',
  'фіцо', 'туск*', 'дуд*', 'мелоні', 'сі цзіньпін*', 'лавров*', 'пєсков*', 'сибіг*', 'кулеб*', 'єрмак*', 'блінкен*',
  'рубіо', 'келлог*', 'віткофф*', 'фон дер ляєн', 'каллас', 'боррел*', 'рютте', 'столтенберг*', 'гутерреш*',
  'папа римськ*', 'ватикан*',
];

/** Foreign capitals, in English and in the Ukrainian forms news uses: metonyms of their governments ("Berlin said"). */
const FOREIGN_CAPITALS = ['Oslo', 'Berlin', 'Paris', 'London', 'Warsaw', 'Stockholm', 'Copenhagen', 'Helsinki', 'Tallinn', 'Riga',
  'Vilnius', 'Ottawa', 'Tokyo', 'Rome', 'Madrid', 'Prague', 'Seoul'];
const FOREIGN_CAPITALS_UK = ['осло', 'берлін*', 'париж*', 'лондон*', 'варшав*', 'стокгольм*', 'копенгаген*', 'гельсінк*',
  'таллінн*', 'ризі', 'вільнюс*', 'токіо', 'римі', 'мадрид*', 'празі', 'сеул*'];

/** Foreign states by name and adjective: a party to diplomacy when one pledges, sends or discusses (clarification 11). */
const FOREIGN_STATES = [
  'United States', 'the US', 'America', 'American', 'Germany', 'German', 'France', 'French', 'Britain', 'British',
  'United Kingdom',
  'Poland', 'Polish', 'Netherlands', 'Dutch', 'Norway', 'Norwegian', 'Sweden', 'Swedish', 'Denmark', 'Danish',
  'Finland', 'Finnish', 'Estonia', 'Estonian', 'Latvia', 'Latvian', 'Lithuania', 'Lithuanian', 'Canada', 'Canadian',
  'Japan', 'Japanese', 'Italy', 'Italian', 'Spain', 'Spanish', 'Czech Republic', 'Czechia', 'Czech', 'Slovakia',
  'Slovak', 'Hungary', 'Hungarian', 'Romania', 'Romanian', 'Bulgaria', 'Bulgarian', 'Turkey', 'Turkish', 'Australia',
  'Australian', 'Belgium', 'Belgian', 'Portugal', 'Portuguese', 'Greece', 'Greek', 'Austria', 'Austrian',
  'Switzerland', 'Swiss', 'Ireland', 'Irish', 'Iceland', 'Luxembourg', 'South Korea', 'South Korean', 'China',
  'Chinese', 'India', 'Indian', 'Brazil', 'Moldova', 'Israel', ...FOREIGN_CAPITALS, 'Canberra', 'The Hague',
  'сша', 'америк*', 'німеччин*', 'німецьк*', 'франці*', 'французьк*', 'британі*', 'британськ*', 'велик* британі*',
  'польщ*', 'польськ*', 'нідерланд*', 'нідерландськ*', 'норвегі*', 'норвезьк*', 'швеці*', 'шведськ*', 'данія',
  'данії', 'данію', 'данськ*', 'фінлянді*', 'фінськ*', 'естоні*', 'естонськ*', 'латві*', 'латвійськ*', 'литв*',
  'литовськ*', 'канад*', 'японі*', 'японськ*', 'італі*', 'італійськ*', 'іспані*', 'іспанськ*', 'чехі*', 'чеськ*',
  'словаччин*', 'словацьк*', 'угорщин*', 'угорськ*', 'румуні*', 'румунськ*', 'болгарі*', 'болгарськ*',
  'туреччин*', 'турецьк*', 'австралі*', 'австралійськ*', 'бельгі*', 'бельгійськ*', 'португалі*', 'греці*',
  'австрі*', 'швейцарі*', 'ірланді*', 'ісланді*', 'люксембург*', 'південн* коре*', 'кита*', 'китайськ*', 'молдов*',
  'ізраїл*', 'осло', 'берлін*', 'париж*', 'лондон*', 'варшав*', 'стокгольм*', 'копенгаген*', 'гельсінк*', 'таллінн*',
  'рига', 'ризі', 'вільнюс*', 'токіо', 'рим', 'римі', 'мадрид*', 'праг*', 'сеул*',
];

/** Offices whose holders' words are diplomacy when they speak of relations or the war. */
const OFFICE_HOLDERS = [
  'minister*', 'president*', 'prime minister', 'premier', 'leaders', 'election*', 'voters', 'campaigns', 'міністр*',
  'президент*', 'прем\'єр*', 'вибор*',
];

/** Relations, the war, arms and the parties to them: what makes an office holder's words diplomacy. */
const WAR_CONTEXT = [
  'Russia', 'Russian', 'Ukraine\'s partners', 'partners', 'allies', 'war', 'invasion', 'occupation', 'aggression',
  'peace', 'ceasefire', 'talks', 'negotiat*', 'sanction*', 'security', 'aid', 'support', 'weapons', 'arms',
  'air defence', 'air defense', 'Patriot*', 'F-16*', 'missiles', 'drones', 'troops', 'front', 'front line',
  'NATO', 'EU', 'European Union', 'UN', 'United Nations', 'G7', 'summit', 'visit', 'visited', 'met', 'meeting',
  'call', 'phone', 'counterpart*', 'foreign', 'embassy', 'ambassador*', 'agreement', 'treaty', 'deal', 'strikes',
  'attacks', 'prisoner*', 'росі*', 'російськ*', 'партнер*', 'союзник*', 'війн*', 'вторгнен*', 'окупац*', 'агресі*',
  'мир', 'миру', 'перемир*', 'переговор*', 'санкці*', 'безпек*', 'допомог*', 'підтримк*', 'зброї', 'зброю',
  'озброєн*', 'ппо', 'ракет*', 'дрон*', 'військ*', 'фронт*', 'нато', 'єс', 'оон', 'саміт*', 'візит*', 'зустріч*',
  'зустрів*', 'розмов*', 'колег*', 'посол*', 'посольств*', 'угод*', 'удар*', 'атак*', 'полонен*', 'закордонн*',
];

/** What a state does to be a party to diplomacy: pledges, sends, allocates, discusses. */
const PLEDGES = [
  'will send', 'will provide', 'will supply', 'will deliver', 'will give', 'will allocate', 'will fund',
  'will finance', 'to send', 'to provide', 'to supply', 'pledged', 'pledges', 'pledge', 'promised to', 'promises to',
  'announced', 'announces', 'allocated', 'allocates', 'approved', 'discussed', 'agreed', 'package', 'passed on',
  'передасть', 'передадуть', 'передаватиме', 'надасть', 'нададуть', 'надаватиме', 'виділ*', 'оголосил*', 'оголосив',
  'пообіцял*', 'пообіцяв', 'обіцяє', 'затвердил*', 'затвердив', 'схвалил*', 'схвалив', 'відправить', 'відправлять',
  'профінансу*', 'фінансуватим*', 'обговорил*', 'домовил*', 'пакет*', 'will hand over', 'to hand over',
  'will transfer', 'will train', 'to train', 'decided to send', 'decided to transfer', 'decided to deliver',
  'ухвалил* рішення передати', 'ухвалив рішення передати', 'вирішил* передати', 'вирішив передати',
  // Asked by Ukraine: a request to a foreign government is diplomacy too (LABELLING.md: requests about arms).
  'asked', 'requested', 'called on', 'urged', 'попросив', 'попросила', 'просить', 'закликав', 'закликала',
];

/**
 * A state's refusal, consideration or decision: its word on arms when the sentence names them too (clarification 11:
 * "refusals, requests and denials whose subject is troops or arms → diplomacy + troops"), not "Germany banned smoking
 * in cars" or "Turkey is considering raising interest rates".
 */
const REFUSALS_AND_DECISIONS = [
  'refused', 'refuses', 'refuse to', 'відмовил*', 'відмовляється', 'considering', 'is considering', 'would consider',
  'розглядає', 'розглядають', 'would send', 'would station', 'will station', 'will be stationed', 'ready to send',
  'готов* направити', 'готов* передати', 'готов* надіслати', 'ухвалил* рішення', 'ухвалив рішення', 'вирішил*',
  'заблокувал*', 'blocked', 'заборонил*', 'banned', 'спрямувати', 'спрямує',
];

/** Arms and troops, as a state's decision names them (REFUSALS_AND_DECISIONS). */
const ARMS = [
  'weapon*', 'arms', 'troops', 'soldiers', 'military', 'instructors', 'air defence', 'air-defence', 'air defense',
  'Patriot*', 'F-16*', 'jets', 'missiles', 'drones', 'tanks', 'ammunition', 'shells', 'artillery', 'IRIS-T', 'NASAMS',
  'Gripen*', 'Taurus', 'Tomahawk*', 'зброї', 'зброю', 'озброєн*', 'військ*', 'інструктор*', 'ппо', 'ракет*', 'дрон*',
  'танк*', 'снаряд*', 'боєприпас*', 'артилер*', 'винищувач*', 'f-16', 'петріот*', 'таурус*', 'томагавк*',
];

/**
 * Fireworks that residents took for explosions, told as such: a debunk (minor; kyiv-air-raids in Kyiv), which the fireworks'
 * veto and hold-back must not take away ("Гучні звуки на Оболоні — не вибухи, а феєрверк", "Повідомлення про вибухи на
 * Троєщині — фейк: мешканці чули феєрверк на весіллі").
 */
const FIREWORKS_TAKEN_FOR_BLASTS = [
  ...['вибухи', 'вибух'].flatMap((blasts) => [`не ${blasts} а феєрверк*`, `не ${blasts} а салют*`]),
  'чули феєрверк*', 'чули салют*', 'це був феєрверк', 'це був салют', 'це феєрверк', 'це салют', 'це були феєрверки', 'це були * феєрверки', 'це був * салют',
  'were just fireworks', 'was just fireworks', 'fireworks not explosions', 'fireworks not blasts',
  'not explosions but fireworks', 'were fireworks', 'was fireworks', 'heard fireworks',
];

/** Sirens and shelter that are not war's: negatives of the Kyiv topic and of the active-threat rules. */
const NOT_WAR_SIRENS_AND_SHELTER = [
  'fire engine siren*', 'fire-engine siren*', 'sirens of fire engines', 'ambulance siren*', 'sirens of ambulances',
  'fire siren*', 'fire truck siren*', 'лунають сирени швидк*', 'лунають сирени пожежн*',
  'police siren*', 'сирени швидкої', 'сирен* швидких', 'сирени пожежних', 'сирен* пожежн*', 'shelter from the heat',
  'shelter from the cold', 'shelter from the rain', 'shelter from the sun', 'укриття від спеки', 'укриття від дощу',
  'укриття від холоду', 'ховаються від спеки', 'ховаються від дощу', 'heated shelter*', 'утеплен* укритт*',
  // A storm sat out in a refuge ("перечікувати грозу в укриттях").
  'грозу в укритт*', 'грозу в укритті', 'від грози', 'sit out the storm', 'shelter from the storm',
];

/** The night to come, as a forecast names it ("Загроза для столиці зберігається і на цю ніч"). */
const NIGHT_AHEAD = ['і на цю ніч', 'на наступну ніч', 'на найближчу ніч', 'for the coming night', 'for the night ahead'];

/** Analysis of why the weapons fly as they do ("Чому шахеди летять на Київ уздовж Десни? Аналітики пояснюють: … летіти низько"). */
const WHY_THE_ROUTE = ['we explain why', 'explains why', 'experts explain', 'analysts explain why', 'why has the', 'why is the', 'аналітики пояснюють', 'analysts explain', 'експерти пояснили', 'експерти пояснюють', 'experts explained',
  'пояснили чому', 'пояснюють чому', 'чому шахеди', 'чому дрони', 'чому ракети', 'why do shaheds',
  'why do drones', 'why do missiles'];

/**
 * Words that, in the same sentence as a directional, motion, presence or nominal threat cue, say the sentence explains
 * threats, reports an exercise or inspects shelters (`unlessInSentence` of every active-threat rule but the first,
 * whose present-tense cues and orders nothing in their sentence holds back): "Experts explained why the ballistic
 * threat to the capital grew", "У КМВА пояснили, чому сирени іноді звучать без вибухів", "live-fire air defence
 * exercises are under way". Each is a phrase, not a bare word: "навчання" is also a school's lessons, "exercise" a
 * verb ("exercise caution"), "аналіз" an analysis of a live trajectory, "перевірили" a checked live report; and none
 * is a word of saying, so an attributed threat stays extreme (clarification 1).
 */
const THREAT_HELD_IN_SENTENCE = [
  // A night got through ("Kyiv got through the night without strikes or debris despite a two-hour air raid alert").
  'got through the night', 'пережив ніч', 'пережила ніч', 'пережило ніч',
  // An alert that lasted, told in its sentence ("оголосили повітряну тривогу, яка тривала майже чотири години").
  'яка тривала', 'що тривала', 'which lasted', 'that lasted',
  // Yesterday's alert and what people were asked to do in it ("Учорашня тривога в Києві тривала годину: … людей просили
  // пройти в укриття").
  'учорашн* тривог*', 'вчорашн* тривог*', 'yesterday\'s alert', 'yesterday\'s air-raid alert', 'yesterday\'s air raid alert',
  'last night\'s alert', 'просили пройти', 'просили спуститися', 'просили перейти',
  // Why the weapons fly as they do, what they can do, and the trend ("Аналітики пояснюють: маршрут … дозволяє дронам летіти
  // низько", "A ballistic missile launched from Bryansk can reach Kyiv in under four minutes", "ракети пускають ближче"):
  // in their own sentences only ("Експерти пояснюють, чому це важливо. Шахеди летять на Київ, перебувайте в укриттях").
  ...WHY_THE_ROUTE, 'can reach', 'could reach', 'може долетіти', 'можуть долетіти', 'пускають ближче', 'запускають ближче',
  // A threat said for the night to come ("Загроза для столиці зберігається і на цю ніч. Просимо … заздалегідь обрати укриття").
  ...NIGHT_AHEAD, 'for tonight as well',
  // A subscriber's joke ("Жарт від підписника: найстрашніша тривога — це будильник о 7:00").
  'жарт від підписника', 'жарт дня', 'joke of the day', 'найстрашніша тривога',
  // The campaign's tactics analysed ("Аналітики: Росія змінила тактику атак на Київ — тепер ворог запускає дрони…").
  'змінила тактику', 'змінив тактику', 'змінили тактику', 'changed its tactics', 'changed tactics', 'тепер ворог запускає',
  // Targeting told as a pattern ("Ворог цілеспрямовано б'є по енергетиці столиці").
  'цілеспрямовано б\'є', 'цілеспрямовано б\'ють', 'систематично б\'є', 'систематично б\'ють', 'deliberately targets',
  'systematically targets',
  'тепер ворог атакує', 'тепер росія запускає', 'тепер росія атакує',
  // A reminder of what to do if it comes ("Нагадуємо: якщо чуєте вибухи, а до укриття не добігти — правило двох стін").
  'нагадуємо якщо', 'нагадуємо у разі', 'нагадуємо в разі', 'reminder if', 'a reminder if',
  // Standing advice, told as such ("Нагадуємо: не ігноруйте сигнали повітряної тривоги. Навіть якщо вибухів не чути, загроза
  // може бути реальною"; "…, тому не ігноруйте сигнали тривоги та заздалегідь визначте найближче укриття"). Not "Увага,
  // Київ! Не ігноруйте сигнал тривоги".
  'нагадуємо не ігноруйте', 'нагадуємо * не ігноруйте', 'заздалегідь', 'може бути реальною', 'навіть якщо вибухів не чути',
  'as a reminder', 'in advance', 'even if you hear no explosions', 'even if you don\'t hear explosions',
  // Readiness for the alert that may come ("радить громадянам бути готовими негайно прямувати в укриття після оголошення
  // тривоги").
  'бути готовими', 'після оголошення тривоги', 'після оголошення повітряної тривоги', 'once an alert is declared',
  'after an alert is declared', 'be ready to go to', 'be prepared to go to',
  // What the weapons can do, said of a city's need ("drones now reach residential areas within minutes of crossing the border").
  'within minutes of crossing', 'within minutes of launch', 'за лічені хвилини після перетину',
  // Yesterday's alert and what it stopped ("Під час учорашньої повітряної тривоги рух фунікулера зупиняли на 40 хвилин").
  'під час учорашньої', 'під час вчорашньої', 'during yesterday\'s', 'during last night\'s',
  // How the drones fly now, as an analyst tells it ("enemy drones over the capital now fly higher, making them harder … to hit").
  'fly higher', 'fly lower', 'harder to hit', 'harder for mobile fire groups',
  // How to choose where to sit it out ("Правило двох стін: як обрати найбезпечніше місце у квартирі").
  'як обрати', 'як вибрати', 'how to choose',
  // How to shelter ("How to shelter during a missile attack if there is no basement nearby: … stay away from windows").
  'how to shelter', 'how to take shelter', 'how to take cover', 'how to hide', 'як сховатися', 'як сховатись', 'як укритися',
  'як укритись', 'як укриватися',
  // A question whether an alert will come ("Чи буде сьогодні тривога в Києві? Пояснюємо…", "Will there be an air-raid alert
  // during the half-marathon?"), or how alerts work ("How does Kyiv's air-raid alert work?").
  'чи буде', 'will there be', 'how does', 'how do', 'як працює', 'як працюють',
  // Sleep after nights of alerts ("Після трьох ночей поспіль із тривогами кияни нарешті змогли виспатися"); not "Третю ніч
  // поспіль ворог атакує Київ".
  'після * ночей поспіль', 'after * nights in a row', 'змогли виспатися', 'finally got some sleep',
  // Last month's alert as the time of other news ("Київрада, засідання якої минулого місяця переносили до укриття через
  // тривогу, сьогодні ухвалила бюджет").
  'минулого місяця', 'last month', 'минулого тижня',
  // A children's song about the shelter ("вчать дітей пісеньку про укриття: «Коли сирена заспіває…»").
  'пісеньк*', 'вчать дітей', 'teach children', 'song about',
  // A night told by one who lived it ("'… then three blasts, then silence,' said Oksana, describing the night").
  'describing the night', 'describes the night', 'recalling the night', 'recalls the night', 'recalled the night',
  'описуючи ніч', 'згадує ніч', 'згадуючи ніч',
  // A siren set off by a fault ("через технічну несправність спрацювала сирена. Повітряної тривоги не оголошували").
  'технічну несправність', 'технічної несправності', 'через несправність', 'technical fault', 'technical malfunction',
  'malfunction*', 'спрацювала помилково', 'помилково спрацювала', 'помилкове спрацювання',
  // The same told after the advice ("Якщо ви почули вибух, а до укриття далеко, — ляжте на землю…, нагадують рятувальники").
  'нагадують рятувальники', 'нагадує рятувальник', 'нагадують у дснс', 'нагадують в дснс', 'rescuers remind', 'rescuers reminded',
  // How long it went on overnight, told as wire copy tells a volley with what went on meanwhile ("Explosions shook
  // Brovary for about an hour overnight as air defence units fired at incoming drones"): a night told afterwards
  // (clarification 16). Not "Air defence has been working for an hour overnight, and more drones are incoming".
  ...['an hour', 'about an hour', 'nearly an hour', 'almost an hour', 'more than an hour', 'over an hour', 'hours',
    'several hours', 'two hours', 'about two hours', 'nearly two hours', 'more than two hours', 'three hours'].map(
    (span) => `for ${span} overnight as`),
  ...['for * minutes overnight as', 'for about * minutes overnight as', 'for nearly * minutes overnight as', 'for some * minutes overnight as'],
  // Condolences are said after deaths, in their sentence: "Кличко висловив співчуття родинам загиблих унаслідок ракетної
  // атаки на столицю" (not "Співчуваю рідним загиблих. Шахеди над Броварами").
  'співчуття', 'співчуває', 'співчуваю', 'condolences',
  // A feature story on the work ("Як працюють мобільні групи ППО: репортаж з Київщини").
  'репортаж', 'reportage',
  // Power-cut schedules, which official channels post beside a declared alert (whole-update news of NOT_WAR otherwise),
  // and a digest's weather, sport and exhibitions.
  ...POWER_SCHEDULES, ...DIGEST_COMPANIONS,
  // Drones and bangs of peacetime explained as such ("Над Києвом літають дрони — це зйомки фільму", "на весіллі
  // запускали салют"), in their own sentence.
  'зйомк* фільм*', 'зйомк* серіал*', 'зйомк* кліп*', 'film shoot*', 'film crew is shooting', 'весільн* салют*',
  'запускали салют', 'запустили салют', 'rehearsal*', 'репетиці*',
  // An explanation of the threat (clarification 14).
  'explain why', 'explained why', 'explains why', 'explaining why', 'explained how', 'explains how', 'why do',
  'why does', 'why did',
  // A trend asked after ("Why has the ballistic threat to Kyiv grown this autumn?", "Чому балістична загроза для
  // столиці зросла?"; not "Why are sirens sounding in Kyiv right now?").
  'why has', 'why have', 'how has', 'how have', 'чому зросл*', 'чому зріс', 'чому стала', 'чому стали', 'чому став',
  // Alerts compared over time or between places ("Why are air-raid sirens so rare in Lviv compared with Kharkiv?",
  // "Чому тривоги в Києві тривають довше, ніж торік?").
  'compared with', 'compared to', 'порівняно з', 'ніж торік', 'ніж минулого року', 'than last year', 'тривають довше',
  'so rare', 'so often', 'so frequent', 'так рідко', 'так часто', 'пояснили чому', 'пояснив чому', 'пояснила чому', 'пояснює чому', 'пояснюють чому',
  'пояснили як', 'пояснив як', 'пояснила як', 'пояснює як', 'пояснюють як',
  // What a word means, how to explain it, what it costs, what one's rights are (guidance and analysis, minor).
  'що означає', 'що означають', 'what does', 'чому балістика', 'чому ракети', 'чому шахеди', 'чому дрони',
  'why ballistic', 'why missiles', 'why drones', 'why shaheds', 'what is meant by', 'how to explain', 'як пояснити', 'як розповісти',
  'як говорити з дитиною', 'як говорити з дітьми', 'how to talk to', 'tips for parents', 'поради батькам',
  'поради для батьків', 'поради психологів', 'навіщо в укритті', 'навіщо в укриття', 'навіщо брати',
  'фахівці розповіли', 'експерти розповіли', 'юристи пояснюють', 'юристи пояснили', 'lawyers explain',
  'скільки коштують', 'скільки коштує', 'чи може роботодавець', 'чи можна звільнити', 'can an employer',
  'чому в києві чути вибухи', 'чому у києві чути вибухи', 'чому в столиці чути вибухи', 'чому у столиці чути вибухи',
  'why explosions are heard', 'why blasts are heard', 'скільки часу до', 'пояснення експерта',
  // Blasts heard with no alert declared (guidance), conclusions of an analysis, the night summed up. Not "якщо чуєте
  // вибухи — це працює ППО, залишайтеся в укриттях" or "warned against complacency: the alert continues": live.
  'а тривоги немає', 'але тривоги немає', 'іноді чути', 'sometimes hear', 'sometimes heard', 'дійшли висновку',
  'висновку дійшли', 'проаналізувавши', 'ідеться в аналізі', 'йдеться в аналізі', 'how ukraine decides', 'decides when', 'підсумки ночі', 'підбив підсумки',
  'підбила підсумки', 'підбили підсумки',
  // What to pack for the shelter (guidance, minor); not "беріть тривожну валізку і в укриття!".
  'how to pack', 'what to pack', 'як зібрати', 'що покласти', 'що взяти в укриття',
  'що взяти з собою в укриття', 'що брати з собою в укриття', 'що брати в укриття', 'what to take to the shelter',
  'what to bring to the shelter', 'what to take to a shelter', 'what to bring to a shelter',
  // An explainer or a reader's question about how alerts work or what to do (guidance and analysis, minor): "Explainer:
  // who presses the button?", "Як оголошують тривогу в Києві: від радіолокаційної станції до сирени", "FAQ: can I bring
  // my dog to the shelter?", "What is the difference between an air-raid alert and a 'ballistic threat' message?".
  // Not "пояснюємо", "explainer", "FAQ", "чому оголошують тривогу" ("Пояснюємо, чому зараз звучить тривога: ударні БпЛА
  // рухаються на Київщину", "Explainer: Kyiv is under air-raid alert right now because…" are live).
  'reader question', 'readers\' questions',
  'how an air-raid alert is declared', 'how an alert is declared', 'how alerts are declared', 'what is the difference between',
  'яка різниця між', 'how long should you stay', 'how long to stay', 'скільки чекати в укритті', 'скільки треба чекати',
  'чи варто ховатися', 'can i bring', 'can i take', 'чи можна взяти', 'як працює система оповіщення', 'warning system fit',
  'how the warning system works', 'психологи пояснюють', 'психолог пояснює', 'психологиня пояснює', 'psychologists explain',
  'psychologists warn', 'psychologist explains',
  // Polls and surveys of how people behave in alerts ("Опитування: чи спускаєтеся ви в укриття, коли лунає сирена?",
  // "Survey: seven in ten Ukrainians say they ignore night-time sirens"), an explainer's comparison.
  'чи спускаєтеся', 'чи ходите', 'чи ховаєтеся', 'do you go to the shelter', 'do you go down', 'what the difference between',
  // Asking who heard what is over ("хтось чув вибухи на Борщагівці годину тому?", "Did anyone hear explosions near
  // Darnytsia around 3am?").
  'хтось чув', 'хто чув', 'did anyone hear', 'anyone hear', 'anyone heard',
  // An editor's column on how the city got used to alerts ("Колонка редактора: чому столиця звикла до тривог").
  'колонка редактора', 'звикла до тривог', 'звикли до тривог', 'got used to the alerts', 'used to air-raid alerts',
  // Questions of how the attacks work ("How do drones approach the capital? Analysts explain…"), talk of how it works,
  // a film's plot, memes ("За сюжетом, у місті лунають вибухи", "одесити жартують про шахеди над містом: добірка мемів").
  'how do', 'how does', 'talks about how', 'розповідає як', 'за сюжетом', 'the plot', 'in the plot', 'жартують', 'добірка',
  // Fans and players led to shelters if an alert comes ("… will be paused if an alert is declared, with players and fans
  // escorted to shelters").
  'escorted to shelter*', 'escorted to the shelter*', 'will be paused', 'will pause if', 'would be paused',
  // "…, with runners directed to the nearest shelter" (the plan's own clause).
  ...['with * directed to', 'with * * directed to', 'with * escorted to', 'with * * escorted to'].flatMap((directed) =>
    ['the nearest shelter', 'shelter*', 'the shelter*'].map((to) => `${directed} ${to}`)),
  // (Said as a rule or a plan: not "fans are being directed to the shelter under the stands", which is now.)
  ...['be directed', 'are directed', 'is directed', 'were to be directed'].flatMap((directed) =>
    ['to the nearest shelter', 'to shelter*', 'to the shelter*'].map((to) => `${directed} ${to}`)), 'once the immediate danger passes',
  'once the danger passes', 'do not need to take cover', 'no need to take cover', 'do not need to go to',
  // Books and screens ("New novel 'Sirens Over Kyiv' tops the bestseller list", "У фільмі «Бункер» героїв застає
  // тривога посеред весілля", "Netflix drama opens with an air-raid siren wailing over Kyiv").
  'novel', 'novels', 'bestseller*', 'netflix', 'у фільмі', 'в фільмі', 'кінофестивал*', 'film festival', 'the film',
  'the movie', 'new film', 'new movie', 'tv series', 'у романі', 'в романі',
  // A quiz or a lesson about alerts and shelters.
  'quiz', 'вікторин*', 'how well do you know', 'test your knowledge', 'перевір* свої знання', 'чи знаєте ви',
  // What will be done if an alert comes ("fans will be directed to the stadium shelter").
  'will be directed to', 'will be guided to', 'will be escorted to', 'will be taken to',
  // A month told in figures ("March in numbers: Kyiv spent 31 hours under air-raid alert").
  'in numbers', 'у цифрах', 'в цифрах',
  // Shelters inspected (civil protection, clarification 3).
  'inspectors found', 'unfit for use', 'перевірили укриття', 'непридатн* для',
  // Military exercises (clarification 4: troops, moderate).
  'military exercise*', 'live-fire exercise*', 'air defence exercise*', 'air defense exercise*', 'військові навчання',
  'військових навчань', 'навчання ЗСУ', 'навчання ППО', 'навчання тероборони', 'навчання мобільних вогневих груп',
  'will hold an exercise', 'will hold exercises', 'to hold an exercise', 'is holding an exercise', 'are holding an exercise',
  'проведуть навчання', 'проводять навчання', 'проводитимуть навчання',
];

/**
 * What makes Kyiv's air defence troops news in an air-raid update (the troops topic's `yields`): weapons delivered,
 * pledged, asked for, deployed or used for the first time; strikes on military targets; soldiers killed or wounded.
 */
const AIR_DEFENCE_AS_TROOPS_NEWS = [
  'deliver*', 'arrive*', 'pledg*', 'send', 'sends', 'sent', 'supply', 'supplies', 'supplied', 'donat*', 'funded',
  'package', 'deploy*', 'earmarked', 'ramstein', 'partners', 'asked for', 'asks for', 'urged', 'urges', 'need', 'needs',
  'hand over', 'hands over', 'handed over', 'provide', 'provides', 'provided', 'will guard', 'will now guard',
  'передати', 'передадуть', 'передасть', 'передав', 'передала', 'передали', 'постача*', 'постав*', 'отрима*', 'надійшл*',
  'прибул*', 'пакет*', 'розгорн*', 'партнер*', 'потрібн*', 'рамштайн*', 'надасть', 'надала', 'надали', 'надав',
  'почали захищати', 'захищатим*', 'посилю*', 'посилит*', 'уперше', 'вперше', 'for the first time', 'first use',
  'first used',
  // Made at home (troops, moderate): "Ukrainian manufacturers produced 4,000 interceptor drones last month".
  'produced', 'manufactured', 'manufacturers', 'drone production', 'interceptor production', 'missile production',
  'виготовил*', 'виробил*', 'виробники', 'виробництв* дрон*', 'виробництв* перехоплювач*', 'виробництв* ракет*',
  // Strikes on military targets and soldiers killed (LABELLING.md: troops, severe).
  'struck', 'targeted', 'уразил*', 'уражен*', 'killed', 'wounded', 'загинул*', 'загинув', 'загибл*', 'поранен*',
];

/** Every weapon downed, in the clause of its motion: THREAT_ENDED_OR_COUNTED. */
const DOWNED_IN_CLAUSE = [
  'all incoming missiles were', 'all incoming drones were', 'all incoming targets were', 'were all shot down',
  'were all intercepted', 'were all destroyed', 'were all downed',
  ...['знищено', 'збито', 'знешкоджено', 'перехоплено'].flatMap((downed) => [`${downed} всі`, `${downed} усі`,
    `всі ${downed}`, `усі ${downed}`, `${downed} всіх`, `${downed} усіх`]),
];

/**
 * Held back in the clause of a directional, motion, presence or nominal cue (`unlessInClause` of every active-threat
 * rule but the first): an attack declared over ("Атака на столицю завершилася"), an alert counted ("у Києві тривогу
 * оголошували 52 рази"), the night's alert as a cause ("через нічну тривогу поїзди запізнюються"), a refusal
 * ("Польща відмовилася збивати ракети над Україною"). The clause ends at punctuation and at a joining word ("but",
 * "і", "ще"), so "Тривога в Харкові завершилася, але шахеди летять на Київ" stays extreme; a denied end ("атака на
 * Київ ще не завершилася") holds nothing back. Explosions heard, a refuge taken and weapons downed in the past are
 * ACTIVE_THREAT_NEGATIVE phrases instead: they set aside the cue they overlap and nothing else.
 */

/**
 * Peacetime and talk in a live-threat cue's own clause: a month's review or a tracker's record, a scam, an expert's
 * answer, a first-aid course, a venue, a wedding, a quarry, household accidents and hoaxes, mourning ("shot down 97%
 * of incoming drones last month, the KMVA said in its monthly review", "вибухнула скороварка", "триває прощання").
 * Only their clause: "Air raid alert in Kyiv: the symphony concert was interrupted" and "Жалоба в Дніпрі, а над містом
 * знову ракети" stay live.
 */
/**
 * The threat as a trend (analysis, clarification 14), in its own clause: "the ballistic threat to Kyiv has grown since
 * autumn", "балістична загроза для Києва зросте взимку". Not "Загроза для столиці зросла: до міста летять ракети".
 */
const THREAT_AS_A_TREND = [
  'threat has grown', 'threat has increased', 'threat grew', 'threat is growing', 'threats have grown', 'has grown since',
  'has increased since', 'have grown since', 'загроза зросла', 'загроза зросте', 'загроза зростає', 'загроза посилилась',
  // A threat that lasts weeks is a forecast: "загроза атак … зберігається найближчими тижнями".
  'найближчими тижнями', 'найближчими днями', 'найближчі тижні', 'in the coming weeks',
  // A threat foretold to grow: "загроза застосування шахедів по Київщині зростатиме взимку".
  'зростатиме', 'зростатимуть', 'посилюватиметься', 'will grow', 'will keep growing',
  'загроза посилилася',
  // Where the launches are shifting to, told by an analyst ("Russia is moving more Shahed launches toward Odesa,
  // expecting strikes there to intensify"): a trend, not a group in the air.
  'moving more', 'shifting more', 'expecting strikes', 'expects strikes', 'to intensify in',
  ...['kyiv', 'the capital', 'the city'].flatMap((place) => [`threat to ${place} has grown`, `threat to ${place} has increased`,
    `threat to ${place} is growing`]),
  ...['києва', 'столиці', 'міста'].flatMap((place) => [`загроза для ${place} зросла`, `загроза для ${place} зросте`,
    `загроза для ${place} зростає`]),
];

const PEACETIME_IN_CLAUSE = [
  // Alerts that used to break up the day ("раніше уроки переривали тривоги по п'ять разів на день").
  'переривали тривоги', 'тривоги переривали', 'разів на день', 'times a day',
  // Alerts people ignore, told as a finding ("Survey: seven in ten Ukrainians say they ignore night-time sirens"); in its
  // own clause ("Many say they ignore sirens, but tonight ballistic missiles are heading for the capital" is live).
  'say they ignore', 'ignore sirens', 'ignore the sirens', 'ignore night-time sirens', 'ігнорують тривог*',
  'ігнорують сирен*', 'the difference between a',
  // A thunderstorm's shelter ("Thunderstorm warning in Odesa: take shelter indoors if you hear thunder").
  'thunderstorm*', 'thunder', 'гроза', 'грози', 'грозу', 'hydrometeorolog*', 'гідрометцентр*', 'storm warning',
  'monthly review', 'monthly report', 'in its monthly', 'місячн* звіт*', 'щомісячн* звіт*', 'record month',
  'hours in total', 'годин загалом', 'alerts tracker', 'alert tracker', 'трекер* тривог*', 'шахра*', 'scammer*',
  'fraudster*', 'дснс відповідають', 'фахівці відповідають', 'rescuers answer', 'experts answer', 'на весіллі',
  'at a wedding', 'quarry', 'гранітн* кар\'єр*', 'на кар\'єрі', 'у кар\'єрі', 'в кар\'єрі', 'pile-up', 'multi-car',
  'symphony', 'симфоні*', 'філармоні*', 'композитор*', 'книгарн*', 'презентаці* книг*', 'book presentation', 'bookshop',
  'скороварк*', 'паров* котел', 'паровий котел', 'e-scooter', 'електросамокат*', 'battery exploded', 'firework exploded',
  'fake bomb threat*', 'hoax bomb threat*', 'false bomb threat*', 'bomb threat call*',
  'неправдив* повідомлен* про замінуван*', 'вкрали дрон', 'stole a drone', 'stolen drone', 'несправн* проводк*',
  'first aid course*', 'first-aid course*', 'course in first aid', 'free course', 'курс* домедичн*',
  'курс* першої допомоги', 'безкоштовн* курс*', 'прощання', 'жалоб*', 'day of mourning',
];

/** Ukrainian month names as a date has them ("4 березня"). */
const MONTHS_GENITIVE = ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня',
  'листопада', 'грудня'];

/** A night named by its date: "у ніч на 4 березня". */
const DATED_NIGHT = [
  ...['у ніч на', 'в ніч на'].flatMap((night) => MONTHS_GENITIVE.map((month) => `${night} * ${month}`)),
  // An evening or a morning named by its date ("Увечері 15 березня противник спрямував на Київ 14 ударних БпЛА").
  ...['увечері', 'ввечері', 'вранці', 'уранці', 'зранку', 'вдень', 'удень'].flatMap((time) => MONTHS_GENITIVE.map((month) => `${time} * ${month}`)),
];

/**
 * A night, evening or morning recap told in the present, as Ukrainian channels write it the morning after ("Вночі ворог
 * атакує столицю ударними БпЛА. Сили ППО збивають усі цілі на підльоті. Уламки падають…"): the time opens the report
 * with its subject. Holds the present-tense live cues in its own sentence ("…Наразі атака триває — будьте в укриттях" stays live).
 */
const RECAP_OPENERS = ['вночі', 'уночі', 'увечері', 'ввечері', 'зранку', 'вранці', 'уранці', 'минулої ночі'].flatMap((time) =>
  ['ворог', 'росіяни', 'росія', 'рф', 'окупанти', 'противник', 'ппо', 'сили ппо', 'ворог знову', 'росіяни знову', 'росія знову',
    'ворог масовано', 'росія масовано'].map((who) => `${time} ${who}`)).concat(DATED_NIGHT);

/** An alert named as over by its hour: "No damage was reported after this morning's brief ballistic missile alert". */
const AFTER_THE_HOURS_ALERT = ['this morning\'s', 'this afternoon\'s', 'this evening\'s', 'the morning', 'the afternoon', 'the evening'].flatMap((when) =>
  ['', '* ', '* * ', '* * * '].map((between) => `after ${when} ${between}alert`));

/** Every target downed, told in the present of a recap ("Сили ППО збивають усі цілі на підльоті", "ППО знищує всі ракети"). */
const ALL_TARGETS_DOWNED = ['збивають', 'збиває', 'знищують', 'знищує'].flatMap((downs) =>
  ['усі', 'всі'].flatMap((all) => [`${downs} ${all} цілі`, `${downs} ${all} ракети`, `${downs} ${all} дрони`, `${downs} ${all} шахеди`]));

/** An alert said to have been declared, in the pluperfect of a recap ("Учора у Києві було оголошено повітряну тривогу"). */
const DECLARED_BEFORE = ['було оголошено', 'була оголошена'];

/**
 * Time gone by since what is told ("Минув тиждень — дах досі латають волонтери", "A week on, …"), and a night told as a story
 * ("Як минула ніч: о 02:10 — сирени, о 02:40 — вибухи…", "Як це було: третя ночі, сирени…"): it is told after.
 */
const TIME_GONE_BY = ['минув тиждень', 'минуло два тижні', 'минуло три тижні', 'минув місяць', 'минуло кілька днів',
  'a week on', 'a week later', 'two weeks on', 'two weeks later', 'a month on', 'a month later', 'як минула ніч', 'так минула ніч',
  'як це було',
  // Days since the attack ("Two days after the missile strike, residents … are still boarding up windows").
  ...['two', 'three', 'four', 'five', 'several', 'a few'].flatMap((count) => [`${count} days after the`, `${count} days on from the`]),
  'a day after the', ...['два', 'три', 'чотири'].map((count) => `через ${count} дні після`),
  ...["п'ять", 'кілька'].map((count) => `через ${count} днів після`),
  'через день після', 'наступного дня після'];

const THREAT_ENDED_OR_COUNTED = [
  ...ALL_TARGETS_DOWNED,
  ...DECLARED_BEFORE,
  // What an alert interrupted, told as done in its clause ("Олімпіада була перервана ранковою тривогою", "завершили після
  // 50-хвилинної паузи через тривогу", "учасники чекали в укритті"); not "перервала" alone, which is also now ("Просто зараз
  // церемонію перервала повітряна тривога").
  'була перервана', 'був перерваний', 'було перервано', 'були перервані',
  'паузи через тривогу', 'перерви через тривогу', 'чекали в укритті', 'чекали в укриттях', 'чекав в укритті', 'чекала в укритті',
  // Explosions that stopped, an alert lifted since, air defence that thundered ("The explosions in Kyiv we reported have
  // stopped, and the alert has since been lifted", "Близько години над Києвом гриміла ППО").
  'have stopped', 'has stopped', 'has since been lifted', 'have since been lifted', 'гриміла', 'гриміли', 'гримів',
  // A threat said to have passed in its clause ("Загроза ударних дронів для Одеси зникла, але вранці…").
  'зникла', 'минула', 'has passed',
  'завершилася', 'завершилась', 'закінчилася', 'закінчилась', 'скінчилася', 'скінчилась', 'has ended', 'have ended',
  // Alerts sat out and weapons downed, told in the past in the alarm's own clause ("під час візиту оголошували
  // тривогу, і делегація пів години провела в укритті", "групи збили 30 шахедів на підльоті"); a busiest night.
  'оголошували тривогу', 'провела в укритті', 'провели в укритті', 'провів в укритті', 'провела в укриттях',
  'провели в укриттях', 'збили', 'збито', 'збила', 'збиття', 'знищили', 'were shot down', 'was shot down',
  // An alert named as over by its hour ("No damage was reported after this morning's brief ballistic missile alert").
  ...AFTER_THE_HOURS_ALERT,
  // "…, as the capital's air defences shot down most of the incoming drones" (not "drones are being shot down").
  ...['defence', 'defense', 'defences', 'defenses', 'units', 'groups'].flatMap((who) => [`${who} shot down`, `${who} had shot down`,
    `${who} downed`]),
  'busiest night', 'найважча ніч',
  // An event paused for a while: "Матч … перервали на 40 хвилин через тривогу".
  'перервали на', 'interrupted for', 'paused for', 'призупинили на',
  // Explosions told with how long they went on: "Вибухи в Одесі лунали близько години".
  ...['лунали', 'було чути'].flatMap((heard) => [`${heard} близько`, `${heard} понад`, `${heard} майже`, `${heard} протягом`,
    `${heard} всю ніч`, `${heard} кілька годин`]),
  // How often, standing rules, explainers' questions, openings ("Росія частіше запускає «Іскандери»", "during every
  // air-raid alert", "Чому кияни чують вибухи", "Shelters will stay open around the clock"): in their own clause only
  // ("Russia attacks Kyiv more often at night — right now ballistic missiles are heading for the capital" is live).
  'частіше запуска*', 'частіше атаку*', 'more often', 'more frequently', 'increasingly often', 'now launches',
  'now attacks', 'тепер запускає', 'тепер запускають', 'тепер атакує', 'тепер атакують',
  ...PEACETIME_IN_CLAUSE, 'чому кияни', 'чому мешканці', 'чому ми чуємо', 'will stay open',
  ...['балістика', 'ракети', 'ракета', 'дрони', 'шахеди', 'сирени', 'вибухи', 'каби'].map((what) => `чому ${what}`),
  'so often', 'чому так часто', 'як часто',
  'часто звучить', 'часто звучать', 'часто лунає', 'часто лунають', 'often sounds', 'often sound',
  'will remain open', 'around the clock', 'цілодобово',
  // Air defence that worked (past): "Понад три години над столицею працювала ППО".
  ...THREAT_AS_A_TREND,
  // A season's pattern told in the present: "цього літа Росія атакує столицю переважно комбінованими ударами".
  'цього літа', 'цієї зими', 'цієї весни', 'цієї осені', 'this summer', 'this winter', 'this spring', 'this autumn',
  'працювала ппо', 'ппо працювала', 'працювали ппо', 'ппо працювали', 'статистик*', 'statistics',
  'в середньому', 'on average', 'середня тривалість', 'average duration', 'загальною тривалістю', 'загальна тривалість',
  'загальну тривалість', 'сумарною тривалістю', 'сумарна тривалість', 'total duration', 'combined duration', 'оголошували', 'times this month',
  'times this year', 'через нічн*', 'after last night\'s alert',
  // Figures that rose or fell: "the number of drones launched at Kyiv in September rose by a third".
  'rose by', 'fell by', 'increased by', 'decreased by', 'зросла на', 'зросло на', 'зменшилася на', 'зменшилась на',
  'зменшилося на',
  'because of the overnight alert', 'відмовил*', 'refused to', 'refuses to', 'refuse to',
  // Every weapon downed in the clause of its motion ("на підльоті до Києва знищено всі дрони", "all incoming
  // missiles were intercepted"): a result, not a live threat. Only all of them: "two missiles were intercepted over
  // Kyiv with more incoming" is live.
  ...DOWNED_IN_CLAUSE,
];

/** An alert that says it is no exercise. */
const NO_EXERCISE = [
  'not an exercise', 'not a drill', 'no exercise', 'no drill', 'не навчання', 'це не навчання', 'не тренування',
  'isn\'t an exercise', 'isn\'t a drill', 'не навчальн*', 'не тренувальн*', 'not a training alert',
  // A test denied by name ("This is NOT the announced siren test: a real alert has been declared").
  'not the announced siren test', 'not the siren test', 'not the scheduled siren test', 'not the planned siren test',
  'not a scheduled siren test', 'не перевірка сирен', 'не планова перевірка сирен', 'не тестування сирен',
];

/**
 * All-clears that are no news of one: a brief one told as the time a new alert came, one that has not come ("if the
 * all-clear comes by nine"). Negatives of the all-clear rule and of the active-threat rules.
 */
/**
 * An all-clear told as the alert of a place lifted ("The air-raid alert in Kyiv has been lifted"): the all-clear rule's
 * words and a negative of the live cues they overlap, but not in ALL_CLEAR, whose words hold back every live threat of
 * an update ("The alert in Kyiv region has been lifted, but drones are still over Kyiv" stays live). Only "lifted":
 * "is over" and "has ended" after a place are ALL_CLEAR's own for Kyiv, and a negative overlapping them would stop them
 * holding anything back.
 */
const ALERT_LIFTED_IN_PLACE = ['kyiv', 'the capital', 'kyiv oblast', 'kyiv region', 'the city', 'the region'].flatMap((place) =>
  ['has been lifted', 'was lifted', 'is lifted'].map((over) => `alert in ${place} ${over}`));

/**
 * Nobody has lifted it: "The mayor has not lifted the air-raid alert", "У Києві ще не зняли повітряну тривогу" (the alert
 * goes on; area state reads these as no all-clear).
 */
export const ALERT_NOT_LIFTED = [
  ...['не скасували', 'не зняли', 'не завершили'].flatMap((not) => [`${not} тривогу`, `${not} повітряну тривогу`]),
  ...['not lifted', 'not yet lifted', "hasn't lifted", "haven't lifted", 'not called off'].flatMap((not) =>
    [`${not} the alert`, `${not} the * alert`, `${not} the * * alert`]),
  // Another area's all-clear said not to cover this one ("Відбій у Житомирській області нашого регіону не стосується").
  ...['', ' *', ' * *', ' * * *', ' * * * *', ' * * * * *'].flatMap((between) => [`відбій${between} не стосується`,
    `all-clear${between} does not apply`, `all-clear${between} doesn't apply`, `all clear${between} does not apply`]),
];

/**
 * The scopes of a nationwide alert or all-clear (`NATIONWIDE_ALERTS`), for area state: every area of the topic.
 */
export const NATIONWIDE_SCOPES = [
  ...WHOLE_OF_UKRAINE_UK, 'в усіх областях', 'у всіх областях', ...WHOLE_OF_UKRAINE_EN, 'in all regions of Ukraine', 'Ukraine-wide',
  'nationwide',
];

/**
 * An alert said to go on (see the rule that reads it beside an all-clear for another area). Not an order to stay in
 * shelter: after an all-clear that is as often advice for next time ("Відбій. Наступного разу залишайтеся в укриттях до
 * кінця тривоги").
 */
const ALERT_GOES_ON = [
  'тривога триває', 'тривога продовжується', 'тривога ще триває', 'тривога досі триває', 'тривогу не знято',
  'тривогу ще не знято', 'тривогу не скасовано', 'тривога не завершилася', 'тривога ще не завершилася',
  'alert continues', 'alert is still on', 'alert is still in effect', 'alert remains in effect', 'alert is not over',
  'alert is still in force', 'still under alert', 'still under an alert', 'досі під тривогою', 'ще під тривогою',
  // A relative clause: "blasts were heard during an air raid alert that is still in effect".
  ...['that', 'which'].flatMap((which) => ['is still in effect', 'is still on', 'is still in force', 'remains in effect', 'remains in force', 'has not been lifted', 'is not over'].map((still) => `alert ${which} ${still}`)),
  'тривога, яка досі триває', 'тривога, яка ще триває', 'тривоги, яка досі триває', 'тривоги, яка ще триває',
  'тривоги, що досі триває', 'тривоги, що ще триває', 'тривога, що досі триває', 'тривога, що ще триває',
  'remains under air raid alert', 'remains under air-raid alert', 'remains under alert', 'still under air raid alert',
  'still under air-raid alert', 'stays under alert', 'stays under air raid alert', 'stays under air-raid alert',
  'stay under alert', 'remain under alert', 'залишається під тривогою', 'лишається під тривогою', 'залишаються під тривогою',
  // An alert and what it is for, said to go on: "Тривога через ударні дрони триває!".
  'тривога через * триває', 'тривога через * * триває', 'тривога через * * * триває',
  // With the place between: "Тривогу в Києві ще не скасовано", "Alert in Kyiv not lifted".
  ...['в', 'у', 'на', 'по'].flatMap((at) => ['не скасовано', 'ще не скасовано', 'досі не скасовано', 'не знято', 'ще не знято',
    'досі не знято', 'не завершено', 'ще не завершено', 'досі не завершено'].flatMap((over) =>
    [`тривог* ${at} * ${over}`, `тривог* ${at} * * ${over}`])),
  ...['in', 'for', 'over'].flatMap((at) => ['not lifted', 'not yet lifted', 'still not lifted', 'has not been lifted',
    'has not yet been lifted', 'has still not been lifted', 'is not over', 'is still on', 'continues'].flatMap((over) =>
    [`alert ${at} * ${over}`, `alert ${at} * * ${over}`])),
  ...ALERT_NOT_LIFTED,
];

/**
 * A live threat as told beside an all-clear for another area (see the rule that reads it): an order to stay in or go
 * to a shelter, a threat or an attack that goes on, air defence still at work. Each a live cue by itself too.
 */
const THREAT_AFTER_ALL_CLEAR = [
  'залишайтеся в укритт*', 'залишайтесь в укритт*', 'лишайтеся в укритт*', 'будьте в укритт*', 'перебувайте в укритт*',
  'не виходьте з укритт*', 'не залишайте укритт*', 'прямуйте в укриття', 'прямуйте до укриття', 'прямуйте до укриттів',
  'ховайтеся', 'ховайтесь', 'не поспішайте виходити', 'не поспішайте залишати укритт*', 'stay in shelter*',
  'stay in the shelter*', 'remain in shelter*', 'remain in the shelter*', 'must stay in shelter*', 'do not leave shelter*',
  'do not leave the shelter*', "don't leave shelter*", "don't leave the shelter*", 'take shelter', 'go to shelter*',
  'go to the shelter*',
  'досі під загрозою', 'ще під загрозою', 'залишається під загрозою', 'ще під атакою', 'досі під атакою', 'загроза триває',
  'загроза зберігається', 'небезпека зберігається', 'повторна загроза', 'тривога ще діє', 'тривога досі діє',
  'still under threat', 'still under missile threat', 'still under drone threat', 'still under attack',
  // "Проте на Київщині досі триває загроза ударних БпЛА", "Yet Vyshhorod district remains under threat from Shaheds".
  // A threat of the air war only: not "загроза сильних злив", "under threat of scheduled power cuts".
  ...['ударн*', 'бпла', 'балістик*', 'застосуван*', 'дрон*', 'шахед*', 'ракет*', 'атак*', 'обстріл*', 'авіабомб*', 'каб*']
    .map((what) => `триває загроза ${what}`),
  ...['remains', 'remain'].flatMap((verb) => ['missile', 'drone', 'ballistic', 'shahed'].flatMap((weapon) => [
    `${verb} under ${weapon} threat`, `${verb} under threat of ${weapon}*`, `${verb} under threat from ${weapon}*`,
    `${verb} under the threat of ${weapon}*`])),
  'remains under threat of attack', 'remains under threat of strikes', 'still under drone attack',
  'still under missile attack', 'досі лунають вибухи', 'ще лунають вибухи', 'обстріл триває', 'атака триває',
  // The attack said to go on by its weapon ("атака дронів триває", "ракетна атака триває").
  ...['дронів', 'шахедів', 'бпла', 'ракет', 'ударних бпла', 'ударних дронів'].flatMap((weapon) => [`атака ${weapon} триває`,
    `атака ${weapon} продовжується`]), 'ракетна атака триває', 'дронова атака триває', 'комбінована атака триває',
  'атака продовжується', 'attack is still under way', 'attack is still underway', 'attack continues',
  'ще працює ппо', 'досі працює ппо', 'ппо ще працює', 'ппо досі працює',
  // A new wave coming in after another area's all-clear ("Відбій у Києві. Увага: на Броварщину заходить нова група дронів").
  ...['дронів', 'шахедів', 'бпла', 'ударних бпла', 'ударних дронів', 'ракет'].flatMap((what) =>
    [`заходить нова група ${what}`, `заходять нові групи ${what}`, `летить нова група ${what}`, `нова хвиля ${what}`]),
  ...['drones', 'shaheds', 'attack drones', 'missiles'].flatMap((what) =>
    [`new group of ${what}`, `new wave of ${what}`, `another wave of ${what}`, `another group of ${what}`]),
  'ad still working', 'ad is still working', 'air defence still working', 'air defense still working',
  'air defence is still working', 'air defense is still working', 'drones still over', 'drones are still over',
  'alert in kyiv continues', 'alert in the capital continues', 'alert in the city continues',
  // The attack on a place going on, drones heard over it, air defence's tracers in the sky now.
  ...['kyiv', 'the capital', 'the city', 'the kyiv region', 'kyiv region', 'kyiv oblast', 'the region'].flatMap((place) =>
    [`attack on ${place} continues`, `attack on ${place} is continuing`]),
  ...['drones', 'shaheds', 'mopeds', 'uavs', 'attack drones'].flatMap((drones) => [`${drones} are buzzing over`, `${drones} buzzing over`]),
  ...['шахеди', 'дрони', 'мопеди', 'бпла', 'ударні дрони'].map((drones) => `${drones} гудуть над`),
  ...['lighting', 'lighting up', 'heard', 'audible', 'visible', 'rattling'].map((now) => `anti-aircraft fire is ${now}`), 'у небі трасери',
  // (Tracers said to be fireworks are not: "У небі трасери — це салют на честь Дня міста", a negative of this list's rule.)
  'в небі трасери', 'трасери в небі', 'трасери у небі', 'трасери над', 'tracers in the sky',
  'ad tracers', 'повідомляють про роботу ппо', 'роботу ппо просто зараз', 'робота ппо просто зараз',
  'тривога в києві триває',
  'тривога в столиці триває', 'у києві тривога ще діє', 'в києві тривога ще діє',
];

/**
 * An all-clear denied for a place, the place between the words ("Відбій у Києві не оголошували", "Відбою в столиці
 * ще не було", "No all-clear for Kyiv yet"): the alert there goes on.
 */
const ALL_CLEAR_DENIED_UK = ['не оголошували', 'ще не оголошували', 'не оголосили', 'ще не оголосили', 'не оголошено',
  'ще не оголошено', 'поки не оголошено', 'ще не було', 'поки не було',
  // Cancelled: "Відбій на Київщині скасовано: знову тривога".
  'скасовано', 'скасували'];
const ALL_CLEAR_DENIED_IN_PLACE = [
  ...['у києві', 'в києві', 'у столиці', 'в столиці', 'у місті', 'в місті', 'для києва', 'для столиці', 'на київщині',
    'у київській області', 'в київській області', 'в області', 'у області'].flatMap((place) =>
    ALL_CLEAR_DENIED_UK.flatMap((denied) => [`відбій ${place} ${denied}`, `відбою ${place} ${denied}`,
      `відбій тривоги ${place} ${denied}`, `відбою тривоги ${place} ${denied}`])),
  ...['для києва', 'для столиці', 'для київщини', 'для міста', 'для області'].flatMap((place) =>
    ALL_CLEAR_DENIED_UK.flatMap((denied) => [`${place} відбій ${denied}`, `${place} відбою ${denied}`])),
  ...['in kyiv', 'for kyiv', 'in the capital', 'for the capital', 'in the city', 'for the city', 'in kyiv oblast',
    'for kyiv oblast', 'in the region', 'for the region'].flatMap((place) =>
    ['all-clear', 'all clear'].flatMap((clear) => [`no ${clear} ${place} yet`, `no ${clear} yet ${place}`,
      `${clear} has not been given ${place}`, `${clear} has not yet been given ${place}`,
      `${clear} has not been declared ${place}`, `${clear} has not been sounded ${place}`,
      `no ${clear} has been given ${place}`, `no ${clear} has been declared ${place}`, `no ${clear} has been sounded ${place}`])),
  // Still none: "Still no all-clear in Kyiv after four hours" (not "for swimming"), "Відбою досі немає".
  ...['in kyiv', 'for kyiv', 'in the capital', 'for the capital', 'in the city', 'in kyiv oblast', 'in the region'].flatMap((place) =>
    [`still no all-clear ${place}`, `still no all clear ${place}`]),
  ...['oblast', 'region', 'district'].flatMap((area) => ['all-clear', 'all clear'].flatMap((clear) =>
    [`still no ${clear} in * ${area}`, `still no ${clear} in * * ${area}`])),
  'досі немає відбою', 'ще немає відбою', 'поки немає відбою', 'відбою досі немає', 'відбою ще немає', 'відбою поки немає',
  // Another area's all-clear said not to reach Kyiv or its oblast: "Відбій для Київщини не стосується столиці: у Києві
  // тривога триває" (not "does not apply to the curfew").
  ...[['не стосується', ['столиці', 'києва', 'міста', 'київщини', 'області']], ['не поширюється на', ['столицю', 'київ', 'місто', 'київщину', 'область']],
    ['does not apply to', ['kyiv', 'the capital', 'the city', 'kyiv oblast', 'the region']],
    ['does not cover', ['kyiv', 'the capital', 'the city', 'kyiv oblast', 'the region']],
    // A district named: "Відбій для Київщини не стосується Броварського району".
    ['не стосується', ['* району', '* * району', '* громади']], ['не поширюється на', ['* район', '* * район', '* громаду']],
    ['does not apply to', ['* district', '* * district']], ['does not cover', ['* district', '* * district']]].flatMap(([not, places]) =>
    (places as string[]).flatMap((place) => ['відбій', 'відбій тривоги', 'all-clear', 'all clear'].flatMap((clear) =>
      [`${clear} * ${not} ${place}`, `${clear} * * ${not} ${place}`, `${clear} * * * ${not} ${place}`]))),
];

export const ALL_CLEAR_NOT_NEWS = [
  // A pause said to be none ("This is a pause, not an all-clear: another wave is crossing Zhytomyr oblast").
  'not an all-clear', 'not an all clear', 'not the all-clear', 'not the all clear', 'no all-clear yet', 'це не відбій',
  'ще не відбій', 'це пауза',
  // Set against what goes on: "Despite the all-clear in Kyiv Oblast, the alert remains in force in Kyiv city".
  'despite the all-clear', 'despite the all clear', 'despite an all-clear', 'попри відбій', 'незважаючи на відбій',
  'попри відбій тривоги', 'незважаючи на відбій тривоги', 'попри відбій повітряної тривоги', 'незважаючи на відбій повітряної тривоги',
  // A weather warning's end: "По всій Україні дали відбій штормовому попередженню".
  'відбій штормов*',
  'after a brief all-clear', 'after a brief all clear', 'after a short all-clear', 'after a short all clear',
  'після короткого відбою', 'після нетривалого відбою', 'якщо відбій', 'якщо оголосять відбій', 'коли оголосять відбій',
  'як тільки оголосять відбій', 'if the all-clear', 'if the all clear', 'if an all-clear', 'once the all-clear',
  'once the all clear', 'when the all-clear comes',
  // The all-clear a new alert came after ("a fresh alert barely an hour after the previous all-clear").
  'after the previous all-clear', 'after the previous all clear', 'since the previous all-clear',
  'since the previous all clear', 'after the last all-clear', 'after the last all clear', 'після попереднього відбою',
  'після останнього відбою',
  // The previous alert's end, as a time ("barely ninety minutes after the previous alert was lifted").
  ...['after', 'since'].flatMap((after) => ['the previous', 'the last', 'the earlier'].flatMap((previous) =>
    ['alert was lifted', 'alert ended', 'alert was called off', 'alert had been lifted', 'alert had ended'].map((lifted) => `${after} ${previous} ${lifted}`))),
  // An all-clear that lasted minutes, was posted by mistake or is a rumour ("Відбій протримався лише 15 хвилин: …",
  // "Не вірте чуткам про «відбій»", "posted an all-clear by mistake").
  'відбій протримався', 'відбій тривав лише', 'відбій був передчасним', 'all-clear was premature', 'all-clear lasted', 'all clear lasted', 'all-clear by mistake',
  'all clear by mistake', 'відбій помилково', 'помилковий відбій', 'помилково оголосили відбій', 'mistaken all-clear',
  'чутк* про відбій', 'rumours of an all-clear', 'rumors of an all-clear', 'fake all-clear', 'фейков* відбій',
  // An all-clear cancelled or not yet given ("Earlier all-clear cancelled: Kyiv alert back on", "відбій ще не оголосили").
  'all-clear cancelled', 'all clear cancelled', 'all-clear was cancelled', 'відбій скасовано', 'відбій скасували',
  'відбій не оголошували', 'відбій ще не оголошували', 'відбій ще не оголосили', 'відбій не оголосили',
  'відбою не оголошували', 'відбою ще не оголошували', 'all-clear has not been given', 'all clear has not been given',
  'all-clear has not yet been given', 'no all-clear yet', 'no all clear yet',
  'фейк про відбій',
  // An alert over a place ("… as the alert over the city stayed in place", "Nationwide alert over a MiG-31K take-off"),
  // not "Alert over in Kyiv".
  ...['the city', 'the capital', 'the region', 'the oblast', 'the country', 'kyiv', 'the kyiv region', 'a', 'an'].map((place) => `alert over ${place}`),
  // An alert that remained for a while, told when it was over ("The alert in Kyiv remained in effect for four hours, until 5
  // a.m.").
  ...['remained in *', 'stayed in *'].flatMap((remained) => ['for * hours', 'for * * hours', 'for hours', 'for * minutes',
    'for more than', 'for about', 'for nearly', 'for almost', 'for over', 'until', 'till'].map((time) => `${remained} ${time}`)),
  // An end still to come ("Information on possible damage will be released once the attack is over", "We will bring you more
  // as soon as the attack is over").
  ...['once', 'as soon as', 'when', 'after', 'until'].flatMap((when) => ['attack', 'alert', 'threat'].map((what) => `${when} the ${what} is over`)),
  // A mistaken all-clear, one waited for, one there was no time to give ("Відбій був помилковим — у Києві знову тривога",
  // "рятувальники чекають на відбій", "Суми: не встигли дати відбій — знову тривога").
  'відбій був помилковим', 'відбій помилковий', 'all-clear was a mistake', 'all-clear was issued in error',
  'all clear was a mistake', 'all-clear was wrong', 'чекають на відбій', 'чекаємо на відбій', 'чекають відбою',
  'чекаємо відбою', 'waiting for the all-clear', 'waiting for an all-clear', 'waiting for the all clear', 'await the all-clear',
  'не встигли дати відбій', 'не встигли оголосити відбій',
  // Denied with the place between ("Відбій у Києві не оголошували", "No all-clear for Kyiv yet").
  ...ALL_CLEAR_DENIED_IN_PLACE,
  // An all-clear told as hearsay or a fake ("Кажуть, тривогу в Києві скасовано — це фейк", "У пабліках пишуть про відбій",
  // "Fake screenshots claim the alert in Kharkiv was lifted", "Повідомлення про скасування тривоги — фейк").
  'кажуть тривог*', 'кажуть що тривог*', 'кажуть відбій', 'кажуть що відбій', 'пишуть про відбій', 'пишуть що відбій',
  'пишуть про скасування тривоги', 'повідомлення про скасування тривоги', 'повідомлення про відбій', 'чутки про відбій',
  'чутки про скасування', 'claim the alert', 'claims the alert', 'claimed the alert', 'claiming the alert',
  'claim the all-clear', 'claims the all-clear', 'claim an all-clear', 'rumours of an all-clear', 'rumors of an all-clear',
];

/** Rules taught and alerts mistaken: "how well do you know the shelter rules?", "users mistook the notice for an alert". */
const TAUGHT_OR_MISTAKEN = [
  'shelter rules', 'rules of the shelter', 'правила укриття', 'правила поведінки в укритт*', 'сплутал* з тривог*',
  'сплутали його з тривог*', 'сплутали її з тривог*', 'mistook it for an alert', 'mistook it for an air raid*',
  'mistaken for an alert', 'mistaken for an air raid*', 'mistaken for a siren',
];

/**
 * Another city's all-clear ("Відбій у Харкові, але в Києві тривога триває"): a negative of the active-threat rules,
 * so it holds back no live threat elsewhere in the update (the all-clear rule still reads it).
 */
const ALL_CLEAR_ELSEWHERE = OTHER_PLACES.flatMap((place) =>
  /^[A-Z]/.test(place)
    ? ['all clear in', 'all-clear in', 'all clear for', 'all-clear for'].map((clear) => `${clear} ${place}`)
    : /^[а-яіїєґ'’*\s-]+$/.test(place) && !place.startsWith('на ')
      ? ['відбій у', 'відбій в', 'відбій тривоги у', 'відбій тривоги в'].map((clear) => `${clear} ${place}`)
      : [],
);

/**
 * Contexts where alert words do not announce a live threat (each cancels the words it overlaps). A negative also hides
 * an all-clear from the rules' `unless`: only all-clears that end no alert here (ALL_CLEAR_NOT_NEWS, another city's).
 */
/** "Ціль" as a goal, not a target: a project's, a campaign's or a fundraiser's. */
const GOAL_NOT_TARGET = [
  'ціль проєкту', 'ціль проекту', 'ціль програми', 'наша ціль', 'головна ціль', 'основна ціль', 'ціль кампанії',
  'ціль збору', 'ціль зборів', 'ціль акції', 'спільна ціль', 'ціль на рік', 'ціль на зиму', 'ціллю є', 'ціль компанії',
];

/** Loud celebrations, music and words, not an attack ("У Києві гучно відсвяткували День міста"). */
const LOUD_NOT_AN_ATTACK = [
  'гучно відсвятк*', 'гучно святку*', 'гучно святкува*', 'гучно відзнач*', 'гучно грал*', 'гучно грає',
  'гучно грають', 'гучно співа*', 'гучно сміял*', 'гучно аплод*', 'гучно відкри*', 'гучно стартува*',
];

/** Attacks of other kinds: raiders', hackers', pests' ("Рейдерська атака на порт триває"). */
const ATTACK_OF_ANOTHER_KIND = [
  'рейдерськ* атак*', 'хакерськ* атак*', 'кібератак*', 'інформаційн* атак*', 'психологічн* атак*', 'атака шкідник*',
  'raider attack', 'cyber attack', 'cyber-attack', 'cyberattack', 'hacker attack', 'information attack', 'ransomware attack',
  'pest attack', 'legal attack', 'political attack',
];

/**
 * Explosions told as finished (clarification 16): "Вибухи в місті лунали з 01:30 до 05:10", "Explosions shook Zhytomyr in
 * the evening as missiles hit…". The negative of the explosions cue (a cue of now beside them still counts: "…; the
 * alert remains in force"), and of the incident matcher's threat cue (such a report is a follow-up, not a new alert).
 */
export const EXPLOSIONS_TOLD_AS_FINISHED = [
  ...['вибухи', 'вибух'].flatMap((blasts) => ['лунали', 'лунав', 'гриміли', 'гримів', 'було чути'].flatMap((verb) =>
    [`${blasts} ${verb}`, `${blasts} * ${verb}`, `${blasts} * * ${verb}`])),
  // Heard an hour ago ("Годину тому над Троєщиною чули вибухи, зараз тихо").
  ...['годину тому', 'пів години тому', 'півгодини тому', 'an hour ago', 'half an hour ago'].flatMap((ago) => ['чули вибухи',
    'чули вибух', 'було чути вибухи', 'heard explosions', 'heard blasts'].flatMap((heard) => [`${ago} ${heard}`, `${ago} * ${heard}`,
    `${ago} * * ${heard}`])),
  // The verb first ("Під час тривоги в столиці лунали вибухи — працювала ППО").
  ...['лунали', 'гриміли'].flatMap((verb) => [`${verb} вибухи`, `${verb} потужні вибухи`, `${verb} гучні вибухи`]),
  ...['explosions', 'blasts', 'explosion', 'blast'].flatMap((blasts) =>
    ['shook', 'rocked', 'rang out', 'echoed', 'thundered', 'boomed'].map((verb) => `${blasts} ${verb}`)),
];

/** Explosions foretold ("Residents may hear gunfire and explosions during the day — this is training"; "можуть почути вибухи"). */
const EXPLOSIONS_FORETOLD = [
  // "Residents should not be alarmed by gunfire and blasts" (an exercise's notice).
  ...['not be alarmed by', 'don\'t be alarmed by'].flatMap((calm) => ['gunfire', 'blasts', 'explosions', 'loud bangs', 'gunfire and blasts',
    'gunfire and explosions', 'shots and explosions', 'shooting and explosions', 'the sound of explosions', 'the sounds of explosions',
    'the sound of blasts', 'the sounds of blasts'].map((what) => `${calm} ${what}`)),
  'не лякайтеся', 'не варто лякатися',
  ...['may hear', 'might hear', 'will hear', 'could hear'].flatMap((hear) => ['explosions', '* explosions', '* * explosions'].map((what) => `${hear} ${what}`)),
  // Sounds said to be possible ("Можливі звуки стрільби та вибухів — це не атака").
  ...['можливі звуки', 'possible sounds of'].flatMap((sounds) => ['вибухів', '* вибухів', '* * вибухів', '* * * вибухів', 'explosions',
    '* explosions', '* * explosions'].map((what) => `${sounds} ${what}`)),
  ...['можуть почути', 'можете почути', 'почують', 'почуєте', 'можуть чути', 'можете чути', 'можна почути', 'можна буде почути',
    'буде чути', 'будуть чути', 'чутимуть', 'чутиме'].flatMap((hear) => ['вибухи', '* вибухи', '* * вибухи', 'постріли', '* постріли', 'стрілянину']
    .map((what) => `${hear} ${what}`)),
];

/** An audience to be led to shelter if an alert comes ("…, гру зупинять, а глядачів проведуть до укриття стадіону"). */
const LED_TO_SHELTER_IF_ALERT = ['проведуть до укриття', 'проведуть в укриття', 'відведуть до укриття', 'відведуть в укриття',
  'проведуть до укриттів', 'проведуть у укриття', 'відведуть до укриттів', 'проведуть до сховища',
  // The same as a standing rule ("Під час повітряної тривоги прийом припиняється, а відвідувачів проводять до укриття").
  'проводять до укриття', 'проводять в укриття', 'відводять до укриття', 'відводять в укриття', 'are escorted to the shelter',
  'are escorted to the basement', 'are taken to the shelter'];

/** The past verbs of a volley or a siren in PAST_ALERT ("rang out", "rocked"). */
const VOLLEY_VERBS: ReadonlySet<string> = new Set(['rang out', 'rocked', 'sounded', 'went off', 'wailed', 'blared', 'howled']);

/** The night's alert as the cause of what a morning moved, with how long it was. */
const LONG_NIGHT_ALERT_AS_CAUSE = [
  ...['тривалу', 'довгу', 'багатогодинну'].flatMap((long) => [`через ${long} нічну тривогу`, `через ${long} нічну повітряну тривогу`]),
  ...['тривалої', 'довгої', 'багатогодинної'].flatMap((long) => [`після ${long} нічної тривоги`, `після ${long} нічної повітряної тривоги`]),
  ...['long', 'lengthy', 'hours-long'].flatMap((long) => [`after the ${long} overnight alert`, `because of the ${long} overnight alert`,
    `after a ${long} overnight alert`, `after a ${long} night alert`]),
];

/**
 * A year ago as a comparison, not a look-back ("Як і рік тому, цієї ночі столицю атакують дрони: … працює ППО"): the live
 * rules and Kyiv's topic do not read it as the anniversary it names.
 */
const YEAR_AGO_AS_A_COMPARISON = ['як і рік тому', 'як і два роки тому', 'як і торік', 'як і минулого року', 'just as a year ago',
  'as it did a year ago', 'like a year ago', 'as a year ago'];

/** A repeated alert named as the night's, the morning's or the day's (the active-threat rules'). */
const SECOND_ALERTS = ['second', 'third'].flatMap((which) => ['alert', 'air-raid alert', 'air raid alert']
  .flatMap((alert) => ['of the morning', 'of the night', 'of the day'].map((when) => `${which} ${alert} ${when}`)));

const ACTIVE_THREAT_NEGATIVE = [...new Set([
  // The hour a campaign's weapons are launched at, as analysis tells it ("ballistic missiles launched at night, which leaves …").
  'launched at night', 'launched at dawn', 'launched at nighttime', 'launched in the small hours',
  // A campaign turned toward a weapon, not a weapon's course ("has shifted its strike campaign … toward ballistic missiles").
  ...['toward', 'towards'].flatMap((toward) => ['ballistic missiles', 'cruise missiles', 'missiles', 'drones', 'shaheds', 'cheaper drones']
    .map((weapon) => `${toward} ${weapon}`)),
  // A repeated alert told as over ("The second alert of the night in Kyiv ended shortly before midnight").
  ...SECOND_ALERTS.flatMap((alert) => ['', ' in *', ' in the *'].flatMap((where) => ['ended', 'has ended', 'is over', 'was lifted', 'has been lifted', 'lasted']
    .map((ended) => `${alert}${where} ${ended}`))),
  // Bombs dropped, told done ("Окупанти скинули на Запоріжжя три КАБи: зруйновано ангар"), not bombs on their way.
  'скинули на', 'скинув на', 'скинула на', 'скинуто на', 'скинули по', 'скинув по',
  // A rate of them, analysis ("let Kyiv intercept a higher share of incoming weapons than any other city").
  'share of incoming', 'percentage of incoming', 'proportion of incoming', 'per cent of incoming', 'percent of incoming',
  // A share downed ("Kyiv's air defence intercepted 96% of incoming drones in September").
  ...['intercepted', 'shot down', 'destroyed', 'downed'].map((downed) => `${downed} * of incoming`),
  // The time of what is told, past ("destroyed all cruise missiles … during the second alert of the night. No damage").
  'during the second alert', 'during the second air-raid alert', 'during the repeated alert', 'під час другої тривоги',
  'під час повторної тривоги', 'під час другої повітряної тривоги',
  ...YEAR_AGO_AS_A_COMPARISON,
  // Sat out in the past ("We were sitting in the corridor all night", "they were hiding in the basement").
  ...['were', 'was', 'had been'].flatMap((past) => ['sitting', 'hiding', 'waiting'].map((sat) => `${past} ${sat}`)),
  // A course changed away, told with what did not happen ("Ракети змінили курс і область не перетинали"): not a course set
  // now (a verb of motion beside it still is: "змінили курс і летять на Київ").
  ...['змінили', 'змінила', 'змінив'].flatMap((changed) => ['і', 'та'].flatMap((and) =>
    [`${changed} курс ${and} не`, `${changed} курс ${and} * не`, `${changed} курс ${and} * * не`])),
  // Sheltering told as what the hurt were doing when it struck ("two tram drivers who had been sheltering inside the depot
  // when debris crashed through its roof"): a past perfect, not people sheltering now.
  'had been sheltering',
  // Explosions foretold for an exercise ("Residents may hear gunfire and explosions during the day — this is training").
  ...EXPLOSIONS_FORETOLD,
  // Thanks to those who were in shelters, said after the all-clear ("Відбій тривоги у Львові. Дякую всім, хто був в укриттях").
  'про вихід до укриття', 'про вихід в укриття', 'про вихід у укриття', 'схема проходу до укриття', 'схему проходу до укриття',
  'хто був в укриттях', 'хто був в укритті', 'хто були в укриттях', 'хто був у укриттях', 'who were in shelters', 'who were in the shelters',
  // A question of how long, a rule of thumb denied ("Скільки сидіти в укритті?", "правило двох стін не захищає від уламків").
  'скільки сидіти в укритті', 'скільки часу сидіти в укритті', 'how long to sit in a shelter', 'правило двох стін не',
  // What to do when it comes ("Caught outside when the sirens go off? Head for the nearest shelter").
  'when the sirens go off', 'when sirens go off', 'when the sirens sound', 'when sirens sound', 'once the sirens go off',
  // Advice to heed alerts after the all-clear ("загроза нових атак зберігається, тож сигнали тривоги не варто ігнорувати").
  'тривог* не варто ігнорувати', 'тривог* не слід ігнорувати', 'не варто ігнорувати', 'should not be ignored', 'shouldn\'t be ignored',
  // Weapons downed on their approach ("Усі цілі на підльоті до міста знищено").
  'на підльоті до * знищено', 'на підльоті до * збито', 'на підльоті знищено', 'на підльоті збито',
  // An alert because of a threat, not one over ("Nationwide alert over ballistic missile threat").
  'alert over * threat', 'alert over * * threat', 'alert over ballistic', 'alert over missile*',
  // What will be done if an alert comes ("marshals will send runners to shelters marked with orange flags").
  'will * * to shelters', 'will * * * to shelters', 'will * * to the shelters', 'would * * to shelters',
  // A rule for any alert ("stations … stay open around the clock while an alert is in effect"), not this one.
  'while an alert is in effect', 'whenever an alert is in effect', 'while alerts are in effect', 'while an alert is on',
  // An all-clear before the alert now ("…, less than an hour after an earlier all-clear") lifts nothing.
  'an earlier all-clear', 'the earlier all-clear', 'an earlier all clear', 'the earlier all clear', 'the previous all-clear',
  'after the morning all-clear', 'after the night\'s all-clear', 'after the all-clear', 'after the all clear',
  'після попереднього відбою', 'після відбою попередньої тривоги',
  // A rule of how long, explained: "…, so the city stays under alert until the last one is downed".
  ...['stays', 'stay', 'remains', 'remain'].map((stays) => `${stays} under alert until the last`),
  // A launch as the start of a span, free places in shelters, an all-clear called fake ("скільки хвилин від пуску до прильоту",
  // "Місця в укриттях безкоштовні", "Messages … that the alert is over are fake. Kyiv remains under air-raid alert").
  'від пуску до', 'from launch to', 'місця в укриттях', 'місце в укритті', 'місць в укриттях', 'місця в укритті',
  ...['alert is over', 'all-clear', 'all clear'].flatMap((over) => [`${over} are fake`, `${over} is fake`, `${over} are false`, `${over} is false`]),
  // (Not "про «нові вибухи» після відбою — фейк": the explosions are the fake.)
  ...['', ' *', ' * *'].flatMap((between) => [`про відбій${between} фейк`, `про відбій${between} це фейк`, `про відбій${between} є фейком`]),
  // (A lone * never stands before the dash of "Повідомлення про відбій у Києві — фейк": the places named.)
  ...['у києві', 'в києві', 'у столиці', 'в столиці', 'по києву', 'на київщині', 'в області', 'у області'].flatMap((where) =>
    [`про відбій ${where} фейк`, `про відбій ${where} це фейк`]),

  ...ALERT_LIFTED_BY,
  ...ATTACK_OF_ANOTHER_KIND,
  // A drill denied sets nothing aside ("the blasts you hear now are NOT a controlled detonation"): a negative of the drill
  // words. (Not one set for another day: "Завтра о 10:00 перевірка системи оповіщення: прозвучить сирена" would be live.)
  // Said of now only: not "the blasts heard this morning were not a controlled detonation".
  ...['is not', 'are not', 'isn\'t', 'aren\'t'].flatMap((not) => ['a controlled detonation', 'controlled detonations',
    'a controlled explosion', 'a siren test', 'a drill'].map((drill) => `${not} ${drill}`)),
  'це не контрольован* підрив*', 'це не планов* підрив*', 'це не планов* перевірк*', 'це не перевірк* сирен*',
  // Corrected: "Звуки вибухів у столиці — не контрольований підрив, а робота ППО".
  'не контрольован* підрив* а', 'не планов* підрив* а',
  // Explosions told with a past relative clause, the subject of their aftermath: "Вибухи, що гриміли над Києвом близько
  // третьої ночі, залишили вирву посеред дитячого майданчика".
  ...['вибухи', 'вибух'].flatMap((blasts) => ['що', 'які', 'котрі', 'який'].flatMap((which) =>
    ['гриміли', 'гримів', 'лунали', 'лунав', 'пролунали', 'пролунав', 'прогриміли', 'прогримів', 'чули', 'було чути'].flatMap((verb) =>
      [`${blasts} ${which} ${verb}`, ...['над києвом', 'над столицею', 'над київщиною'].map((place) => `${which} ${verb} ${place}`)]))),
  ...['explosions', 'blasts', 'explosion', 'blast'].flatMap((blasts) => ['that', 'which'].flatMap((which) =>
    ['rocked', 'shook', 'were heard', 'was heard', 'rang out', 'thundered'].map((verb) => `${blasts} ${which} ${verb}`))),
  // Air defence filmed by a spotter, in a court or police story ("суд узяв під варту киянина, який знімав роботу ППО над
  // столицею"; not "чути роботу ППО над столицею").
  ...['знімав', 'знімала', 'знімали', 'зняв', 'зняла', 'зняли', 'фільмував', 'фільмувала', 'фільмували'].flatMap((filmed) =>
    ['над києвом', 'над столицею', 'над київщиною', 'у києві', 'в києві', 'у столиці', 'в столиці'].map((place) => `${filmed} роботу ппо ${place}`)),
  // Business launches: "Kyivstar launches a 5G pilot in Lviv".
  ...['pilot', '5g', 'service', 'app', 'project', 'programme', 'program', 'platform', 'product', 'brand', 'fund'].flatMap(
    (what) => [`launches a ${what}`, `launches a * ${what}`, `launched a ${what}`, `launched a * ${what}`, `launches an ${what}`,
      `launches an * ${what}`, `launched an ${what}`, `launched an * ${what}`, `launches a * * ${what}`, `launches an * * ${what}`]),
  // Tracers that are fireworks: "У небі трасери — це салют на честь Дня міста".
  ...['у небі трасери', 'в небі трасери', 'трасери в небі', 'трасери у небі'].flatMap((tracers) =>
    ['це салют', 'це феєрверк', 'це святковий салют'].map((fireworks) => `${tracers} ${fireworks}`)),
  // Raising the alarm over something ("По всій Україні б'ють тривогу через подорожчання хліба").
  'б\'ють тривогу', 'бити тривогу', 'б\'є тривогу', 'забили тривогу', 'забив тривогу', 'забила тривогу',
  // Exercises go on, not an attack: "На Київщині тривають навчання підрозділів ППО з відбиття атак дронів".
  'тривають навчання ппо', 'тривають навчання підрозділів', 'тривають навчання військ*', 'тривають військові навчання',
  'exercises are under way', 'exercises are underway', 'exercises continue', 'drills continue', 'drills are under way',
  // Hours spent under alert, counted ("Kharkiv spent 1,100 hours under air raid alert in 2025"); not "already five
  // hours under alert", which goes on.
  ...['spent', 'has spent', 'have spent'].flatMap((spent) => ['*', '* *'].flatMap((count) =>
    ['air raid alert', 'air-raid alert', 'alert', 'alerts'].map((alert) => `${spent} ${count} hours under ${alert}`))),
  ...['провів', 'провела', 'провело', 'провели'].flatMap((spent) => ['*', '* *'].flatMap((count) =>
    ['тривогою', 'повітряною тривогою'].map((alert) => `${spent} ${count} годин під ${alert}`))),
  ...['провів', 'провела', 'провело', 'провели'].flatMap((spent) => [`${spent} під тривогою`, `${spent} під повітряною тривогою`]),
  // Loud told in the past ("Last night it was loud in Kyiv, but everyone is fine").
  'was loud in', 'was loud over', 'were loud in', 'було гучно в', 'було гучно у', 'було гучно на', 'було гучно над',
  // A machine gun restored, a missile warning elsewhere ("Кулемет працює як годинник: зброяр відреставрував «Максим»").
  'кулемет працює як', 'кулемети працюють як',
  // Anxiety, not an alert ("у мене така тривога перед сесією").
  'така тривога', 'тривога перед', 'тривогу перед', 'відчуваю тривогу', 'відчуття тривоги', 'тривожн* стан*',
  // Explosions as the time of what came after them ("rescuers are still clearing rubble after the explosions").
  'after the explosions', 'after the explosion', 'after explosions', 'після вибухів', 'після вибуху',
  // A fire or a factory's siren ("на заводі спрацювала пожежна сирена через загоряння в цеху").
  'пожежна сирена', 'пожежної сирени', 'пожежну сирену', 'заводська сирена', 'заводську сирену', 'fire siren*',
  'factory siren*',
  // A threat said to be over is no threat word ("Загроза ракетного удару минула", "The ballistic threat has ended").
  ...['ракетного удару', 'ракетних ударів', 'балістики', 'ударних дронів', 'ударних бпла', 'бпла', 'дронів', 'шахедів',
    'застосування бпла', 'застосування ударних бпла', 'атаки', 'обстрілу', 'ракетної атаки'].flatMap((what) =>
    [`загроза ${what} минула`, `загроза ${what} зникла`, `загрозу ${what} знято`]),
  ...['ballistic threat', 'missile threat', 'drone threat', 'threat from drones', 'threat from attack drones',
    'threat from missiles', 'threat from ballistic missiles'].flatMap((threat) => [`${threat} is over`, `${threat} has passed`,
    `${threat} has ended`]),
  // Shelters closed till the next alert ("Укриття зачиняють до наступної тривоги").
  'до наступної тривоги', 'до наступного сигналу', 'until the next alert',
  // Shelters one may leave: an all-clear ("The danger has passed, Kyiv residents may leave shelters").
  'may leave shelters', 'may leave the shelter*', 'may now leave', 'can now leave', 'allowed to leave', 'may leave protected spaces',
  'можуть виходити з укритт*', 'можна виходити з укритт*', 'можна залишати укритт*', 'можуть залишати укритт*',
  // An exam's testing centre, not a siren test ("НМТ у пункті тестування на Шулявці призупинено — триває тривога").
  'пункт* тестування', 'центр* тестування', 'вступн* тест*', 'тестування нмт', 'тестування зно', 'нмт-тестування',
  // What any alert interrupts, as a rule ("Контрольні роботи, перервані тривогою, учні пишуть наступного дня").
  ...['перервані', 'перерване', 'перервана', 'перерваний', 'перервані повітряною', 'перерване повітряною', 'перервана повітряною',
    'перерваний повітряною'].map((cut) => `${cut} тривогою`),
  'interrupted by an alert', 'interrupted by an air-raid alert', 'interrupted by an air raid alert',
  // A museum's visitors and staff in its shelter now are no exhibition ("Зараз у Києві тривога — відвідувачі музею в
  // укритті").
  'відвідувач* музею', 'працівник* музею', 'museum visitors', 'museum staff', 'visitors to the museum', 'visitors of the museum',
  'on the agenda', 'back on the agenda',
  // A condition, a question, a football match, prices, farming ("атака не припинилася б, якби не ППО", "Чи тривають
  // обстріли Києва? Ні", "тривають обстріли воріт", "ППО лупить по цінах", "the threat of UAV use in agriculture").
  'не припинилася б', 'не припинилась би', 'не припинилася би', 'чи тривають', 'обстріли воріт', 'ппо лупить по цінах',
  'threat of uav use in agricultur*', 'threat of drone use in agricultur*', 'uav threat declared so often',
  'чому каби падають', 'чому ппо лупить',
  // Mopeds as vehicles whose prices or queues move ("Ціни на мопеди рухаються вгору").
  'ціни на мопед*', 'реєстрацію мопедів', 'реєстрація мопедів', 'рухаються вгору', 'рухаються повільно',
  ...METAPHORS, ...ALL_CLEAR_ELSEWHERE, ...LOUD_NOT_AN_ATTACK, ...GOAL_NOT_TARGET,
  'тривога тривала', 'тривоги тривали', 'не повітряна тривога', 'загрозу', 'минуто', 'staying in shelters',
  // Explosions staged or mistaken, sirens installed or heard in a plan, a nickname, what to keep in a shelter, a
  // shelter's amenities: "імітуватимуть вибухи", "сприйняли грім за вибухи", "встановлять внутрішні сирени, щоб учні
  // чули тривогу", "«Блекаут-тривога»", "тримайте в укритті теплий одяг", "whether your nearest shelter has heating".
  'імітуватимуть вибухи', 'імітуватиме вибухи', 'імітувати вибухи', 'імітаці* вибух*', 'stage explosions',
  'staged explosions', 'simulated explosions', 'грім за вибухи', 'thunder for explosions', 'mistook thunder',
  'гроза над', 'грози над', 'thunderstorm over', 'storm over', 'гриміли вибухи', 'спалахи в небі', 'гучно було',
  'було гучно', 'вибухи лунали', 'лунали вибухи', 'heard in kyiv earlier', 'heard earlier', 'were heard earlier',
  'внутрішн* сирен*', 'нов* сирен*', 'встанов* сирен*', 'сирени встанов*', 'чули тривогу', 'new sirens', 'install* sirens',
  'indoor sirens', 'outdoor sirens', 'new outdoor sirens', 'блекаут-тривог*', 'блекаут тривог*', 'тримайте в укритті',
  'зберігайте в укритті', 'keep in the shelter', 'keep in your shelter', 'whether your nearest shelter',
  'whether the nearest shelter', 'nearest shelter has',
  // A tennis racket held low, a photographer's drone, a question of whether a missile will hit you, a metro entrance
  // closed for repairs, a question about the all-clear.
  'ракетк*', 'дрон-фотограф*', 'фотограф*', 'чи вдарить', 'вдарить по вас', 'заходьте в метро через',
  'чи відбій був передчасним',
  // A strike denied ("Russia's defence ministry denied striking a residential building in Kyiv").
  'denied striking', 'denies striking', 'deny striking', 'denied targeting', 'denies targeting',
  ...NOT_WAR_SIRENS_AND_SHELTER,
  // Shelter in the future or not needed ("учасники перейдуть в укриття", "residents do not need to take shelter"), and
  // the alert an all-clear ended ("після відбою тривоги рятувальники ліквідували пожежу").
  'перейдуть в укриття', 'перейдуть до укриття', 'спустяться в укриття', 'спускатимуться в укриття', 'підуть в укриття',
  'will go to shelter*', 'will go to the shelter*', 'will move to the shelter*', 'will head to the shelter*',
  'do not need to take shelter', 'don\'t need to take shelter', 'no need to take shelter', 'не потрібно йти в укриття',
  'не треба йти в укриття', 'після відбою тривоги', 'після відбою повітряної тривоги',
  // Fireworks denied hold nothing back: "Not fireworks. Air defence is shooting down drones over Troieshchyna".
  'not fireworks', 'not a firework*', 'не феєрверк*', 'не салют*', 'not a film shoot', 'не зйомки',
  // Alarms of peacetime, as the words that would be the cue: pollen, a quarry's blasting.
  'тривог* для алергік*', 'alert for allergy sufferers', 'allergy alert*', 'pollen alert*', 'вибухи в кар\'єрі',
  'вибухи на кар\'єрі', 'вибух* у кар\'єрі', 'explosions at the quarry', 'blasts at the quarry', 'quarry blast*',
  // An all-clear in other words cancels the alarm word it is made of ("Тривога в столиці скінчилася", "sirens off"),
  // and so does a clear sky ("Небо над столицею чисте. Дякуємо ППО!"; not an all-clear: weather says it too).
  ...ALL_CLEAR_IN_OTHER_WORDS, 'небо над столицею чисте', 'небо над києвом чисте', 'небо над київщиною чисте',
  // Not air defence at work: a working group, business booming, music thumping.
  'ппо працює дедалі', 'ппо працюють дедалі', 'air defence working group*', 'air defense working group*',
  'business booms', 'business is booming', 'гупає музика', 'музика гупає',
  // A place that has or works in a shelter ("a community centre with its own shelter", "табір, що працює в укритті").
  'its own shelter', 'own shelters', 'працює в укритті', 'працюють в укритті', 'працює в укриттях',
  'працюють в укриттях',
  // Shelter as what one may do ("пасажири можуть перейти в укриття"): guidance, not an order.
  'можуть перейти в укриття', 'можуть спуститися в укриття', 'можуть пройти в укриття', 'можна перейти в укриття',
  'можна спуститися в укриття', 'may go to the shelter*', 'can go to the shelter*', 'can take shelter',
  'may take shelter',
  // An alarm that is not an air raid's ("застосунок подає «сигнал тривоги»"); a month's hours under alert.
  'подає сигнал тривоги', 'подасть сигнал тривоги', 'подадуть сигнал тривоги', 'подати сигнал тривоги',
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december'].flatMap((month) => [`hours under air-raid alert in ${month}`, `hours under air raid alert in ${month}`,
    `hours under alert in ${month}`]),
  // An attack named as an event ("the morning's ballistic attack on Kyiv is more proof…"), launchers as equipment.
  'ранкова балістична атака', 'ранкова атака', 'ранкову атаку', 'вчорашня атака', 'вчорашню атаку', 'пускові установки',
  'пускових установок', 'пусковими установками', 'пускову установку', 'пускова установка',
  'hours under alert across', 'hours under alert last', 'hours under alert this', 'hours under alert over the',
  'годин під тривогою за місяць', 'годин під тривогою за рік', 'годин під тривогою минулого',
  ...UNTIL_ALL_CLEAR, 'до відбою', 'bomb shelter*', 'after the all clear', 'after the all-clear', 'після відбою',
  // An exercise's drill of a mobile fire group ("бійці відпрацьовують дії мобільних вогневих груп проти дронів").
  'відпрацьовують дії', 'відпрацювали дії', 'відпрацьовували дії', 'відпрацьовують стрільбу', 'відпрацювали стрільбу',
  'відпрацьовують стрільби',
  // A forecast for the night or the day, an alert that would come ("Прогноз на ніч: можливі пуски
  // крилатих ракет з Ту-95 … Тривоги поки немає", "Можливі пуски за 2–3 години", "Протягом дня зберігається загроза
  // балістики. Не ігноруйте сигнали тривоги!", "Якщо злетить — буде тривога по всій країні").
  'прогноз на ніч можливі пуски', 'можливі пуски за', 'можливі пуски протягом', 'можливі пуски вночі', 'можливі пуски цієї ночі',
  'possible launches tonight', 'launches are possible tonight', 'launches possible tonight',
  'протягом дня зберігається загроза', 'протягом дня зберігається', 'протягом доби зберігається загроза', 'сьогодні протягом дня зберігається',
  'буде тривога', 'буде оголошено тривогу', 'оголосять тривогу', 'there will be an alert', 'will be an alert',
  // Strategic bombers airborne: a warning of launches to come, not weapons inbound ("Ту-95МС у повітрі. Можливі пуски").
  ...['ту-95', 'ту-95мс', 'ту-160', 'ту-22', 'ту-22м3', 'tu-95', 'tu-95s', 'tu-95ms', 'tu-160', 'tu-22', 'tu-22m3'].flatMap((bomber) =>
    [`${bomber} у повітрі`, `${bomber} в повітрі`, `${bomber} in the air`, `${bomber} are in the air`, `${bomber} is in the air`,
      // Counted ("Tu-95MS x8 airborne from Olenya. Possible launches in 2–3 hours").
      `${bomber} airborne`, `${bomber} * airborne`, `${bomber} are airborne`, `${bomber} * are airborne`]),
  'possible launches in', 'launches possible in', 'launches are possible in', 'possible launches within', 'possible launches over',
  // What a delivered system will protect ("…зенітна ракетна система … для захисту неба над столицею").
  'захисту неба над', 'захисту неба', 'захист неба над', 'захист неба', 'захищатиме небо над', 'protect the skies over', 'protect the sky over', 'to protect the skies',
  // Weapons said downed, and a night's report ("Звіт за ніч у Вишгородському районі: ворожі дрони збито на підльоті").
  'дрони збито', 'дрони знешкоджено', 'дрони знищено', 'дронів збито', 'ракети збито', 'ракети знешкоджено',
  // Overnight, on approach: downed ("Уночі на підльоті до столиці сили ППО знешкодили всі ворожі безпілотники").
  'уночі на підльоті', 'вночі на підльоті', 'за ніч на підльоті',
  ...['знешкоджено', 'збито', 'знищено'].flatMap((downed) => [`на підльоті до * ${downed}`, `на підльоті до * * ${downed}`]),
  // After an alert, an ended second alert ("Після повторної тривоги уламки дрона впали…", "The second alert of the night in
  // Kyiv ended after 25 minutes").
  'після тривоги', 'після повторної тривоги', 'після нічної тривоги', 'після другої тривоги', 'після ранкової тривоги',
  'під час повторної тривоги', 'під час другої тривоги', 'під час першої тривоги',
  ...['', ' in kyiv', ' in the capital', ' over kyiv'].map((where) => `second alert of the night${where} ended`),
  // An interception reported ("ЦАХАЛ повідомив про перехоплення ракети над центром Ізраїлю").
  'перехоплення ракети над', 'перехоплення ракет над', 'перехоплення дрона над', 'перехоплення дронів над',
  // The warning system described ("Офіційні сигнали тривоги безкоштовні, нагадує КМВА").
  'офіційні сигнали тривоги', 'сигнали тривоги безкоштовні', 'official alerts are free',
  // Shelter told in the past ("Постраждалих немає — діти під час тривоги були в укритті").
  'були в укритті', 'були в укриттях', 'були у укритті', 'була в укритті', 'був в укритті', 'був у укритті', 'були у сховищі',
  'were in the shelter', 'were in shelters', 'had been in the shelter',
  // An alert said to be lifted: "The air-raid alert in Kyiv has been lifted".
  ...ALERT_LIFTED_IN_PLACE,
  // A week or a month under alert, reviewed: "Kyiv spent 14 hours under air-raid alert over the past seven days".
  ...['alert over the past', 'alert over the last', 'alert in the past', 'alert in the last'].flatMap((over) =>
    ['seven days', '7 days', 'week', 'month', 'thirty days', '30 days'].map((period) => `${over} ${period}`)),
  // Alerts as a subject of talk, the night's second alert as the time of an impact:
  // "як говорити з дітьми про повітряні тривоги і як зробити перебування в укритті менш страшним", "After the second
  // alert of the night in Kyiv: windows of 30 apartments broken".
  'про повітряні тривоги', 'про тривоги', 'about air-raid alerts', 'about air raid alerts', 'about the alerts',
  'after the second alert', 'after the third alert',
  'після другої тривоги', 'після третьої тривоги',
  // A scam dressed as an alert: "messages styled as an air-raid alert ask Kyiv residents to …".
  ...['styled as', 'disguised as', 'made to look like', 'posing as'].flatMap((dress) =>
    ['an air-raid alert', 'an air raid alert', 'an alert', 'official alerts'].map((alert) => `${dress} ${alert}`)),
  'під виглядом тривоги', 'під виглядом повітряної тривоги', 'під вигляд тривоги',
  ...ALL_CLEAR_NOT_NEWS,
  'shelters must', 'shelters should', 'shelters will', 'shelter inspection*', 'inspection of shelters',
  'inspected shelters', 'access to shelters', 'locked shelter*', 'shelters were locked', 'shelters were closed',
  'stay open', 'перевірк* укритт*', 'перевіри* укритт*', 'доступ* до укритт*', 'зачинен* укритт*',
  'закрит* укритт*', 'облаштуван* укритт*', 'будівництв* укритт*', 'during the alert', 'during the air raid',
  'під час тривоги', 'під час повітряної тривоги', 'drone parts', 'drone components', 'missile parts',
  'missile components', 'запчастин*', 'комплектуюч*',
  // Explosions heard in the past ("о 2:40 було чути вибухи").
  // Shelters certified, packed for or visited: "1,120 shelters certified for classes", "a checklist for a 'shelter
  // bag'", "Zelensky visited a school shelter in Kyiv". Alerts counted: "38 повітряних тривог", "шість нічних тривог".
  'shelters certified', 'certified shelters', 'shelter bag', 'shelter bags', 'visited a school shelter', 'visited a shelter',
  'toured a school shelter', 'toured a shelter', 'повітряних тривог', 'нічних тривог',
  // A place's use as a shelter, described: "Kyiv's metro as a shelter".
  'as a shelter', 'as shelters', 'як укриття', 'enough shelters', 'shelters for', 'number of shelters',
  'кількість укриттів', 'вистачає укриттів', 'курс гривні', 'курс валют', 'курс долара', 'exchange rate',
  'have been attacking', 'has been attacking',
  // Work against the weapon, not the weapon in the air: "systems to detect enemy drones".
  'detect enemy*', 'detecting enemy*', 'against enemy*', 'counter enemy*', 'виявлення ворож*', 'проти ворож*',
  'протидії ворож*',
  'було чути вибух*', 'були чутні вибух*', 'було чутно вибух*', 'було чути роботу ппо',
  // Rescuers still at work after the attack, not air defence ("rescuers are still working at the site").
  'rescuers are still working', 'rescuers are working', 'crews are still working', 'firefighters are still working',
  'emergency workers are still working', 'utility workers are still working', 'still working at the site',
  'still working at the scene',
  ...TAUGHT_OR_MISTAKEN,
  // An evaluation of air defence, not a report that it is firing now ("air defence is working well").
  'working well', 'works well', 'worked well', 'working effectively', 'працює добре', 'працює ефективно',
  'працюють добре', 'працюють ефективно',
  ...NO_EXERCISE,
  // Past, downed, or held until the end: "the district was under drone attack overnight", "усі цілі знешкоджено на
  // підльоті", "remain in shelters until the threat has passed".
  'was under', 'were under', 'знешкоджено на підльоті', 'збито на підльоті', 'збили на підльоті', 'знищили на підльоті',
  'збиті на підльоті', 'знищено на підльоті', 'знищені на підльоті',
  // Shelter not needed ("sirens would be tested across the city at noon, and residents should not take shelter").
  'should not take shelter', 'need not take shelter', 'do not need to take shelter', 'don\'t need to take shelter',
  'не потрібно йти в укриття', 'не треба йти в укриття', 'не потрібно спускатися в укриття',
  // A night without alerts that ended, a bank's "alert", a business that launches something ("Ніч без тривог закінчилася о
  // 05:40: у столиці оголошено тривогу", "Monobank надіслав клієнтам «тривогу» про підозрілі транзакції", "Café 'Sirena' on
  // Podil launches a new breakfast menu").
  'ніч без тривог', 'без тривог закінчилася', 'тривогу про підозрілі', 'тривогу» про підозрілі', 'launches a new', 'launches new',
  'launched a new', 'launch a new',
  // Trains that run through a place, rescuers' search that goes on ("поїзди, що прямують через столичний вузол,
  // затримуються", "the search through the rubble is continuing").
  'що прямують через', 'які прямують через', 'що прямують до', 'які прямують до', 'search is continuing',
  'search through the rubble is continuing', 'search continues', 'rescue work is continuing', 'rescue operation is continuing',
  'rescue work continues', 'пошукова операція триває', 'пошуки тривають', 'розбір завалів триває',
  // A shelter's entrance and its hours ("Вхід до укриття — цілодобовий").
  'вхід до укриття', 'вхід в укриття', 'вхід у укриття', 'вхід до укриттів', 'entrance to the shelter', 'shelter entrance',
  // The enemy's weapons said downed ("У столиці всі ворожі БпЛА збито на підльоті"): the negative above cancels the
  // "downed" that holds them, so they are set aside themselves.
  ...['ворожі бпла', 'ворожі дрони', 'ворожі шахеди', 'ворожі ракети', 'ворожі безпілотники', 'ворожі ударні бпла'].flatMap((weapon) =>
    ['збито', 'знищено', 'знешкоджено', 'збили', 'знищили'].map((downed) => `${weapon} ${downed}`)),
  'until the threat has passed',
  'until the threat is over', 'until the alert is over', 'until the all-clear', 'до завершення загрози',
  'доки загроза не мине', 'до скасування тривоги',
  ...NOT_WAR_SIRENS_AND_SHELTER,
  // Explosions heard, a refuge taken and weapons downed, told in the past: they set aside the cue they overlap, not a
  // live threat beside them ("Ракета летить на Київ, вибухи лунали щойно"; "Збито 5 дронів, ще кілька на підльоті").
  'вибухи лунали', 'вибух лунав', 'вибухи чулися', 'вибухи гриміли', 'встигли спуститися в укриття',
  'встигли спуститися до укриття', 'встигли сховатися', 'встигли дістатися укриття', 'перебували в укритті',
  'перебували в укриттях', 'ховалися в укритті', 'ховалися в укриттях', 'had gone down to the shelter*',
  'had taken shelter', 'збиті над', 'збито над', 'знищено над', 'знищені над', 'знешкоджено над',
  'shot down over', 'were downed over', 'was downed over', 'brought down over',
  // A weapon entering production, not the airspace.
  'entered serial production', 'entered production', 'has entered service', 'entered service',
  // Shelter guidance and rights, not an order ("Як довго можна перебувати в укритті", "Діти мають право перебувати в
  // укритті"); an order to stay is a first-rule term of its own ("Прохання перебувати в укриттях").
  'можна перебувати в укритт*', 'право перебувати в укритт*', 'дозволили перебувати в укритт*',
  'безпечно перебувати в укритт*', 'мають перебувати в укритт*', 'варто залишатися в укритт*',
  'можна залишатися в укритт*', 'how long to stay in a shelter', 'how long you can stay in a shelter',
  // A rule of the warning system, guidance and rights, a past siren, an alert "of the year".
  'is declared when', 'are declared when', 'оголошують коли', 'оголошується коли', 'do not need to go to shelter*',
  'don\'t need to go to shelter*', 'no need to go to shelter*', 'не потрібно йти в укриття', 'не треба йти в укриття',
  'не потрібно спускатися в укриття', 'до відбою тривоги', 'залишатися в укритті слід', 'слід залишатися в укритт*',
  'shelters have the right', 'в укриттях мають право', 'в укритті мають право', 'сирена лунала', 'сирени лунали',
  'сирена звучала', 'сирени звучали', 'тривога року', 'accessible shelters', 'shelters with ramps', 'інклюзивн* укритт*',
  'чому балістична загроза', 'чому ракетна загроза', 'why the missile threat',
  // The question an explanation answers ("Explaining why sirens sound in Kyiv…", "Чому у Львові оголошують тривогу").
  'why sirens', 'why the sirens', 'why an alert', 'why alerts', 'чому сирени', 'чому лунають сирени',
  'чому звучать сирени', 'чому оголошують тривог*', 'чому в * оголошують тривог*', 'чому у * оголошують тривог*',
  'летить на інше місто', 'летять на інше місто', 'летять на інші міста', 'is heading for another city',
  // Alerts that may come, a threat as a condition ("Через можливі повітряні тривоги … поїзди можуть прибувати із
  // запізненням", "при загрозі балістики з Курщини ракета долітає за кілька хвилин"), an alert that catches one somewhere,
  // how air defence works, sirens replaced.
  'можлив* повітрян* тривог*', 'можлив* тривог*', 'possible air-raid alerts', 'possible air raid alerts', 'при загрозі',
  'тривога застала', 'тривога застане', 'alert catches you', 'долітає до', 'долітають до', 'when the sirens start',
  'тривога іноді', 'тривоги іноді', 'іноді триває', 'alerts sometimes last', 'alert sometimes lasts',
  'when sirens start', 'while running to shelters', 'while running to a shelter', 'while rushing to shelters', 'як працює протиповітряна оборона', 'як працюють сили ппо',
  'replacing * sirens', 'replacing old * sirens',
  // An attack an oblast came under overnight, told the morning after ("Kyiv oblast came under a drone attack overnight; a
  // warehouse … were damaged"), not "is under a drone attack overnight".
  'came under a * attack overnight', 'came under * attack overnight', 'came under a * * attack overnight',
  // Told afterwards: someone who went to the shelter, a ceremony held in it because of the morning's alert ("…пішла до
  // укриття через повітряну тривогу, чоловік розбив скло", "Урочиста лінійка пройшла в укритті: через ранкову повітряну
  // тривогу …"), noise announced for planned flights ("Над Васильковом буде гучно").
  ...['пішла', 'пішов', 'пішли'].flatMap((went) => [`${went} до укриття`, `${went} до укриття через повітряну тривогу`,
    `${went} до укриття через тривогу`]), 'hunts * drones over', 'hunt * drones over', 'hunting * drones over', 'пройшла в укритті', 'пройшов в укритті', 'пройшли в укритті',
  'пройшло в укритті', 'через ранкову тривогу', 'через ранкову повітряну тривогу', 'через нічну тривогу',
  'через нічну повітряну тривогу', ...LONG_NIGHT_ALERT_AS_CAUSE, 'буде гучно', 'може бути гучно',
  // Who guards the sky over a place ("…надійшли до мобільних груп, що захищають небо над Києвом"), an alert's rule of thumb
  // ("is declared when a launch … is detected, so many alerts end without a strike").
  'захищають небо над', 'захищає небо над', 'прикриватиме небо над', 'прикриватимуть небо над', 'прикриває небо над', 'прикривати небо над', 'protect the sky over', 'protect the skies over', 'protecting the sky over',
  'is detected so', 'is detected which', 'are detected so', 'are detected which',
  // The audience to be led to shelter if an alert comes ("…, гру зупинять, а глядачів проведуть до укриття стадіону").
  ...LED_TO_SHELTER_IF_ALERT, 'чому лунає тривога', 'чому тривога', 'чому тривоги',
  'чому загроза', 'why the threat', 'why the ballistic threat', 'як працює ппо', 'як працюють ппо',
  'how air defence works', 'how air defense works', 'how the air defence works', 'how kyiv\'s air defence works',
  'how kyiv\'s air defense works', 'layered air defence works', 'layered air defense works', 'провели в укриттях',
  'провели в укритті', 'spent in shelters', 'spent in the shelters', 'spent in shelter',
  // An alert map; explosions named by a relative clause in the past ("Вибухи, що лунали в столиці, — робота ППО").
  'мап* тривог', 'карт* тривог', 'alert map*', 'map of alerts', 'вибухи що лунали', 'вибухи які лунали',
  'вибухи що пролунали', 'вибухи які пролунали', 'вибух що пролунав', 'вибух який пролунав', 'explosions that were heard',
  'explosions heard earlier', 'blasts heard earlier',
  // A drill or a test denied is a real alert ("це не перевірка системи оповіщення, а справжня тривога").
  'не перевірка', 'не тест', 'not a test', 'not a siren test', 'no test',
  // Alerts as a condition of life, not an alert now ("через нічні тривоги закривають кухні о 22:00"). Not a record:
  // "Kyiv is under the longest air-raid alert of the war" is live.
  // (Only a form no hold-back list holds: a negative overlapping a hold-back's words cancels the hold-back too.)
  'нічні тривоги',
])];

/** Residents told to stay in or go to shelters (a troops word beside them is the weapon of an attack on a city). */
const CIVILIANS_TO_SHELTER = [
  'stay in shelter*', 'stay in the shelter*', 'remain in shelter*', 'remain in the shelter*', 'go to shelter*',
  'go to the shelter*', 'залишайтеся в укритт*', 'перебувайте в укритт*', 'будьте в укритт*', 'не виходьте з укритт*',
  'залишатися в укритт*', 'перебувати в укритт*', 'stay indoors', 'remain indoors', 'люди в укриття', 'людей в укриття',
  'людей до укриття', 'мешканці в укриття', 'мешканців до укриття', 'residents to shelters', 'residents in shelters',
];

/**
 * Artillery firing on a city's centre or homes now ("rocket artillery is hitting the city centre at this moment"): an
 * attack on the city (`general`, clarification 2), not a front-line report. Negatives of the troops topic, so only the
 * weapon's word is taken from it: troops' other words in the update still count ("Ukrainian forces held their
 * positions; Russian guns are pounding the city centre" stays troops).
 */
const CITY_UNDER_FIRE = ['artillery', 'rocket artillery', 'heavy artillery', 'guns', 'mlrs', 'rocket launchers', 'howitzers'].flatMap(
  (weapon) =>
    ['is hitting', 'are hitting', 'is shelling', 'are shelling', 'is pounding', 'are pounding'].flatMap((verb) =>
      ['the city centre', 'the city center', 'the centre of', 'the center of', 'residential'].map((target) => `${weapon} ${verb} ${target}`)),
).concat(
  'is under artillery fire', 'under artillery fire right now', 'під артилерійським обстрілом', 'shells are landing in',
  'shells are hitting residential', 'shells hitting residential', 'снаряди падають на житлов*', 'снаряди влучають у житлов*',
  'снаряди влучають в житлов*', 'артилерія б\'є по', 'артилерія гатить по', 'artillery is hitting', 'artillery is shelling',
  // Shells bursting by homes, bombs dropped on a town now ("снаряди рвуться біля житлових будинків", "Russian forces are
  // dropping glide bombs on Kupiansk district at this moment").
  'снаряди рвуться', 'рвуться снаряди', 'dropping glide bombs on', 'dropping guided bombs on', 'скидають каби на',
  'скидає каби на',
);

/**
 * An attack on another city, its port or its region said to go on ("Ізмаїл: атака шахедів на порт триває", "Обстріл
 * Херсона продовжується", "the shelling of Kherson continues", "the drone attack on the port of Izmail is still going
 * on"): the city and the verb, beside a word of the attack in the sentence (ATTACK_NOUNS). Exact forms of the cities
 * attacked most (each term is found by its first two words). Not an investigation or a clean-up of one (AFTERMATH).
 */
const GOES_ON_UK = ['триває', 'ще триває', 'досі триває', 'продовжується'];
const GOES_ON_EN = ['continues', 'is continuing', 'is ongoing', 'is still going on', 'goes on', 'is under way', 'is underway'];
const CITIES_ATTACKED_EN = [
  'Kharkiv', 'Odesa', 'Odessa', 'Dnipro', 'Zaporizhzhia', 'Sumy', 'Kherson', 'Mykolaiv', 'Kryvyi Rih', 'Chernihiv', 'Poltava',
  'Lviv', 'Izmail', 'Zhytomyr', 'Vinnytsia', 'Kremenchuk', 'Kramatorsk', 'Sloviansk', 'Pavlohrad', 'Nikopol', 'Cherkasy',
  'Chornomorsk', 'Konotop', 'Shostka', 'Okhtyrka', 'Kharkiv region', 'Odesa region', 'Sumy region', 'Dnipropetrovsk region',
  // Russia's own cities (clarification 2: severity does not depend on the place).
  'Belgorod', 'Kursk', 'Bryansk', 'Moscow', 'the Russian capital',
];
const CITIES_ATTACKED_UK_ACCUSATIVE = [
  'харків', 'одесу', 'дніпро', 'запоріжжя', 'суми', 'херсон', 'миколаїв', 'кривий ріг', 'чернігів', 'полтаву', 'львів',
  'ізмаїл', 'житомир', 'вінницю', 'кременчук', 'краматорськ', 'слов\'янськ', 'павлоград', 'нікополь', 'черкаси',
  'кропивницький', 'рівне', 'тернопіль', 'луцьк', 'хмельницький', 'чорноморськ', 'конотоп', 'шостку', 'охтирку',
  'харківщину', 'одещину', 'сумщину', 'дніпропетровщину', 'херсонщину', 'миколаївщину', 'чернігівщину', 'полтавщину',
  'місто', 'порт', 'область', 'громаду', 'регіон', 'околиці', 'передмістя', 'бєлгород', 'курськ', 'брянськ', 'москву',
];
const CITIES_ATTACKED_UK_GENITIVE = [
  'харкова', 'одеси', 'дніпра', 'запоріжжя', 'сум', 'херсона', 'миколаєва', 'кривого рогу', 'чернігова', 'полтави',
  'львова', 'ізмаїла', 'житомира', 'вінниці', 'кременчука', 'краматорська', 'слов\'янська', 'павлограда', 'нікополя',
  'черкас', 'кропивницького', 'рівного', 'тернополя', 'луцька', 'хмельницького', 'чорноморська', 'конотопа', 'шостки',
  'охтирки', 'харківщини', 'одещини', 'сумщини', 'дніпропетровщини', 'херсонщини', 'миколаївщини', 'чернігівщини',
  'полтавщини', 'міста', 'порту', 'області', 'громади', 'бєлгорода', 'курська', 'брянська', 'москви',
];
const ATTACK_ON_A_CITY_GOES_ON = [
  ...['атака', 'атака дронів', 'атака шахедів', 'атака бпла', 'атака ударних дронів', 'ракетна атака', 'масована атака',
    'комбінована атака', 'обстріл'].flatMap((attack) =>
    CITIES_ATTACKED_UK_ACCUSATIVE.flatMap((place) => GOES_ON_UK.map((goesOn) => `${attack} на ${place} ${goesOn}`))),
  ...['обстріл', 'артобстріл'].flatMap((attack) =>
    CITIES_ATTACKED_UK_GENITIVE.flatMap((place) => GOES_ON_UK.map((goesOn) => `${attack} ${place} ${goesOn}`))),
  ...['attack on', 'drone attack on', 'missile attack on', 'guided bomb attack on', 'guided aerial bomb attack on', 'shelling of',
    'bombardment of'].flatMap((attack) =>
    [...CITIES_ATTACKED_EN, 'the city', 'the port', 'the town', 'the region'].flatMap(
      (place) => GOES_ON_EN.map((goesOn) => `${attack} ${place} ${goesOn}`))),
  // Attacks on places this list does not name, or on two ("attacks on Odesa and Izmail are continuing").
  ...['attacks on', 'strikes on', 'drone attacks on', 'missile attacks on'].flatMap((attack) =>
    ['are continuing', 'continue', 'are still continuing', 'are ongoing', 'are still under way'].flatMap((goesOn) =>
      [`${attack} * ${goesOn}`, `${attack} * and * ${goesOn}`])),
  ...['атака на', 'атака дронів на', 'ракетна атака на', 'масована атака на'].flatMap((attack) =>
    ['триває', 'досі триває', 'ще триває', 'продовжується'].flatMap((goesOn) => [`${attack} * ${goesOn}`, `${attack} * * ${goesOn}`, `${attack} * і * ${goesOn}`, `${attack} * та * ${goesOn}`])),
  ...['атаки на', 'атаки дронів на', 'удари по'].flatMap((attack) =>
    ['тривають', 'досі тривають', 'ще тривають', 'продовжуються'].flatMap((goesOn) => [`${attack} * ${goesOn}`, `${attack} * * ${goesOn}`, `${attack} * і * ${goesOn}`, `${attack} * та * ${goesOn}`])),
];

/**
 * Explosions explained afterwards ("Residents heard explosions around 3 a.m.; officials later said air defence had been
 * at work", "Вибухи, які кияни чули вночі, — це була робота ППО"): what was heard is over.
 */
/** Fiction and screens: "In the new series, the alien attack on the city goes on for eight episodes". */
const FICTION = ['film', 'films', 'movie*', 'tv series', 'netflix', 'episode*', 'novel*', 'фільм*', 'серіал*', 'у романі',
  'в романі', 'video game*', 'відеогр*', 'alien*', 'прибульц*'];

const EXPLAINED_AFTERWARDS = [
  // A rescuer's answer to a reader's question ("Чи можна ховатися у ванній під час повітряної тривоги? Пояснює рятувальник
  // ДСНС Києва. … не стійте біля вікон"): guidance, however its advice is worded.
  'пояснює рятувальник', 'пояснює рятувальниця', 'пояснюють рятувальники', 'пояснюють у дснс', 'пояснили в дснс',
  'чи можна ховатися', 'чи безпечно ховатися', 'a rescuer explains', 'rescuers explain',
  // A correction of an earlier post ("Correction: an earlier version of this post said an alert was declared in Kyiv; it
  // was in Kharkiv", "Уточнення: раніше ми писали про вибухи в Києві").
  'earlier version of this', 'раніше ми писали', 'ми помилково написали', 'ми помилково повідомили',
  'were air defence at work', 'was air defence at work', 'were air defense at work', 'were the air defence',
  'були роботою ппо', 'була робота ппо',
  // An old warning quoted and dated, a night told in a column ("«Увага! Балістика на Київ!» — це повідомлення КМВА
  // опублікувала 10 березня", "Письменниця в новій колонці описує, як пережила атаку").
  'це повідомлення', 'this message', 'warning on the morning of', 'warning times', 'в новій колонці', 'у новій колонці',
  'in a new column', 'in her column', 'in his column', 'описує як', 'описує, як', 'розповідає як', 'як пережила', 'як пережив',
  'describes how', 'recalls how',
  // A residents' chat or a notification quoted after the night ("Messages from a residents' chat … have been shared
  // thousands of times: '02:14 — sirens.'", "«Балістична загроза для столиці…» — це сповіщення частина киян отримала
  // вночі на чотири хвилини пізніше за сирену").
  // A rescuers' leaflet ("Якщо сирена застала вас у машині, … йдіть до найближчого укриття. Пам'ятка від ДСНС — у коментарях").
  'пам\'ятка від', 'пам\'ятку від', 'пам\'ятка дснс', 'памятка від',
  'shared thousands of times', 'messages from a residents', 'building chat', 'residents\' chat', 'повідомлення з чату',
  'з будинкового чату', 'будинковий чат', 'скриншот* чату', 'це сповіщення', 'this notification', 'this push notification',
  'пізніше за сирену', 'later than the siren', 'пояснюють затримку', 'explained the delay', 'explain the delay',
  'later said', 'later explained', 'later confirmed', 'згодом пояснили', 'пізніше пояснили', 'згодом повідомили',
  'пізніше повідомили', 'had been at work', 'had been working', 'це була робота ппо', 'була робота ппо',
];

/**
 * A city hit again, said in the present ("…; this morning the city is again being hit by guided bombs"): shelled or
 * bombed, or hit by a weapon (not "again being attacked by opposition MPs", "hit by price rises").
 */
const HIT_AGAIN_NOW = ['is', 'are'].flatMap((be) => [
  ...['shelled', 'bombed'].flatMap((done) => [`${be} again being ${done}`, `${be} once again being ${done}`, `${be} being ${done} again`]),
  ...['hit', 'struck', 'attacked', 'targeted'].flatMap((done) =>
    ['drones', 'missiles', 'ballistic missiles', 'cruise missiles', 'guided bombs', 'glide bombs', 'shaheds', 'rockets',
      'artillery', 'kabs', 'bombs'].flatMap((weapon) => [`${be} again being ${done} by ${weapon}`,
      `${be} once again being ${done} by ${weapon}`, `${be} being ${done} again by ${weapon}`])),
]);

/**
 * An order to keep indoors and away from the windows ("residents should stay indoors away from windows"): a live
 * threat, unless the weather is what it guards against (a storm, hail, smog).
 */
const INDOORS_AWAY_FROM_WINDOWS = ['indoors away from windows', 'inside away from windows', 'indoors and away from windows',
  'inside and away from windows', 'indoors away from the windows', 'inside away from the windows'];
const WEATHER_WORDS = ['storm*', 'hail*', 'gust*', 'wind', 'winds', 'hurricane*', 'tornado*', 'smog', 'heat*', 'snow*',
  'blizzard*', 'thunder*', 'weather', 'шторм*', 'град', 'граду', 'градом', 'вітр*', 'вітер', 'смог*', 'гроз*', 'злив*',
  'ураган*', 'спек*', 'хуртовин*'];

/** A decision still expected, not taken (clarification 11): "Washington is expected to approve a new sale of Patriots". */
const EXPECTED_DECISION = [
  'is expected to approve', 'are expected to approve', 'is expected to announce', 'are expected to announce',
  'is expected to decide', 'expected to be approved', 'expected to be announced', 'очікується ухвалення',
  'очікують ухвалення', 'має ухвалити', 'мають ухвалити', 'може ухвалити', 'можуть ухвалити',
  // "Нідерланди наступного тижня можуть оголосити новий пакет військової допомоги, — джерела".
  'може оголосити', 'можуть оголосити', 'may announce', 'could announce', 'is expected to unveil', 'are expected to unveil',
];
/** The same said "очікується, що …", across the comma: the military development rule reads it in its sentence. */
const EXPECTED_DECISION_UK = ['оголосить', 'ухвалить', 'затвердить', 'схвалить', 'оголосять', 'ухвалять', 'затвердять', 'схвалять']
  .flatMap((decide) => [`очікується що ${decide}`, `очікується що * ${decide}`, `очікують що * ${decide}`]);

/** Weapons of an air attack, beside which words of motion ("heading for", "летять") are a live threat. */
const WEAPONS = [
  // A Shahed as residents hear it ("that moped sound … heading towards Shuliavka").
  'moped sound',
  'drone*', 'uav*', 'shahed*', 'geran*', 'missile*', 'rocket*', 'ballistic', 'ballistics', 'aeroballistic', 'kinzhal*', 'iskander*', 'kh-101*', 'kab',
  'kabs', 'glide bomb*', 'guided bomb*', 'bomb*', 'target*', 'mig-31*', 'tu-95*', 'tu-22*', 'aircraft', 'дрон*',
  'безпілотн*', 'бпла', 'шахед*', 'шахід*', 'герань', 'герані', 'ракет*', 'балістик*', 'аеробалістичн*', 'кинджал*', 'іскандер*',
  'крилат*', 'каб', 'каби', 'кабів', 'кабами', 'авіабомб*', 'ціль', 'цілі', 'швидкісн* ціл*', 'міг-31*', 'ту-95*',
  'ту-22*', 'ворог*', 'противник*', 'окупант*', 'occupiers', 'мопед', 'мопеди', 'мопедів', 'мопед над', 'х-101*', 'х-555*',
  // Mopeds counted in the colloquial genitive ("3 мопеда з Сумщини, курс на Вишгород").
  ...['2', '3', '4', 'два', 'три', 'чотири'].map((count) => `${count} мопеда`),
  'х-59*', 'х-22*', 'х-69*', 'рій дронів', 'рій шахедів', 'рої дронів', 'рої шахедів',
  // Channels' shorthand for cruise missiles ("КР на підльоті до столиці").
  'кр',
];

/**
 * What a terse threat post may name (beside a place, and words of direction and time: TERSE_FILLERS): a weapon (not
 * "target", "enemy", "aircraft", which name other things too), shelling, explosions.
 */
const TERSE_THREATS = [
  'drone*', 'uav*', 'shahed*', 'geran*', 'missile*', 'ballistic', 'ballistics', 'kinzhal*', 'iskander*', 'kab', 'kabs',
  'glide bomb*', 'guided bomb*', 'дрон*', 'безпілотн*', 'бпла', 'шахед*', 'герань', 'герані', 'ракет*', 'балістик*',
  'кинджал*', 'іскандер*', 'крилат*', 'каб', 'каби', 'кабів', 'кабами', 'авіабомб*', 'артобстріл*', 'shelling', 'вибухи',
  'explosions', 'blasts',
  // Missiles by their names ("🚀➡️ Київ. Х-101 з боку Житомирщини").
  'х-101*', 'х-555*', 'х-22*', 'х-59*', 'х-69*', 'kh-101*', 'kh-555*', 'kh-22*', 'kh-59*', 'kh-69*', 'калібр*', 'kalibr*', 'циркон*', 'zircon*',
  // Channel shorthand for ballistics ("Бал. на Київ"; a post of this word and places only, not "Випускний бал").
  'бал',
  // Ukrainian typed in Latin letters ("Kyiv balistyka!!!", "kyiv uvaga shahedy", "Teremky v ukryttia, rakety").
  'balistyka', 'balistyku', 'shahedy', 'shahed', 'rakety', 'raketa', 'drony', 'ukryttia', 'v ukryttia', 'pidval', 'shakhedy',
  'vybukhy', 'vybukh',
  'v pidval', 'bavovna',
  // One blast, loud, a "moped" (a Shahed, as monitoring channels call it), a fast target (a ballistic missile).
  'вибух', 'explosion', 'blast', 'гучно', 'loud',
  // Hits as channels post them while they land ("Запоріжжя, прильоти 💥💥").
  'прильоти', 'приліт', 'є приліт', 'є прильоти', 'чути мопед*', 'мопеди летять', 'мопед летить', 'мопеди з моря',
  // Attack drones or missiles from the sea, as a coastal oblast's channel posts them ("Одещина! Ударні БпЛА з моря. Укриття!").
  'бпла з моря', 'дрони з моря', 'шахеди з моря', 'ракети з моря',
  'швидкісна', 'швидкісні', 'мопеди над', 'мопед над', 'мопедів над', 'група мопедів',
  // Mopeds counted over a place ("Бровари — 3 мопеди"): a count is a sighting, not "Київ ❤️ мопеди".
  // (And the colloquial "3 мопеда", "два мопеда".)
  ...Array.from({ length: 30 }, (_, n) => [`${n + 1} мопед`, `${n + 1} мопеди`, `${n + 1} мопедів`, `${n + 1} мопеда`]).flat(),
  'два мопеди', 'три мопеди', 'чотири мопеди', 'два мопеда', 'три мопеда', 'чотири мопеда', 'п\'ять мопедів', 'шість мопедів', 'кілька мопедів', 'декілька мопедів',
  'пара мопедів',
  // Air defence at work, as channels write it over a place ("Оболонь, Поділ — робота ППО", "Бориспільщина: працює ППО").
  // Only a post made of such words: not "ППО отримала…". (Not mopeds alone: "Київ ❤️ мопеди".)
  'робота ппо', 'працює ппо', 'ппо працює',
  // A threat named as a warning names it: "Київ. Балістична загроза!" (not "балістична загроза для Києва зросте").
  'балістична загроза', 'ракетна загроза',
  // An order to shelter as a terse post's word: "KYIV!!! BALLISTICS!!! SHELTER!!!"; away from the windows, now
  // ("Столиця! Відійдіть від вікон. Негайно.", "Kyiv! Away from windows. Now."; a storm warning names its storm, a
  // word of another kind).
  'shelter', 'укриття', 'відійдіть від вікон', 'від вікон', 'away from windows', 'away from the windows',
];

/**
 * How monitoring channels name a threat over a place ("Вишгород: гучно", "Ірпінь — чути мопед", "Швидкісна на
 * столицю"): a Shahed is a "moped", a ballistic missile a fast target. Not a loud party or a moped's rider.
 */
/**
 * English monitoring shorthand for air defence at work over a place, or now ("AD busy over Obolon", "heavy AD on the
 * left bank", "loud AD in Brovary", "AD active now"): AD beside a word of its work and where or when, never alone (an
 * advert, a year, a disease, a person's initials; "our AD is busy with the rebrand").
 */
const AD_AT_WORK = [
  ...['busy', 'is busy', 'active', 'is active', 'firing', 'working', 'is working', 'engaging', 'is engaging', 'at work',
    'in action', 'still working', 'still firing', 'still active', 'currently active', 'working hard', 'going off', 'loud',
    'shooting', 'fire', 'engaging targets'].flatMap((work) =>
    ['over', 'above', 'near', 'around', 'in', 'now', 'again', 'right now', 'on the left bank', 'on the right bank', 'right above',
      'right over', 'overhead', 'somewhere', 'toward', 'towards'].map((where) => `ad ${work} ${where}`)),
  ...['heavy', 'loud', 'massive', 'hearing'].flatMap((how) => ['over', 'above', 'near', 'in', 'on the left bank', 'on the right bank'].flatMap((where) => [`${how} ad ${where}`, `${how} ad fire ${where}`])),
  'ad shooting at', 'ad firing at', 'ad engaged', 'ad is engaged', 'ad engaging',
  // Heard: "heard AD on the north side just now"; where, now: "AD in Desnianskyi district right now".
  ...['heard', 'hear', 'hearing'].flatMap((heard) => ['on the', 'over', 'near', 'in', 'just now', 'right now', 'now'].map((where) => `${heard} ad ${where}`)),
  ...['right now', 'rn', 'now'].flatMap((now) => [`ad in * ${now}`, `ad in * * ${now}`]),
];

/** What makes AD_AT_WORK the air war's: a weapon, a word of now, an order to shelter, an alert, explosions. */
const AD_COMPANIONS = [
  ...WEAPONS, 'mopeds', 'right now', 'at the moment', 'stay inside', 'stay indoors', 'shelter*', 'corridor', 'windows',
  'alert', 'air raid*', 'air-raid*', 'explosion*', 'blasts', 'launches', 'inbound', 'incoming', 'sirens',
  'stay put', 'stay off balcon*', 'off the balcon*', 'balconies', 'on approach', 'stay safe',
  // Right overhead, the lights gone ("AD is working right above them and their block just lost power").
  'right above', 'right over', 'overhead', 'lost power', 'just lost power',
];

/**
 * How channels tell the air war over Kyiv's towns now: fire groups working at targets, a hum over the towns, a
 * target's minutes to arrival ("Ірпінь і Буча: над містами гуде, мобільні вогневі групи відпрацьовують по цілях",
 * "Крилаті через Житомирщину. Час підльоту — хвилин 10"). Not an explainer of arrival times, nor a helicopter's hum.
 */
const MONITORING_NOW = [
  ...['вогневі групи відпрацьовують', 'вогневі групи відпрацьовує', 'вогневі групи працюють'].flatMap((work) =>
    ['по цілях', 'по цілі', 'по дронах', 'по шахедах', 'по бпла', 'по ракетах', 'по мопедах'].map((at) => `${work} ${at}`)),
  'над містами гуде', 'над містом гуде', 'час підльоту хвилин', 'час підльоту хв', 'час підльоту хвилина',
  ...Array.from({ length: 15 }, (_, n) => [`час підльоту ${n + 1}`, `час підльоту ${n + 1} хв`]).flat(),
];

/**
 * Residents sitting it out as they write, and what they hear ("Сидимо в погребі", "Вже другу годину сидимо в паркінгу на
 * Теремках. Щойно знову загуло над головою, потім черга з кулемета"; not "Last night I sat in the parking garage").
 */
const SITTING_IT_OUT_NOW = [
  'сидимо в погребі', 'сидимо у погребі', 'сидимо в паркінгу', 'сидимо у паркінгу', 'сидимо в підвалі', 'сидимо у підвалі',
  'сидимо в укритті', 'сидимо в метро', 'загуло над головою', 'гуде над головою', 'прогуділо низько', 'черга з кулемета',
  'черги з кулемета', 'чергу з кулемета',
  ...['у ванній', 'в ванній', 'в коридорі', 'у коридорі'].map((where) => `сидимо з * ${where}`),
  // In the first person singular ("знову сиджу в метро на Лук'янівській"), and in English ("Waiting it out in Heroiv Dnipra
  // station with half of Obolon", "Hiding in the basement with the other guests").
  ...['в метро', 'у метро', 'в укритті', 'у укритті', 'в коридорі', 'у коридорі', 'у ванній', 'в ванній', 'в паркінгу', 'у паркінгу',
    'в підвалі', 'у підвалі'].map((where) => `сиджу ${where}`),
  ...['waiting it out in', 'sitting it out in', 'hiding in the basement', 'hiding in a basement', 'hiding in the corridor',
    'hiding in the hallway', 'sitting in the bathtub', 'sitting in the bathroom', 'sitting in the corridor', 'sitting in the hallway'],
];

const MONITORING_SLANG = [
  'mopeds over', 'moped over', ...MONITORING_NOW, ...SITTING_IT_OUT_NOW,
  ...ALL_CLEAR_DENIED_IN_PLACE,
  'гучно', 'чути мопед*', 'мопеди летять', 'мопед летить', 'група мопед*', 'мопеди над', 'мопед над', 'швидкісна на',
  'швидкісні на', 'швидкісн* ціл*', 'до підльоту', 'до прильоту', 'розворот на', 'ad still firing', 'ad is firing', 'ad firing outside',
  'alert here right now', 'moped sound', 'drone on approach', 'drones on approach', 'is on approach', 'are on approach',
];

/** Weapons brought down, as an air-defence result says it ("збито", "shot down"). */
const BROUGHT_DOWN = ['shot down', 'downed', 'intercepted', 'збито', 'збили', 'збиті', 'знешкоджено', 'знешкодили', 'відбито'];

/** A standing rule's words ("Під час тривоги наземні ділянки закриті до відбою"): a rule said of every alert, not this one. */
const DURING_AN_ALERT = ['під час тривоги', 'під час тривог', 'під час повітряної тривоги', 'під час повітряних тривог', 'during an alert',
  'during alerts', 'during air-raid alerts', 'during an air-raid alert'];

/** The night's alert named as past by what it moved ("Після нічної тривоги перший урок о 9:45"): on Kyiv's topic with its place. */
const ALERT_TOLD_AS_FINISHED = ['після нічної тривоги', 'після нічної повітряної тривоги', 'через нічну тривогу',
  // A service opened late because of the night's attack ("метро відкрилося о 7:00 — на годину пізніше через нічну атаку").
  'пізніше через нічну атаку', 'із затримкою через нічну атаку', 'з затримкою через нічну атаку', 'later because of the overnight attack',
  'через нічну повітряну тривогу', 'after the overnight alert', 'after the night\'s alert', 'after a night alert',
  'after the night alert', 'because of the overnight alert', 'because of the night\'s alert',
  // A resident's night of distant booms, told in the morning ("гупало години дві десь далеко", "The booms last night were
  // something else, but our block is fine").
  'гупало', 'гупали', 'booms last night', 'the booms overnight',
  // The night's alert with how long it was ("Через тривалу нічну тривогу заняття починаються о 10:00").
  ...LONG_NIGHT_ALERT_AS_CAUSE];

/** A monitoring channel's group of targets, and the words of its course (`GROUP_COURSE`). */
const GROUPS_OF_TARGETS = ['група', 'групи', 'ще група', 'нова група', 'цілей', 'group of', 'another group', 'new group'];
const GROUP_COURSE = ['курс на', 'курсом на', 'рухається на', 'рухаються на', 'виходять на', 'виходить на', 'заходять на',
  'заходить на', 'heading for', 'heading to', 'entering from', 'moving towards', 'moving toward', 'on course for'];

/** How a monitoring channel tells a target's course, height and time to impact (with a target or a "moped"). */
const MONITORING_COURSE = [
  'низько', 'низькій', 'малій висоті', 'курсом', 'летить', 'летять', 'заходить', 'заходять', 'кружляє', 'кружляють',
  'пачка', 'пачку', 'швидкісн*', 'по вас', 'розворот*', 'на підльоті', 'над', 'іде на', 'йде на', 'рухаються на',
  'рухається на', 'курс на',
];

/** Words a terse threat post may have besides its place and its weapon: directions, "again", "more", times. */
const TERSE_FILLERS = [
  // Where and which way, as channels shorten it ("Fastiv ← 2x shaheds from Zhytomyr obl.", "група шахедів, рух на пн").
  'city', 'місто', 'obl', 'обл', 'рух', 'пн', 'пд', 'сх', 'зх', 'пн-сх', 'пн-зх', 'пд-сх', 'пд-зх', 'шт',
  'знову', 'ще', 'увага', 'курсом', 'над', 'на', 'в', 'у', 'з', 'зі', 'моря', 'півночі', 'півдня', 'сходу', 'заходу',
  'напрямку', 'бік', 'нові', 'нова', 'новий', 'група', 'групи', 'і', 'та', 'again', 'more', 'over', 'from', 'the', 'sea',
  'north', 'south', 'east', 'west', 'new', 'group', 'and', 'toward', 'towards', 'to', 'on', 'in',
  // Heard, flying low, a minute away: "Ірпінь — чути мопед, летить низько", "Швидкісна на столицю. Одна хвилина".
  'чути', 'летить', 'летять', 'низько', 'хвилина', 'хвилини', 'хвилину', 'одна', 'один', 'дві', 'два', 'за', 'ціль',
  'цілі', 'heard', 'low', 'minute', 'minutes', 'one', 'two', 'пачка', 'пачку', 'одна', 'хв', 'секунд',
  // (Shortened: "Ballistics from Bryansk dir. Kyiv ~3 min.")
  // (Not "direction": "Shelling, Kupiansk direction" is a front's.)
  // (Not "хвилин": "Київ — Бориспіль: швидкісна, 35 хвилин" is a train.)
  'min', 'mins', 'sec', 'secs', 'seconds', 'dir', 'сек',
  // Now, at once: "Kyiv. Shelter. Now.", "Київ! Укриття! Негайно!".
  'now', 'зараз', 'негайно', 'швидко', 'uvaga', 'vsi', 'v', 'nad', 'rn', 'zaraz', 'боку',
  // A count's words: "Київщина — понад 30 мопедів".
  'понад', 'більше',
  // The weapon's kind: "Одещина! Ударні БпЛА з моря. Укриття!".
  'ударні', 'ударний', 'ударна', 'ударних',
  // "Вибух у Києві. Наслідки уточнюються": the details are still coming (not "наслідки" alone, an aftermath's headline).
  'наслідки уточнюються', 'інформація уточнюється', 'деталі згодом', 'деталі уточнюються',
];

/** Events a conditional alert only pauses (a concert, an exam, a train): no war news (clarification 3). */
const NOT_WAR_EVENTS = [
  'exam*', 'test takers', 'іспит*', 'нмт', 'тестуван*', 'wedding*', 'весілл*', 'ceremony', 'церемоні*', 'match',
  'matches',
  'матч*', 'game', 'гра', 'гри', 'грі', 'train*', 'потяг*', 'поїзд*', 'укрзалізниц*', 'performance', 'виставу',
  'вистава', 'вистави',
  'screening', 'сеанс*', 'лекці*', 'lecture*', 'marathon', 'марафон*', 'race', 'забіг*',
  'festival', 'фестивал*', 'show', 'шоу', 'party', 'вечірк*', 'flight*', 'рейс*', 'cinema*', 'film*', 'movie*',
  'кінотеатр*', 'фільм*', 'кіносеанс*', 'theatre*', 'theater*', 'театр*', 'shows', 'concert*', 'концерт*',
  'ярмар*', 'торгівл*', 'fair', 'christmas market', 'ковзанк*', 'skating rink', 'marrying',
];

/** Air defence destroying a weapon in the air: a result (moderate), not damage. */
const DESTROYED_WEAPONS = [
  'destroyed a missile', 'destroyed a drone', 'destroyed a cruise missile', 'destroyed a ballistic missile',
  'destroyed the missile', 'destroyed the drone', 'знищили ракет*', 'знищено ракет*', 'знищили дрон*', 'знищено дрон*',
  'знищили шахед*', 'знищено шахед*', 'знищили бпла', 'знищено бпла', 'знищили крилат*', 'знищено крилат*',
  'знищені на підльоті', 'збиті на підльоті', 'знищено на підльоті',
  // Told of the weapons ("All missiles were destroyed on approach"; "destroyed all cruise missiles aimed at the capital").
  'were destroyed on approach', 'was destroyed on approach', 'destroyed on approach', 'were destroyed in the air',
  'destroyed all cruise missiles', 'destroyed all ballistic missiles', 'destroyed all the missiles', 'destroyed all the drones',
  // Counted after the launch ("…три балістичні ракети. Усі три знищено, наслідків немає"): a number, never a building.
  ...['усі', 'всі'].flatMap((all) => [`${all} знищено`, ...['два', 'дві', 'три', 'чотири', 'п\'ять', 'шість', 'сім', 'вісім', 'дев\'ять', 'десять']
    .map((count) => `${all} ${count} знищено`)]),
  'обидві знищено', 'обидва знищено', 'обидві ракети знищено', 'обидва дрони знищено', 'ракети знищено', 'ракету знищено',
  'both were destroyed', 'all three were destroyed', 'all four were destroyed', 'all of them were destroyed',
];

/** A weapon already downed (past, perfective): what it was doing is no live threat. */
const DOWNED = [
  'shot down', 'were downed', 'was downed', 'downed all', 'destroyed', 'intercepted', 'збили', 'збито', 'знищили',
  'знищено', 'знешкоджено', 'знешкодили', 'перехопили', 'перехоплено', 'were neutralised', 'were neutralized',
  'знищені на підльоті', 'збиті на підльоті',
];

/** Work after an attack, which goes on ("триває", "ongoing") when the attack is over. */
const AFTERMATH = [
  'пошукові роботи', 'пошуково-рятувальні роботи', 'clearing rubble', 'clearing the rubble', 'розбирають завали',
  'rescue operation*', 'rescue work*', 'search and rescue', 'search operation*', 'aftermath', 'clean-up', 'cleanup',
  'пошуков* операці*', 'пошуки тривають', 'пошук триває', 'триває відновлення', 'відновлення мереж',
  'відновлення енергопостачання', 'відновлення електропостачання', 'пошук продовжується', 'search continues', 'search is ongoing',
  'repairs', 'repair work*', 'restoration', 'investigation', 'пошуково-рятувальн*', 'рятувальн* операці*',
  'рятувальн* робот*', 'ліквідац* наслідк*', 'ремонтн* робот*', 'відновлювальн* робот*', 'розслідуван*',
  'розбир* завал*', 'розбор* завал*', 'відбудов*', 'rebuilding', 'reconstruction',
  'розбір завал*',
];

/** A season or a month looked back on: "why alerts in Kyiv last longer this autumn" is analysis. */
/** A month or a year summed up: "За вересень Київ пережив 48 тривог", "За рік на Київщину — 2300 шахедів". */
/** A month ranked, an analysis's figures ("July was the heaviest month of drone attacks on Kyiv this year, with about 1,900 drones launched at the capital, an analysis shows"). */
const MONTH_RANKED = ['heaviest month', 'busiest month', 'worst month', 'analysis shows', 'an analysis shows', 'найважчий місяць',
  'найважчим місяцем', 'рекордний місяць', 'рекордним місяцем', 'показує аналіз', 'свідчить аналіз'];

const MONTH_OR_YEAR_SUMMED_UP = ['січень', 'лютий', 'березень', 'квітень', 'травень', 'червень', 'липень', 'серпень', 'вересень',
  'жовтень', 'листопад', 'грудень', 'рік', 'півроку', 'квартал'].map((period) => `за ${period}`).concat(
  // "Повітряні сили підбили підсумки січня: … знешкоджено близько 85%".
  ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня', 'року',
    'місяця', 'тижня'].flatMap((period) => [`підсумки ${period}`, `підсумками ${period}`]));

const SUMMARY_PERIOD = [
  'від початку року', 'з початку року', 'since the start of the year', 'сумарно', 'this autumn', 'this winter', 'this summer', 'this spring', 'this year', 'last month', 'last week', 'цієї осені',
  'цієї зими', 'цього літа', 'цієї весни', 'цього року', 'минулого місяця', 'минулого тижня', 'this month', 'this week',
  'since the start', 'цього місяця', 'цього тижня', 'за місяць', 'за тиждень', 'з початку', 'звіт за ніч', 'night\'s report',
  ...MONTH_OR_YEAR_SUMMED_UP,
];

/** A forecast of attacks to come: shelter advice beside it is preparedness, not a live threat. */
const FORECAST = [
  'in the coming days', 'in the coming weeks', 'in the days ahead', 'in the near future', 'may launch', 'could launch',
  'may send', 'could send', 'might send',
  'might launch', 'may strike', 'could strike', 'might strike', 'may attack', 'could attack', 'is preparing a',
  'are preparing a', 'may be preparing', 'найближчими днями', 'найближчими тижнями', 'найближчим часом',
  'у найближчі дні', 'в найближчі дні', 'готує новий', 'готує масован*', 'готується до', 'може завдати',
  'можуть завдати',
  // An attack possible within days: "масована атака на столицю можлива до кінця тижня" (not "роботи завершать до кінця
  // тижня", "відновлення світла очікується наступного тижня").
  ...['атака на *', 'атака на * *', 'атаки на *', 'атаки на * *', 'удар по *', 'удари по *'].flatMap((attack) =>
    ['можлива', 'можливий', 'можливі', 'ймовірна', 'ймовірний', 'ймовірні'].flatMap((possible) =>
      ['до кінця тижня', 'наступного тижня', 'цього тижня'].map((when) => `${attack} ${possible} ${when}`))),
];

/** The present of habit, not of now: "Russia attacks Kyiv every night" is analysis. */
/** Scams and their makers (a warning about them is no air raid: `general`). */
const SCAMS = ['шахра*', 'scammer*', 'scam', 'scams', 'фішинг*', 'phishing'];

/** A poll of where readers sit out alerts ("Опитування: де ви перечікуєте тривогу? 1) коридор, «правило двох стін»…"). */
const POLL_OF_HABITS = ['де ви перечікуєте', 'де ви пересиджуєте', 'де ви ховаєтеся', 'де ви ховаєтесь', 'де ви перечікуєте тривог*',
  'where do you shelter', 'where do you wait out', 'where do you sit out', 'where do you spend the alert*'];

const HABITUAL = [
  'typically', 'зазвичай', ...POLL_OF_HABITS,
  'every night', 'every day', 'each night', 'nightly', 'daily', 'regularly', 'constantly', 'constant',
  'keeps attacking', 'night after night', 'ніч у ніч', 'ніч за ніччю', 'more than half of all nights', 'no longer wait',
  // A childhood of alerts ("I grew up falling asleep to air-raid sirens"), how a defence works ("EXPLAINER: How Kyiv's layered
  // air defence works during massive Russian attacks").
  'grew up', 'i grew up', 'виросла під', 'виріс під', 'виросли під', 'in my childhood', 'у дитинстві',
  // A review that says what it is (not "пояснюємо" or "we explain": "Пояснюємо: сирена, яку ви чуєте зараз, — це справжня тривога").
  ...MONTHLY_REVIEWS,
  // (Its place named right after "how": a wildcard after so common a word would cost every text that has one.)
  ...['kyiv', 'the capital', 'the city', 'ukraine'].flatMap((place) => [`how ${place} * works`, `how ${place} * * works`,
    `how ${place} * * * works`]),
  ...['києва', 'столиці'].flatMap((place) => [`як працює ппо ${place}`, `як працює протиповітряна оборона ${place}`]),
  'their nights', 'spend nights', 'spending nights', 'tired of', 'втомил*', 'have been attacking', 'has been attacking', 'for months',
  'for years', 'thousand nights', 'тисячу ночей', 'місяцями', 'роками', 'during air raids', 'during air-raid alerts', 'проводять ночі', 'постійн*',
  'continues to attack', 'щоночі', 'щодня', 'щодоби', 'регулярно', 'постійно', 'систематично', 'продовжує атакувати',
  'продовжують атакувати',
  // A trend or alerts as a condition of life ("дедалі частіше запускають дрони вдень", "ППО працює дедалі краще",
  // "сирени звучать по кілька разів на день", "on alert nights the metro is packed"). Not "дедалі більше шахедів
  // летить на Київ", "вже кілька разів на день", "sometimes just above rooftops": those are live.
  'дедалі частіше', 'дедалі рідше', 'дедалі краще', 'дедалі гірше', 'дедалі ефективніше', 'по кілька разів на день',
  'on alert nights', 'during night alerts', 'під час нічних тривог',
];

/** An alert told in the past tense or counted over a day: it is over ("sirens sounded for four hours"). */
export const PAST_ALERT = [
  'sheltered', 'took shelter', 'took cover', 'ховалися', 'переховувалися', 'перечікували', 'rang out', 'before dawn',
  'на світанку', 'were killed', 'was killed', 'were injured', 'was injured', 'загинули', 'загинула', 'загинув',
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => `on ${day}`),
  ...['понеділок', 'вівторок', 'середу', 'четвер', 'п\'ятницю', 'суботу', 'неділю'].flatMap((day) => [`у ${day}`, `в ${day}`]),
  'hard night', 'difficult night', 'sleepless night', 'night was', 'had its busiest', 'had the busiest', 'важка ніч', 'непроста ніч', 'безсонна ніч',
  'ніч була', 'sounded', 'rocked', 'lasted', 'spent the night', 'early on', 'went off', 'wailed', 'blared', 'howled',
  'woke', 'repelled', 'відбили', 'відбила', 'відбито', 'тривала', 'тривали', 'тривав', 'минулої доби',
  'за минулу добу', 'протягом доби', 'перебувала під', 'перебував під', 'перебувало під', 'перебували під',
];

/** The time of an alert sounded soon after an all-clear ("…, less than two hours after the morning all-clear"): a new alert. */
export const ALERT_SOON_AFTER_ALL_CLEAR = ['less than an hour', 'less than two hours', 'less than three hours', 'less than half an hour',
  'an hour', 'two hours', 'three hours', 'half an hour', 'minutes', 'hours', 'shortly', 'soon'].flatMap((time) => ['the all-clear',
  'the all clear', 'the * all-clear', 'the * all clear', 'an all-clear', 'an all clear', 'an * all-clear', 'an * all clear'].map((allClear) => `${time} after ${allClear}`));

/** An alert declared again: live (the first active-threat rule), and a repeated alert to the incident matcher. */
export const ALERT_DECLARED_AGAIN = [
  'alert declared again', 'alert has been declared again', 'alert is declared again', 'знову оголошено тривогу',
  'тривогу оголошено знову', 'повторно оголошено тривогу',
  // "у Києві знову оголошено повітряну тривогу", "Kyiv went back under alert", "the region was put on alert again".
  'знову оголошено повітряну тривогу', 'повітряну тривогу оголошено знову', 'знову оголосили тривогу',
  'знову оголосили повітряну тривогу', 'went back under alert', 'went back under air-raid alert', 'is back under alert',
  'is back under air-raid alert', 'region was put on alert again', 'city was put on alert again',
  'oblast was put on alert again', 'вже знову тривога', 'і знову тривога', 'а вже знову тривога', 'оголошено повторну тривогу',
  'оголосили повторну тривогу', 'повторна тривога у', 'знову пуски', 'repeat alert has been declared', 'repeat alert declared',
  // The other word order, and a new alert told as such ("відбій, проте за хвилину тривогу оголосили знову", "a fresh
  // air-raid alert", "Kyiv is under air-raid alert again"; not "a fresh alert" of black ice).
  'тривогу оголосили знову', 'тривогу знову оголосили', 'повітряну тривогу оголосили знову', 'fresh air-raid alert',
  'fresh air raid alert', 'after the all-clear a fresh alert', 'after the all clear a fresh alert',
  'under air-raid alert again', 'under air raid alert again', 'air-raid alert is back on', 'air raid alert is back on',
  'after the all-clear a new alert', 'after the all clear a new alert',
];

/** Old footage passed off as today's. */
const OLD_FOOTAGE = ['old footage', 'old video', 'old videos', 'archive footage', 'старі відео', 'старе відео', 'архівні відео',
  // A viral clip called out as old ("That viral clip is from 2113 … stop reposting").
  'clip is from', 'video is from', 'footage is from', 'stop reposting', 'перестаньте поширювати', 'video going around',
  'clip going around',
  'архівні фото', 'архівне фото', 'archive photo*', 'фотоархів*', 'photo archive*'];

/**
 * An all-clear ends the threat; a report of last night's attack is an impact report, not a live threat; sirens that
 * are tested are no alert.
 */
/** No alert now, in a resident's words ("тривоги нема"). */
const NO_ALERT_NOW = ['тривоги нема', 'тривоги немає', 'нема тривоги', 'немає тривоги'];

/** Residents' words of an attack still going on (RESIDENTS_STILL_AT_IT's rule asks a blast, a weapon or air defence beside them). */
const RESIDENTS_STILL_AT_IT = [
  'ще свистить', 'свистить над', 'ще летить', 'ще щось летить', 'ще одна летить', 'ще один летить', 'ще гуде', 'ще одна гуде',
  'ще один гуде', 'щось летить', 'шось летить', 'летить низько', 'shos letyt', 'shchos letyt',
];
/** What makes those words no attack now: the night before, a noise explained, the weather, a plane or a bird, a joke. */
const NOT_NOW_FOR_RESIDENTS = [
  'вчора', 'учора', 'вчорашн*', 'позавчора', 'минулої ночі', 'тиждень тому', 'місяць тому', 'рік тому', 'днів тому', 'дні тому',
  'згадую', 'пам\'ятаю', 'зранку', 'вранці', 'уранці', 'last night', 'yesterday', 'vchora', 'у вухах', 'в вухах', 'вітер', 'вітру', 'грім', 'грому',
  'гроза', 'грози', 'чайник*', 'літак*', 'гелікоптер*', 'вертоліт*', 'птах*', 'чайк*', 'лелек*', 'голуб*', 'салют*', 'феєрверк*',
  'петард*', 'жарт*', 'мем*', 'анекдот*', 'землетрус*', 'турбулентн*', ...NO_ALERT_NOW, 'plane', 'helicopter', 'kettle', 'wind', 'thunder', 'bird',
];

const ACTIVE_THREAT_UNLESS = [
  ...TIME_GONE_BY,
  // A noise explained and the night called calm ("на Оболоні бахкає — то не шахеди, то салют … тривоги нема, спіть"; not
  // "тривоги нема, просто вибухи над Києвом", sirens late).
  ...NO_ALERT_NOW.flatMap((none) =>
    ['спіть', 'можна спати', 'лягайте спати', 'спіть спокійно'].map((sleep) => `${none} ${sleep}`)),
  // A fundraiser for those who bring the drones down ("Збираємо 2 млн грн на пікап … для мобільної вогневої групи, що захищає
  // небо Києва. Кожен «шахед», збитий над столицею, — …"; "We are raising funds for thermal cameras for the mobile fire groups").
  'збираємо на', 'збираємо кошти', 'збір коштів', 'посилання на банку', 'банка в описі', 'raising funds', 'raise funds',
  'fundraiser', 'fundraising', 'every hryvnia counts', 'кожна гривня',
  // An animal shelter's call for help under an "alarm" headline ("Тривога! У притулку закінчується корм … реквізити в описі").
  'реквізити', 'закінчується корм', 'корм для тварин', 'для собак і котів',
  // Planned military exercises as what the blasts are ("Вибухи, які сьогодні чутимуть мешканці…, — це планові навчання Сил
  // оборони"): troops news, moderate (LABELLING.md), not a drill of Kyiv's.
  'це планові навчання', 'планові навчання', 'планових навчань', 'плановими навчаннями', 'planned exercises', 'scheduled exercises',
  // An alert app's new feature ("Застосунок «Київ Цифровий» оновився: тепер разом зі сповіщенням про повітряну тривогу він
  // показує найближче укриття"; "The Kyiv Digital app now shows the nearest open shelter with every alert").
  'застосунок оновився', 'застосунок * оновився', 'застосунок * * оновився', 'оновлення застосунку', 'нова функція', 'нову функцію',
  'разом зі сповіщенням', 'разом із сповіщенням', 'показує найближче укриття', 'shows the nearest shelter',
  'app update', 'app has been updated', 'app was updated', 'updated its app', 'new feature', 'app now shows', 'app will now show',
  ...HABITUAL, 'alert system', ...OLD_FOOTAGE, ...EXPLAINED_AFTERWARDS,
  ...NOT_WAR_BUT_SCHEDULES, ...DRILLS, ...RETROSPECTIVE, ...ALL_CLEAR, 'test', 'tests', 'tested', 'testing', 'тестуван*', 'тестуват*',
  'тестують', 'перевірятим*', 'перевірка сирен*', 'перевірку сирен*', 'check', 'checks', 'will check', 'перевірять',
  'перевір*', 'тест*', 'switched on for', 'увімкнуть', 'overnight', 'last night', 'yesterday', 'минулої ночі',
  'учора', 'вчора', 'уночі', 'вночі', 'вчорашн* вибух*', 'учорашн* вибух*', 'yesterday\'s explosions', 'yesterday\'s blasts',
  // Yesterday's attack as the time of what is told ("Під час учорашньої атаки на Черкаси…"), not "загроза повторення
  // вчорашнього удару".
  ...['під час', 'після', 'внаслідок', 'унаслідок', 'через'].flatMap((when) => ['учорашньої атаки', 'вчорашньої атаки',
    'учорашнього удару', 'вчорашнього удару', 'учорашнього обстрілу', 'вчорашнього обстрілу'].map((attack) => `${when} ${attack}`)),
  'цієї ночі', 'this night', 'earlier today', 'нічн* атак*', 'нічн* удар*', 'нічн* * атак*', 'нічн* * удар*',
  'нічн* обстріл*', ...PAST_ALERT, ...CIVIL_PROTECTION_WORKS,
  // Explosions heard in the past, the night's attack told afterwards, what was found or done after it.
  'were heard', 'was heard', 'heard explosions', 'heard blasts', 'heard loud', 'було чути', 'чули вибухи', 'чули вибух',
  'morning after', 'the day after', 'наступного ранку', 'night attack', 'night\'s attack', 'night strike',
  'night\'s strike', 'після атаки', 'після атак', 'після удару', 'після ударів', 'після обстрілу', 'after the attack',
  'after the strike', 'following the attack', 'following the strike', 'describe', 'describes', 'розповідають',
  'longest alert', 'was locked', 'were locked', 'was open', 'were open', 'prosecutors', 'прокуратур*',
  // What was said later ("the oblast administration said later that morning").
  'later that morning',
  'this morning\'s alert', 'last night\'s alert',
  // How alerts go, explained ("Чому в Києві тривога іноді триває лише 10–15 хвилин? … тривогу оголошують за фактом пуску").
  'іноді триває', 'за фактом пуску',
];

/**
 * A live threat for a place told after an all-clear for another, in a later sentence or past a contrast (the rule
 * reads THREAT_AFTER_ALL_CLEAR beside one of `places`, in an update of one of `topics`).
 */
function threatAfterAllClear(topics: string[], places: readonly string[]) {
  return {
    name: 'active threat',
    severity: 'extreme' as const,
    topics,
    terms: THREAT_AFTER_ALL_CLEAR,
    with: [...places],
    negative: [...ACTIVE_THREAT_NEGATIVE, 'укритт* хіба що'],
    // An all-clear told in the past tense ("All-clear sounded in Bila Tserkva at 3:20. Vyshhorod remains under threat")
    // holds only what was said before it, as the all-clear itself does.
    unless: ACTIVE_THREAT_UNLESS.filter((term) => !ALL_CLEAR.includes(term) && !PAST_ALERT.includes(term)),
    // What was told before the all-clear ("All clear in Kyiv. Earlier, Brovary was told to stay in shelters").
    unlessInSentence: [...THREAT_HELD_IN_SENTENCE, 'earlier', 'раніше', 'were told', 'was told', 'was still', 'were still',
      'had to', 'мусили', 'довелося'],
    unlessInClause: THREAT_ENDED_OR_COUNTED,
    unlessUntilSaidAfter: [...ALL_CLEAR, ...ALL_CLEAR_IN_OTHER_WORDS, ...PAST_ALERT],
  };
}

type SeverityRuleInput = NonNullable<TopicsFileInput['severityRules']>[number];

const CASUALTIES_RULE: SeverityRuleInput = {
  name: 'casualties',
  severity: 'severe',
  terms: [
    'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'dies', 'deaths', 'fatalit*', 'wounded', 'injured',
    'injuring', 'wounding', 'injuries', 'hurt', 'casualt*', 'victims', 'hospitali*', 'in hospital', 'death toll',
    'toll', 'bodies', 'body of', 'lost their lives', 'trapped under', 'claimed the lives', 'took the lives',
    'забрала життя', 'забрали життя', 'забрав життя', 'забрало життя',
    'загин*', 'загибл*', 'загибел*', 'вбит*', 'вбив', 'вбила', 'вбили', 'помер', 'померла', 'померли', 'поранен*', 'поранил*',
    'постраждал*', 'жертв*', 'травмован*', 'травмувал*', 'травм*', 'госпіталізован*', 'шпиталізован*',
    'медичн* допомог*', 'тіла', 'тіло',
  ],
  // Things hit most, not people ("найбільше постраждали теплові електростанції на сході").
  negative: [...NO_IMPACT, 'найбільше постраждал*', 'most affected were', 'were worst affected', 'worst-hit were'],
  // First-aid advice names wounds that nobody has suffered ("what to put in a shelter's first-aid kit").
  unless: [
    // A scam warning names the victims it pretends to help ("збирають кошти нібито на допомогу постраждалим").
    ...SCAMS,
    ...NOT_WAR, ...RETROSPECTIVE, 'аптечк*', 'first-aid kit*', 'first aid kit*', 'first aid course*',
    'first-aid course*', 'first aid training', 'first-aid training', 'курс* першої допомоги', 'курси з першої допомоги',
    'тренінг* з першої допомоги', 'навчан* першої допомоги', 'проводить курси', 'проводять курси', ...DRILLS,
  ],
  // The homes an attack hit, as the object of the city's promise in its sentence ("Місто за свій кошт засклить вікна в
  // будинках, які постраждали минулої ночі").
  unlessInSentence: [...GLAZING_PROMISED, 'засклити', 'за свій кошт', 'власним коштом', 'за власний кошт', 'will glaze', 'will repair'],
};

/** Payments for damage (clarification 15: a statement): "Kyiv City Council approved one-off payments to residents whose flats were damaged". */
const PAYMENTS_FOR_DAMAGE = ['one-off payment*', 'payments to residents', 'одноразов* виплат*', 'одноразов* допомог*', 'виплати мешканцям'];

/** What wind brings down, not air defence ("Winds brought down power lines"): the air-defence results' negatives. */
const BROUGHT_DOWN_BY_WEATHER = ['winds brought down', 'wind brought down', 'brought down power lines', 'brought down lines', 'brought down trees',
  // Nor what debris brings down: damage ("cut off when missile debris brought down a line overnight").
  'brought down a line', 'brought down a power line', 'brought down a cable', 'debris brought down'];

const DAMAGE_RULE: SeverityRuleInput = {
  // Damage to a military target is an air-defence or front-line result (moderate), so troops-only updates
  // are left out; a reaction (diplomacy) that restates the destruction is severe like the report.
  name: 'damage',
  severity: 'severe',
  topics: ['kyiv-air-raids', 'diplomacy', 'general'],
  terms: [
    'fire', 'fires', 'a fire', 'blaze', 'ablaze', 'on fire', 'caught fire', 'burning', 'burned', 'burnt',
    'scorched', 'burnt-out', 'burned-out', 'обгоріл*',
    'damag*', 'destroy*',
    'destruction', 'collapsed', 'ruins', 'rubble', 'shattered', 'shattering', 'blown out', 'smashed', 'hit a', 'hit an',
    'hit the', 'struck a', 'struck an', 'struck the',
    // A hit as a noun ("Locals report a hit on an energy facility"), not "a hit on TikTok".
    ...['a hit on', 'a direct hit on', 'hits on'].flatMap((hit) => ['an energy', 'a power', 'an infrastructure', 'a residential', 'an industrial',
      'a substation', 'a building', 'a house', 'a warehouse', 'a factory', 'a plant'].map((what) => `${hit} ${what}`)),
    'cut power', 'knocked out power', 'power outage*', 'cut electricity', 'knocked out electricity', 'cut off electricity',
    // Those who lost power ("a substation … was hit and 20,000 households lost power"; not a party that "lost power").
    ...['households', 'homes', 'customers', 'residents', 'consumers', 'subscribers'].map((who) => `${who} lost power`),
    'cut off power',
    'hits were recorded', 'hits recorded', 'hits were registered', 'є влучання', 'є влучання в', 'there were hits', 'impacts were recorded', 'impacts recorded',
    // Rescue work where a strike hit, told beside the all-clear ("Відбій тривоги у Запоріжжі. Рятувальні роботи на місці
    // удару по ТЦ тривають"): the strike's impact.
    ...['рятувальні роботи', 'рятувальна операція', 'пошуково-рятувальна операція', 'рятувальники працюють'].flatMap((rescue) =>
      ['на місці удару', 'на місці влучання', 'на місці прильоту'].map((site) => `${rescue} ${site}`)),
    'rescue work at the site of the strike', 'rescue work at the strike site', 'rescue operation at the site of the strike',
    'rescue operation at the strike site', 'rescuers are working at the strike site', 'rescuers are working at the site of the strike',
    'impacts were registered', 'blackout*', 'emergency power cuts',
    // Debris recorded falling, as the air force counts it ("Зафіксовано падіння уламків у двох локаціях на Київщині").
    'зафіксовано падіння уламків', 'зафіксовано падіння', 'падіння уламків зафіксовано', 'falling debris was recorded',
    'falling debris were recorded', 'hits were recorded', 'hits and falling debris', 'with debris falling in', 'debris falling in', 'debris fell at', 'debris fell on',
    // Debris on a roof ("Уламки дрона впали на дах житлового будинку").
    'впали на дах', 'впав на дах', 'впала на дах', 'fell on the roof', 'fell onto the roof', 'fell on a roof',
    // A blast wave's cracks ("The blast wave from this morning's attack cracked windows at two schools").
    'cracked windows', 'cracked the windows', 'вибуховою хвилею',
    'debris falls were recorded',
    'emergency outages', 'екстрені відключення', 'аварійні відключення',
    'without power', 'without electricity', 'left without heating',
    'пожеж*', 'пошкодж*', 'пошкодил*', 'зруйн*', 'руйнуван*', 'влучан*', 'влучил*', 'влучив', 'влучила',
    ...WINDOWS_BLOWN_OUT,
    'загорання',
    'займання', 'загоряння', 'знеструм*', 'загорів*', 'загоріли*', 'горить', 'горіли', 'зайнявся', 'зайнялася', 'зайнялося', 'зайнялись', 'зайнялися',
    // Burning things an attack hits ("горять кілька автомобілів"); 'горять' alone is also "Ціни горять", "горять дедлайни".
    'горять авто*', 'горять автівк*',
    'горять машин*', 'горять будин*', 'горять склад*', 'горять гараж*', 'горять дах*', 'горять квартир*',
    'горять * автомобіл*', 'горять * автівк*', 'горять * будин*', 'горять * склад*', 'горять * гараж*',
    'автомобілі горять', 'автівки горять', 'машини горять', 'будинки горять', 'склади горять', 'згорів', 'згоріли', 'вигорів',
    'вигоріли', 'палає', 'спалахнул*', 'вибито вікна', 'вибиті вікна', 'повибиван* вікн*', 'вибило вікна', 'повибива*',
    'lost every window', 'lost all its windows', 'lost all the windows', 'lost its windows', 'lost their windows', 'посічен*', 'посікли', 'посікло', 'посік', 'завал*',
    'обвал*', 'знищен*', 'без світла', 'без електропостачання', 'без тепла',
    // A blaze told in a headline's present ("warehouse burns in Vyshhorod, no one hurt").
    'warehouse burns', 'building burns', 'house burns', 'depot burns', 'burns in', 'burned down', 'burnt down',
    // The lights out after a strike ("Power is out across much of the left bank after the strike on the Darnytsia plant").
    'power is out across', 'power is out in', 'without power after the strike', 'without power after the attack',
    // What a blast leaves ("залишили вирву посеред дитячого майданчика та понівечені балкони", "left a crater").
    'вирву', 'вирва', 'вирви', 'понівечен*', 'left a crater', 'leaving a crater', 'crater in',
    // Rescuers at work where debris came down ("Рятувальники продовжують роботу на місці падіння уламків": rescue work
    // after an attack is severe), not the site inspected by the police where nothing was hit.
    ...['рятувальн* *', 'рятувальн* * роботу', 'rescue* *', 'rescue* are *', 'rescue* are still *'].flatMap((work) =>
      [`${work} на місці падіння уламків`, `${work} at the site where debris fell`, `${work} where the debris fell`,
        // Several sites ("Рятувальники працюють на місцях падіння уламків у Шевченківському та Оболонському районах").
        `${work} на місцях падіння уламків`, `${work} at the sites where debris fell`]),
  ],
  negative: [
    ...NO_REPORTS_OF_IMPACT, 'live-fire', 'live fire',
    // Spared, said of the word itself ("Kyiv city escaped damage overnight"; damage named beside it still counts: "…escaped
    // damage, but debris set fire to a warehouse").
    'escaped damage', 'escaped without damage', 'escaped any damage', 'escaped serious damage', 'was spared damage',
    'were spared damage',
    // Guidance for after a blast ("не поспішайте на місце влучання").
    'поспішайте на місце влучання', 'поспішайте до місця влучання', 'rush to the site of the impact', 'rush to the impact site',
    // Outages as a condition to plan for ("so mobile service stays up during power outages").
    // A cricketer's innings, a deal ("Ali Shahed struck an unbeaten 131").
    'struck an unbeaten', 'struck a century', 'struck a half-century', 'struck a fifty', 'struck a deal', 'struck a chord',
    'struck a balance', 'struck a pose', 'struck a note',
    'during power outages', 'during outages', 'in case of power outages', 'in case of outages', 'під час відключень',
    'на випадок відключень', 'на час відключень',
    // Sappers destroying mines ("контрольоване знищення морських мін").
    'контрольоване знищення', 'контрольованого знищення', 'знищення мін', 'знищення * мін', 'controlled destruction',
    'ceasefire*', 'anti-aircraft fire', 'under fire', 'fire back', 'firing', 'fires at', 'destroyed all',
    // Guns at work, not a blaze ("I can hear heavy machine-gun fire and see tracer rounds").
    'machine-gun fire', 'machine gun fire', 'machinegun fire', 'gunfire', 'automatic fire', 'cannon fire', 'tracer fire',
    'peat fires', 'вогнев*', 'fire group*', 'mobile fire', 'fire brigade*', 'fire service*', 'fire department', 'ceasefire', 'cease-fire',
    'destroyed drones', 'destroyed missiles', 'destroyed all drones', 'destroyed all missiles', 'hit the target',
    ...DESTROYED_WEAPONS,
    'hit the targets',
    // Lights and candles burn without a fire ("У під'їзді горить світло", "lights are burning in the windows").
    'горить світло', 'світло горить', 'горять вогні', 'вогні горять', 'горять вогники', 'горить вогник',
    'горить свічка', 'горять свічки', 'свічки горять', 'горить лампочка', 'горять лампочки', 'горить ліхтар',
    'горять ліхтарі', 'горить індикатор', 'lights are burning', 'lights burning', 'lights burn', 'candles burning',
    'candle burning', 'burning candles', 'candles burn',
    // Air defence firing is no fire ("the building shakes as air defence fires over the city").
    'air defence fires', 'air defense fires', 'air defences fire', 'air defenses fire',
  ],
  // A denial that a strike hit something is a statement (minor), not an impact report.
  unless: [
    // Old footage called out ("That 'Troieshchyna on fire' video going around tonight is a 2114 warehouse fire").
    ...OLD_FOOTAGE,
    ...SCAMS, ...NOT_WAR, ...DRILLS, ...RETROSPECTIVE, 'без наслідків', 'наслідків не зафіксовано', 'без руйнувань',
    // An outage of a breakdown ("a transformer failure at a substation … left 3,200 households without power").
    'transformer failure', 'substation failure', 'equipment failure', 'cable failure', 'аварі* на підстанці*',
    'руйнувань немає',
    'пошкоджень немає', 'no damage', 'no reports of damage', 'without damage', 'no destruction',
    'no casualties or damage',
  ],
  // A denial is a statement (minor), unless the sentence goes on to the damage: "…denied the strike, but …".
  unlessUntilContrast: ['denied', 'denies', 'deny', 'заперечу*', 'заперечил*'],
  // Damage as the object of a cost, a repair or a promise in the same sentence (clarification 15: "Київрада
  // виділила 20 млн грн на ремонт шкіл, пошкоджених уламками"); damage told as news in another sentence counts.
  unlessInSentence: [
    'млн грн', 'млрд грн', 'мільйон* гривень', 'мільярд* гривень', 'обійдеться', 'обійдуться', 'виділила',
    'виділили', 'виділить', 'на ремонт', 'на відновлення', 'will cost', 'to repair', 'will be repaired',
    'will be replaced', 'відремонтують', 'відремонтувати', 'засклять', 'замінять', 'promised', 'promises',
    'пообіцяв', 'пообіцяла', 'обіцяє', 'estimate', 'estimates', 'estimated', 'оцінюють', 'оцінили',
    // The city's promise to rebuild ("Терехов: місто власним коштом відновить пошкоджені будинки").
    'відновить', 'відновимо', 'відбудує', 'відбудуємо', 'власним коштом', 'за власний кошт', 'will rebuild', 'will restore',
    // The city's own promise, first person ("Усім мешканцям пошкоджених будинків засклимо вікна до кінця тижня").
    'засклимо', 'замінимо', 'відремонтуємо', 'will glaze', 'will fix',
    // The city's help to mend it ("Місто допоможе засклити вікна в будинках, пошкоджених цієї ночі").
    'засклити', 'допоможе засклити', 'help glaze', 'will help repair',
    // A day's outage schedule ("Графік на четвер: черги 3.1 і 3.2 без світла 10:00–14:00").
    'графік на', 'графіки на',
    // Damage as the ground of a claim or of the weeks a repair takes ("Власники будинків, пошкоджених уламками у ніч на
    // 12 липня, можуть подати заяву на компенсацію"; "Пошкоджений термінал ремонтуватимуть два місяці").
    'компенсаці*', 'compensation', 'ремонтуватимуть', 'ремонтуватиметься', 'will be under repair', 'repairs will take',
    // Payments for it ("approved one-off payments to residents whose flats were damaged").
    ...PAYMENTS_FOR_DAMAGE,
    // Repairs done ("all 1,240 windows broken in the March 14 attack have been replaced", "Відбудований будинок, зруйнований
    // ударом 22 червня").
    'have been replaced', 'has been replaced', 'were replaced', 'have been repaired', 'has been repaired', 'were repaired',
    'have been rebuilt', 'has been rebuilt', 'замінено', 'відремонтовано', 'відбудовано', 'відбудували', 'відбудований',
    'have finished replacing', 'has finished replacing', 'finished replacing', 'have finished repairing', 'finished repairing',
    'завершили заміну',
    'відбудовану', 'відбудованого', 'відбудованій',
    // Filming of hits forbidden ("фото- та відеозйомка роботи ППО і місць влучань заборонена").
    'зйомка', 'відеозйомка', 'фотозйомка', 'не знімайте', 'не публікуйте', 'do not film', 'don\'t film',
    // Advice for a damaged home ("Не повертайтеся до пошкоджених приміщень до огляду рятувальників").
    'не повертайтеся', 'не повертайтесь', 'не заходьте', 'do not return to', 'don\'t return to', 'do not go back into', 'перевірте',
  ],
};

/**
 * Words that set a report apart from a drill announced beside it, in the report's own sentence: the night's attack, or
 * news told separately ("Kyiv will test its sirens on Wednesday. Separately, debris from a drone downed overnight
 * damaged a school"; not the drill's own scenario, "Рятувальники евакуюють поранених з платформ").
 */
const APART_FROM_A_DRILL = [
  'overnight', 'last night', 'during the night', 'separately', 'meanwhile', 'in the meantime', "last night's attack",
  'вночі', 'уночі', 'минулої ночі', 'цієї ночі', 'нічн* атак*', 'нічн* удар*', 'тим часом', 'також повідомляємо', 'окремо',
];

/**
 * The twin of an impact rule for an update that also announces a drill: its terms count in a sentence set apart from the
 * drill (APART_FROM_A_DRILL) and without a drill's words, where the rule itself holds every term back (a drill's
 * scenario names wounds nobody suffered); staged casualties hold back the whole update still.
 */
function apartFromADrill(rule: SeverityRuleInput): SeverityRuleInput {
  return {
    ...rule,
    with: APART_FROM_A_DRILL,
    unless: [...(rule.unless ?? []).filter((term) => !DRILLS.includes(term)), ...DRILL_CASUALTIES],
    unlessInSentence: [...(rule.unlessInSentence ?? []), ...DRILLS],
  };
}

export const DEFAULT_TOPICS_INPUT: TopicsFileInput = {
  version: 1,
  topics: [
    {
      id: 'kyiv-air-raids',
      name: 'Kyiv air raids',
      description: 'Air-raid alerts, missile and drone attacks, air defence and their impact in Kyiv city and oblast, including the all-clear.',
      // Announced drills in Kyiv are on the topic (minor): they tell residents what they hear is no attack.
      terms: [...AIR_ATTACK, ...DRILLS, ...IMPACT_IN_PLACE, ...KYIV_AFTERMATH, ...MONITORING_SLANG, 'all clear', 'all-clear', 'alert is over', 'alert has ended', 'take shelter', 'under alert', 'no alert*', 'without alert*', 'alert in Kyiv', 'alerts in Kyiv',
        // The alert's verb between ("An alert was declared in Kyiv", "a new alert was declared in the capital").
        ...['was declared', 'has been declared', 'is declared', 'was issued', 'has been issued', 'sounded', 'is sounding', 'is in effect'].flatMap(
          (verb) => ['Kyiv', 'the capital', 'Kyiv oblast', 'Kyiv region'].map((place) => `alert ${verb} in ${place}`)),
        'alert in the capital', 'alert across the oblast', 'alert across the region', 'alert across the capital', 'no threat',
        // The air force's summary naming the city among its main targets ("The main targets were Kyiv, Kyiv oblast and
        // Kharkiv oblast", "Основні напрямки удару — Київ, Київщина та Львів").
        'main targets were', 'main target was', 'the main targets', 'main direction of the attack', 'main directions of the attack',
        // Its hits there ("Impacts were recorded in Kyiv, Kyiv region and Odesa region, the Air Force said").
        // (The hits' own forms are AIR_ATTACK's.)
        'impacts were recorded', 'impacts recorded', 'impacts were reported', 'hits were reported',
        'основні напрямки', 'основним напрямком', 'основний напрямок', 'основними напрямками',
        ...ALERT_TOLD_AS_FINISHED,
        // Targets in the city a claim or a denial names ("Russian defence ministry says it hit only military targets in Kyiv").
        'targets in Kyiv', 'targets in the capital', 'об\'єктах у києві', 'об\'єктах в києві', 'об\'єкти в києві', 'об\'єкти у києві',
        'об\'єктах у столиці', 'об\'єкти в столиці', 'об\'єкти у столиці',
        // A night without alerts (clarification 5: Kyiv's topic, minor): "Ніч у Полтаві та Києві минула без повітряних тривог".
        'без тривог', 'без тривоги', 'без повітряних тривог', 'без повітряної тривоги', 'загрози немає', 'немає загрози', 'відсутня загроза', 'загроз* відсутн*',
        // Strikes on the city's energy foretold ("Ворог і надалі намагатиметься бити по енергетиці столиці": analysis of
        // the campaign, clarification 3).
        ...['бити', 'бомбити', 'атакувати', 'б\'є', 'б\'ють', 'атакує', 'атакують'].flatMap((strike) => ['по енергетиці', 'по енергосистемі', 'по енергооб\'єктах',
          'по критичній інфраструктурі', 'по інфраструктурі'].map((what) => `${strike} ${what}`)),
        // Strikes promised to go on ("Russia will keep striking Kyiv 'as long as…', Peskov told reporters": clarification 14).
        'keep striking', 'will continue striking', 'will continue to strike', 'continue striking', 'will keep hitting',
        'продовжить бити по', 'продовжуватиме бити по', 'продовжать бити по', 'продовжуватимуть бити по'],
      // A threat quoted against Kyiv (clarification 14: a statement, minor, on the topic of its target). A monitoring
      // channel's target or "moped" on a course, low, a few minutes away ("ціль на низькій висоті курсом на
      // Академмістечко", "мопеди з боку Броварів на лівий берег столиці", "по вас ціль, 5 хв").
      pairs: [
        { terms: ['ціль', 'цілі', 'мопед*'], with: MONITORING_COURSE },
        // A group of targets on its course ("Група над Троєщиною рухається на Оболонь", "Ще група над Ірпенем, курс на
        // Святошин", "Group of 4 entering from the north over Troieshchyna, heading for Obolon").
        { terms: GROUPS_OF_TARGETS, with: GROUP_COURSE },
        // English AD shorthand, beside a word of the air war ("AD busy over Obolon right now"; not "AD is active in the brain").
        { terms: AD_AT_WORK, with: AD_COMPANIONS },
        {
          terms: ['погрожу*', 'погрози*', 'пригрози*', 'threaten*', 'threats to', 'threat against', 'threats against',
            // A threat in other words: "called for Kyiv to be 'wiped off the map'", "закликав «стерти Київ»".
            'called for', 'calls for', 'закликав', 'закликала', 'закликали'],
          with: ['стерти', 'знищити', 'без світла', 'без електрики', 'decision-making cent*', 'центр* прийняття рішень',
            'wipe', 'wiped', 'wipe out', 'off the map', 'з лиця землі', 'without power', 'without light', 'raze', 'razed',
            'switch off the lights', 'power plants', 'вимкнути світло', 'could become targets', 'legitimate targets',
            'законними цілями', 'законною ціллю'],
        },
      ],
      // Weapons delivered, deployed or trained for Kyiv's air defence are troops news, not an air raid (LABELLING.md:
      // "weapons delivered for Kyiv's air defence (→ troops)"): its air-defence words yield to troops in a sentence
      // that says so; its attack words never do, and an update that is extreme without the yield keeps Kyiv's topic
      // (the classifier classifies it again).
      yields: [
        {
          to: ['troops'],
          terms: [
            'air defence', 'air-defence', 'air defense', 'air-defense', 'ппо', 'протиповітрян* оборон*', 'зенітн*',
            'ракет*', 'missiles', 'дрон*', 'drones', 'mobile fire group*', 'мобільн* вогнев* груп*', 'interceptor*',
            'перехоплювач*', 'anti-aircraft', 'anti-aircraft gun*', 'ударн*', 'шахед*', 'shahed*', 'shahed drones', 'shahed-type drones', 'attack drones', 'мопед*', 'кулемет*',
            'machine gun*', 'machine-gun*', 'ураження',
          ],
          when: [
            'deliver*', 'arrive*', 'arrival', 'pledg*', 'supplied', 'deploy*', 'earmarked', 'funded', 'donat*', 'handed over',
            'training', 'trained', 'graduated', 'exercise*', 'recruit*', 'навчання', 'навчань', 'відпрацьовують', 'набір добровольц*', 'набирають добровольц*', 'отримали', 'отримала', 'received', 'прибул*', 'постав*', 'передал*', 'передасть', 'передадуть',
            'надійшл*', 'розгорн*', 'навчан*', 'підготовк*', 'вишкіл*', 'полігон*', 'потреби', 'потреб', 'needs', 'прибув',
            // Money raised for a unit's kit ("оголосила збір 380 тис. грн на тепловізійний приціл для мобільної вогневої
            // групи", "donating 10% of weekend sales to buy a drone jammer for a local air-defence unit").
            'збір', 'збору', 'зібрати', 'зібрали', 'fundrais*', 'to buy', 'to raise', 'hope to raise', 'на придбання',
            'збираємо', 'збирає', 'збирають', 'raising',
            // Launchers sent to protect the city ("Germany will send two more IRIS-T air defence launchers to help protect
            // Kyiv"): weapons for Kyiv's air defence are troops news (LABELLING.md).
            'will send', 'to help protect', 'надішле', 'передасть', 'для захисту',
            // A plant that makes them ("has started serial production of interceptor drones for air-defence units").
            'production', 'виробництв*',
          ],
        },
      ],
      places: KYIV_PLACES,
      sharedPlaces: KYIV_SHARED_PLACES,
      elsewhere: OTHER_PLACES,
      negative: [
        ...KYIV_NOT_A_TARGET, ...METAPHORS, 'missile defence talks', 'air defence systems to', 'air defense systems to',
        ...YEAR_AGO_AS_A_COMPARISON,
        // A street named after air defence's heroes ("на вулиці Героїв ППО триватиме ремонт").
        'героїв ппо', 'heroes of air defence',
        ...FIREWORKS_TAKEN_FOR_BLASTS,
        // A noise compared to a Shahed's ("мопед без глушника дзижчить гірше за шахеда").
        'гірше за шахед*', 'голосніше за шахед*', 'louder than a shahed', 'louder than shaheds',
        // Where people will go if an alert comes: a rule's consequence ("якщо оголосять тривогу, тестування призупинять, а
        // учасники перейдуть в укриття"), not people in a shelter now.
        ...['перейдуть', 'спустяться', 'підуть', 'прямуватимуть'].flatMap((go) => [`${go} в укриття`, `${go} до укриття`, `${go} у укриття`]),
        ...['will move', 'will go', 'will head', 'will be taken', 'will be escorted'].flatMap((go) => [`${go} to the shelter`, `${go} to a shelter`, `${go} to shelters`]),
        // Kyiv as a comparison, a route or the government paying ("Як і в Києві, в Одесі перевіряють укриття", "Інтерсіті
        // Суми — Київ прибув до столиці із запізненням", "trains on the Odesa–Kyiv route", "Kyiv allocates UAH 300 million
        // to rebuild … in Kharkiv").
        'як і в києві', 'як і у києві', 'як і в столиці', 'як і у столиці', 'as in kyiv', 'like in kyiv', 'just like kyiv',
        // Another city's attack measured against Kyiv's ("масштабнішу за будь-яку в Києві цього року").
        'за будь-яку в києві', 'за будь-яку у києві', 'ніж будь-яка в києві', 'than any in kyiv', 'than any attack on kyiv',
        ...['інтерсіті', 'поїзд', 'потяг', 'рейс', 'intercity', 'train'].flatMap((train) => ['суми', 'харків', 'одеса', 'львів',
          'дніпро', 'запоріжжя', 'чернігів', 'житомир', 'полтава', 'ужгород', 'херсон', 'краматорськ', 'Sumy', 'Kharkiv',
          'Odesa', 'Lviv', 'Dnipro', 'Zaporizhzhia', 'Chernihiv', 'Zhytomyr', 'Poltava', 'Uzhhorod', 'Kherson',
          'Kramatorsk'].flatMap((city) => [`${train} ${city} київ`, `${train} київ ${city}`])),
        'прибув до столиці', 'прибув до києва',
        'kyiv route', 'kyiv train', 'kyiv trains', 'train to kyiv', 'trains to kyiv', 'kyiv allocates', 'kyiv allocated',
        'київ виділив', 'київ виділяє', 'київ виділить',
        // An all-clear as the time of a plan ("Sessions will resume 15 minutes after the all-clear", "the train will stop and
        // wait for the all-clear"; clarification 3).
        'minutes after the all-clear', 'minutes after the all clear', 'wait for the all-clear', 'wait for the all clear',
        'waits for the all-clear', 'waits for the all clear', 'чекатиме відбою', 'чекатимуть відбою', 'чекати відбою',
        'хвилин після відбою',
        // Russia's capital ("У столиці рф зараз працює ППО") and a weapon made in Kyiv ("Дрон київського виробництва уразив
        // Волгоградський НПЗ"), and Kyiv that states ("У Києві заявили, що морські дрони уразили фрегат").
        'столиці рф', 'столиця рф', 'столицю рф', 'столицею рф', 'столиці росії', 'столиця росії', 'столицю росії',
        'російської столиці', 'російська столиця', 'російську столицю', 'russian capital', 'russia\'s capital',
        'київськ* виробництв*', 'kyiv-made', 'kyiv made', 'made in kyiv', 'у києві заявили', 'в києві заявили',
        'у києві заявляють', 'в києві заявляють',
        // A pet's name, not Klitschko's ("Хто придумав таку кличку", "кіт на кличку Шахед").
        'на кличку', 'таку кличку', 'дали кличку', 'кличку дали', 'придумав кличку', 'придумала кличку', 'кличка кота',
        // Kyiv as the government with its day between ("Kyiv on Friday rejected a Russian offer"), mock drones at a drill.
        ...['rejected', 'said', 'accused', 'denied', 'welcomed', 'called', 'announced', 'agreed'].map((verb) => `Kyiv on * ${verb}`),
        'макет* шахед*', 'макетах «шахедів»', 'по макетах', 'mock shahed*', 'mock drones',
        // The audience to be led to shelter if an alert comes ("…, сеанс призупинять, а глядачів проведуть до укриття").
        ...LED_TO_SHELTER_IF_ALERT, 'will be led to shelter*', 'will be taken to shelter*', 'will be escorted to shelter*',
        // Explosions foretold for an exercise, and said to be none ("may hear gunfire and explosions — this is training, not an attack").
        ...EXPLOSIONS_FORETOLD,
        'training, not an attack', 'exercises, not an attack', 'навчання, а не атака', 'навчання, а не робота ппо', 'а не робота ппо',
        'not air defence at work',
        // Shots said to be none ("Можливі звуки пострілів — це не обстріл"; clarification 4).
        'це не обстріл', 'це не обстріли', 'це не атака', 'this is not shelling', 'it is not shelling', 'this is not an attack',
        // Kyiv as a point to measure from ("змінила курс на південний схід — у бік Полтавщини, від Києва"; clarification 2);
        // not a range that holds it ("Від Києва до Львова оголошено тривогу": a longer place of the topic).
        'від києва', 'від столиці', 'від київщини', 'vid kyieva', 'vid kyeva', 'vid kyiva',
        // The city said to be outside an alert of its oblast ("Air-raid alert declared in Kyiv oblast; the city of Kyiv is not under
        // alert"): the oblast's alert stays the topic's.
        'the city of kyiv is not under', 'місто київ не під', 'місто київ тривогою не охоплен*',
        // A train named by its route from Kyiv ("Intercity train Kyiv–Kharkiv is running late due to an alert in Kharkiv oblast").
        ...['train', 'trains', 'intercity', 'поїзд', 'поїзди', 'потяг', 'потяги', 'інтерсіті'].flatMap((train) => [`${train} kyiv`, `${train} київ`,
          `${train} from kyiv to`, `${train} з києва до`]),
        // A route from Kyiv ("приміські поїзди сполученням Київ — Фастів курсують із затримкою").
        'сполученням київ', 'сполучення київ', 'сполученні київ',
        // A Kyiv metro line named after Brovary ("на наземній ділянці Святошинсько-Броварської лінії"): Kyiv's place (the
        // line), not Brovary.
        'святошинсько броварськ*', 'sviatoshynsko brovarska',
        // What resumes after an all-clear ("the music resuming after the all-clear", "тестування продовжиться після відбою").
        ...['resume', 'resumes', 'resuming', 'will resume', 'continue', 'continues', 'continuing', 'will continue'].flatMap((go) =>
          [`${go} after the all-clear`, `${go} after the all clear`]),
        ...['продовжиться', 'продовжаться', 'відновиться', 'відновляться', 'продовжать', 'відновлять'].map((go) => `${go} після відбою`),
        // A labour strike, a surname, a dress ("Kyiv taxi drivers staged a two-hour strike", "Професорка Лейла Шахед",
        // "Сукня-бомба").
        'staged a strike', 'staged a * strike', 'staged a * * strike', 'went on strike', 'on strike', 'hunger strike',
        'warning strike', 'strike over', 'професорка * шахед', 'професор * шахед', 'professor * shahed', 'dr * shahed',
        'сукня бомба', 'бомба сезону',
        // Weapons for the capital's air defence (LABELLING.md: troops): "Two more IRIS-T systems intended for Kyiv's air defence".
        // Not the analysis of it ("What the March 23 strike means for Kyiv's air defence").
        ...['systems', 'batteries', 'interceptors', 'launchers', 'missiles', 'intended', 'iris-t', 'patriots', 'nasams'].flatMap((what) =>
          ['kyiv\'s air defence', 'kyiv\'s air defense', 'the capital\'s air defence', 'the capital\'s air defense'].map((defence) => `${what} for ${defence}`)),
        ...['систем*', 'комплекс*', 'ракет*', 'перехоплювач*', 'батаре*'].flatMap((what) => ['для ппо столиці', 'для ппо києва',
          'для протиповітряної оборони києва', 'для протиповітряної оборони столиці'].map((defence) => `${what} ${defence}`)),
        // Drones a unit trains to shoot down (clarification 4: exercises are troops'): "training mobile fire groups to shoot
        // down attack drones".
        ...['to shoot down', 'to down', 'to intercept'].flatMap((down) => ['attack drones', 'strike drones', 'shahed drones',
          'shaheds'].map((drones) => `${down} ${drones}`)),
        ...['збивати', 'перехоплювати'].flatMap((down) => ['ударні дрони', 'ударні бпла', 'шахеди'].map((drones) => `${down} ${drones}`)),
        // Another city's left bank or a town named like Kyiv's district, heading a post: "Дніпро, Лівий берег — вибухи",
        // "Подільськ на Одещині: над містом збивають шахеди".
        ...['дніпро', 'дніпрі', 'запоріжжя', 'запоріжжі', 'херсон', 'херсоні', 'маріуполь', 'Dnipro', 'Zaporizhzhia', 'Kherson'].flatMap((city) =>
          ['лівий берег', 'лівобережний', 'лівобережжя', 'лівобережжі', 'правий берег', 'Left Bank'].map((bank) => `${city} ${bank}`)),
        'подільськ на одещині', 'подільську на одещині', 'подільськ одеської', 'подільську одеської', 'Podilsk in Odesa',
        'supply of air defence', 'air defence for', 'air defense for', 'bomb shelter*', 'blast injuries', 'blast injury',
        'вибухов* травм*', 'drone maker*', 'теплов* удар*',
        // A drill of repelling an attack (troops), money raised for a brigade's drones (general).
        'відпрацювали відбиття атак*', 'відпрацьовували відбиття атак*', 'відпрацювали відбиття', 'practised repelling',
        'practiced repelling', 'на fpv дрони', 'fpv дрон*', 'fpv drone*', 'гривень на дрони', 'збір на дрони', 'зібрали на дрони',
        'drone production', 'виробництв* дрон*', 'package of drones', 'drones and ammunition', 'drones for Ukraine',
        'дронів для україни', 'дрони для україни', ...NOT_WAR_SIRENS_AND_SHELTER, ...TAUGHT_OR_MISTAKEN,
        // Military exercises are troops (clarification 4).
        'air defence exercise*', 'air defense exercise*', 'air-defence exercise*', 'air-defense exercise*',
        'навчання ппо', 'навчання протиповітрян*', 'навчання з ппо', 'навчання підрозділів ппо', 'навчання * ппо',
        'з відбиття атак*', 'перегон* fpv дрон*', 'перегон* дрон*',
        'drone racing', 'drone race*', 'fpv racing', 'гупає музика', 'музика гупає', 'км від києва', 'кілометрів від києва',
        'km from kyiv', 'kilometres from kyiv',
        // A direction from Kyiv, also after a comma ("летять на південний схід, від Києва"; clarification 2).
        ...['на південь', 'на північ', 'на схід', 'на захід', 'на південний схід', 'на південний захід', 'на північний схід',
          'на північний захід'].flatMap((way) => [`${way} від києва`, `${way} від столиці`]),
        ...['south-east', 'southeast', 'south-west', 'southwest', 'north-east', 'northeast', 'north-west', 'northwest', 'north',
          'south', 'east', 'west'].flatMap((way) =>
          [`${way} of kyiv`, `${way} of the capital`]),
        ...LOUD_NOT_AN_ATTACK, ...GOAL_NOT_TARGET,
        // The river, not the city of Dnipro: "ціль над Дніпром" over Ukrainka or Obukhiv.
        'над дніпром', 'через дніпро', 'вздовж дніпра', 'уздовж дніпра', 'на дніпрі', 'по дніпру', 'річк* дніпро',
        // Over or beyond the river, seen from a Kyiv bank ("Позняки, хтось чує свист? щойно бахнуло за Дніпром").
        'за дніпром', 'з-за дніпра', 'понад дніпром',
        // Kyiv's metro station, not the city ("на наземній ділянці червоної лінії (Дніпро — Лісова)").
        'дніпро лісова', 'станці* дніпро', 'ділянц* дніпро', 'ділянц* * дніпро', 'dnipro lisova', 'dnipro station',
        // Kyiv's metro stations named after other cities ("Просимо користуватися станцією «Чернігівська»"): no other city.
        ...['чернігівська', 'харківська', 'житомирська'].map((name) => `станці* ${name}`),
        ...['Chernihivska', 'Kharkivska', 'Zhytomyrska'].flatMap((name) => [`${name} station`, `${name} metro station`, `station ${name}`]),
        // The river in English, with its article ("from the direction of the Dnipro"), not the city.
        'direction of the dnipro', 'from the dnipro', 'over the dnipro', 'across the dnipro', 'along the dnipro', 'the dnipro river',
        'banks of the dnipro',
        'річц* дніпро', 'over the dnipro', 'along the dnipro', 'across the dnipro', 'dnipro river', 'river dnipro',
      ],
      // Power-cut schedules and shelter works veto their own sentences only: a live threat said apart from them keeps
      // the topic ("У Києві оголошено тривогу. Адреси укриттів — у застосунку «Київ Цифровий»").
      // So do scams that trade on the attacks (a warning, `general`: "шахраї … збирають кошти нібито на допомогу постраждалим
      // від обстрілів"), not an alert said beside them ("While explosions rock Kyiv, scammers are sending phishing links").
      excludeInSentence: [...POWER_SCHEDULES, ...DIGEST_COMPANIONS, ...CIVIL_PROTECTION_WORKS, ...SHELTER_GUIDANCE, ...SCAMS],
      exclude: [
        // A poll of where readers sit out alerts is civil protection (clarification 3), wherever its channel is.
        ...POLL_OF_HABITS,
        // A drone show, hyphenated ("Дрон-шоу над Подолом на День Києва"). Only Kyiv's veto: as a hold-back of every
        // rule it would hold back the real drones a show is called off for ("Дрон-шоу над містом Дніпро скасували: у небі
        // справжні шахеди, всі в укриття").
        'дрон шоу', 'drones will light up', 'drones light up the sky', 'дронів підсвітять', 'дрони підсвітять', 'дронів засвітять',
        ...NOT_WAR_BUT_SCHEDULES, ...LOOK_BACK, 'not affected', 'except Kyiv', 'excluding Kyiv',
        'крім Києва', 'окрім Києва', 'quiz', 'вікторин*', 'test your knowledge', 'перевір* свої знання',
        'have received', 'has received', 'Kyiv is not under', 'not under alert in Kyiv', 'київ не під',
        'окрім столиці', 'крім столиці', 'except the capital', 'except for the capital', 'except for Kyiv',
        'це пожежні машини', 'were fire engines', 'it was fire engines', 'під тривогою не перебуває', 'під тривогою не перебувають', 'не перебувають під тривогою',
        'київ і київщину тривога не стосується', 'києва тривога не стосується',
        ...['київщини', 'києва', 'столиці'].flatMap((place) => [' *', ' * *'].map((between) => `${place}${between} тривога не стосується`)), 'тривога не стосується києва',
        'тривога не стосується столиці', 'столиці тривога не стосується', 'does not affect kyiv', 'does not include kyiv',
        'не перебуває під тривогою', 'are not under alert', 'are not under an alert', 'поза зоною тривоги', 'outside the alert zone', 'outside the alert area',
        'столиця не під',
        // "Київ і центральні області тривогою не охоплені", "Kyiv is not covered by the alert" (Kyiv named: another region
        // said to be outside the alert leaves Kyiv's).
        ...['київ', 'столиця', 'київщина'].flatMap((place) => ['', ' *', ' * *', ' * * *'].map((between) => `${place}${between} тривогою не охоплен*`)),
        'kyiv is not covered by the alert', 'kyiv not covered by the alert', 'the capital is not covered by the alert',
        // "Київ тривога не охоплює", "тривога не охоплює столицю".
        'київ тривога не охоплює', 'столицю тривога не охоплює', 'київщину тривога не охоплює', 'тривога не охоплює київ',
        'тривога не охоплює столицю', 'тривога не охоплює київщину',
      ],
      incidentGapMinutes: 180,
      defaultSeverity: 'severe',
    },
    {
      id: 'diplomacy',
      name: 'Diplomacy',
      description: 'Talks, negotiations, sanctions and statements by officials and governments.',
      terms: [
        ...LEADERS,
        'talks', 'negotiat*', 'sanction*', 'diplomat*', 'foreign minister*', 'foreign ministry', 'foreign affairs',
        'foreign secretary', 'secretary of state', 'state department', 'White House', 'Downing Street',
        'summit*', 'peace', 'ceasefire', 'truce', 'pause in fighting', 'pause in the fighting', 'envoy*', 'ambassador*', 'embass*', 'consul*', 'kremlin',
        'chancellor', 'head of state', 'heads of state',
        'counterpart*', 'phone call', 'call with', 'spoke by phone', 'mediat*', 'brokered', 'treaty', 'accord',
        'peace deal',
        'ceasefire deal',
        'agreement*', 'memorandum', 'resolution', 'communiqu*', 'joint statement', 'declaration',
        'discussed', 'met with', 'meeting with', 'held talks', 'Moscow said', 'Moscow says', 'Moscow accused',
        'Moscow rejected', 'Washington', 'Beijing', 'Brussels', 'sovereignty', 'territorial integrity',
        'Lukashenko', 'Kim Jong Un', 'Sikorski', 'Lammy', 'Barrot', 'Baerbock', 'negotiator*',
        'security guarantees', 'moratorium', 'мораторі*', 'accession', 'membership', 'bilateral', 'relations',
        'delegation*', 'state visit', 'official visit',
        'visit to', 'visits to', 'visiting',
        'UN', 'United Nations', 'General Assembly', 'Security Council', 'NATO', 'EU', 'European Union',
        'European Commission', 'European Council', 'European Parliament', 'Council of Europe', 'OSCE', 'IAEA', 'G7',
        'G20', 'BRICS', 'Ramstein', 'рамштайн*', 'secretary general', 'frozen assets', 'frozen Russian assets',
        'reparations', 'partners',
        'allies', 'solidarity', 'condemn*', 'prisoner exchange*',
        'prisoners of war', 'prisoner swap*', 'POWs', 'swapped', 'deported children', 'returned children',
        'were repatriated', 'repatriation', 'репатріац*', 'обмін тілами', 'exchange of bodies', 'повернення тіл',
        'повернули тіла', 'тіл своїх воїнів',
        // The foreign ministry's spokeswoman; people brought back from occupation or illegal detention.
        'захаров*', 'zakharova', 'дітей вдалося повернути', 'вдалося повернути дітей', 'вдалося повернути ще',
        'незаконно утримува*', 'illegally held', 'illegally detained', 'тіл загиблих окупантів', 'тіла загиблих окупантів',
        'переговор*', 'перемовин*', 'санкці*', 'дипломат*', 'мзс', 'закордонних справ', 'саміт*',
        'посол', 'посла', 'послом', 'послу', 'посли', 'послів', 'послам', 'посолка', 'посолки', 'посолку', 'посолкою',
        'посольств*', 'посланц*', 'посланець',
        'спецпосланц*', 'спецпредставник*', 'консул*', 'кремл*', 'білий дім', 'білого дому', 'мирн* переговор*',
        'мирн* план*', 'мирн* угод*', 'мирн* процес*', 'мирн* ініціатив*', 'формул* миру', 'перемир*',
        'канцлер*', 'лідер* країн*', 'посередни*', 'угод*', 'домовленост*', 'зустріч*',
        'зустрів*', 'телефонн* розмов*', 'розмовляв', 'розмовляла', 'візит*', 'делегац*', 'меморандум*',
        'підписал*', 'резолюці*', 'комюніке', 'декларац*', 'спільн* заяв*', 'гарантії безпеки', 'гарантій безпеки',
        'гарант* безпеки', 'вступ* до єс', 'вступ* до нато', 'членств*', 'двосторонн*', 'відносин*', 'оон', 'нато',
        'єс', 'євросоюз*', 'європейськ* союз*', 'єврокомісі*', 'європейськ* комісі*', 'європарламент*',
        'європейськ* рад*', 'рад* єс', 'рад* безпеки', 'генасамбле*', 'генеральн* асамбле*', 'обсє', 'магате',
        'g7', 'g20', 'держдеп*', 'заморожен* актив*', 'російськ* актив*', 'репарац*', 'партнер*', 'союзник*',
        'солідарн*',
        'засудив', 'засудила', 'засудили', 'засудило', 'засуджує', 'засуджують', 'засудження', 'звернувся', 'звернулася',
        'обмін* полонен*', 'обмін* військовополонен*', 'з полону', 'from captivity', 'полонен*', 'військовополонен*',
        'з російського полону', 'повернулися з полону', 'повернулись з полону', 'повернулися з російського полону',
        'повернул* дітей', 'повернуто * дітей', 'повернуто * * дітей', 'повернули * дітей', 'повернули * * дітей',
        // "Обмін: додому повернулися 95 захисників".
        'додому повернул* * захисник*', 'додому повернул* * захисниц*', 'повернулися додому * захисник*',
        'повернення дітей', 'повернення депортован*', 'депортован*', 'обговорил*', 'обговорюва*', 'телефонува*',
        'розмов* з', 'переговорник*', 'вашингтон*', 'пекін*', 'брюссел*', 'москва заяв*', 'у москві заяв*',
        'суверенітет*', 'територіальн* цілісн*', 'лукашенк*', 'кім чен ин*', 'сікорськ*', 'бербок',
      ],
      pairs: [
        { terms: FOREIGN_STATES, with: PLEDGES },
        { terms: FOREIGN_STATES, with: REFUSALS_AND_DECISIONS, also: ARMS },
        // A minister or a president is diplomacy when speaking of relations, the war or arms; a budget, a pension or
        // a domestic election is general news (LABELLING.md: domestic politics).
        { terms: OFFICE_HOLDERS, with: [...FOREIGN_STATES, ...LEADERS, ...WAR_CONTEXT] },
      ],
      // Weapons arriving are troops news, whoever sent them (clarification 11: "deliveries arriving … are troops"): a
      // state or the partners named in the sentence of an arrival are not diplomacy.
      yields: [
        {
          to: ['troops'],
          terms: [...FOREIGN_STATES, 'partners', 'партнер*', 'allies', 'союзник*', 'EU', 'єс'],
          when: [
            'have arrived', 'has arrived', 'arrived in', 'have been delivered', 'has been delivered', 'were delivered',
            'was delivered', 'прибул*', 'надійшл*', 'доставлено',
          ],
          // Not when the state pledges more or Ukraine appeals for more ("…have arrived, and announced four more",
          // "only 10% of the weapons pledged have arrived, urging allies to speed up deliveries").
          unless: [
            'announced', 'announces', 'will send', 'will provide', 'will supply', 'will deliver', 'urg*', 'asked',
            'called on', 'calls on', 'speed up', 'просимо', 'просить', 'закликав', 'закликала', 'закликає', 'пообіцяв',
            'пообіцяла', 'оголосив', 'оголосила', 'передасть', 'передадуть', 'надасть', 'нададуть', 'пришвидш*',
          ],
        },
      ],
      negative: [
        // Tasks delegated ("Managers who master the delegation of tasks…").
        'delegation of tasks', 'delegation of authority', 'делегування повноважень', 'делегування завдань',
        // Business and cities' own meetings ("бізнес-саміт «Kyiv Invest Summit»", "a Kyiv city council delegation to discuss
        // twin-city projects").
        'бізнес-саміт*', 'бізнес саміт*', 'business summit*', 'tech summit*', 'startup summit*', 'web summit*', 'it summit*',
        // Lectures ("founders gave talks on AI"), an alliance's exercises (troops: "NATO exercises involving 8,000 troops began"),
        // a defence ministry's announcement (clarification 14: a foreign ministry's or the Kremlin's is diplomacy).
        'gave talks', 'give talks', 'gives talks', 'gave a talk', 'nato exercise*', 'nato drills', 'навчання нато',
        'defence ministry in moscow said', 'defense ministry in moscow said', 'city council delegation', 'міськради делегаці*', 'делегаці* міськради',
        'twin-city', 'twin city', 'міст-побратим*', 'містами-побратимами',
        // Russia's own security council (its deputy chair threatening Kyiv is no diplomacy, clarification 14), not the UN's.
        "russia's security council", 'russian security council', 'security council of russia', 'радбез рф', 'радбезу рф',
        'ради безпеки рф', 'рада безпеки рф', 'ради безпеки росії', 'рада безпеки росії',
        'peacekeep*', 'defence minister*', 'defense minister*', 'defence ministry', 'defense ministry',
        'міністр* оборони', 'міністерств* оборони', 'мін* оборони', 'signed contract*', 'підписал* контракт*',
        'trade deal*', 'visitor*', 'signed up', 'заочно засудив', 'заочно засудила', 'суд засудив', 'суд засудила',
        'засудив до', 'засудила до', 'засудили до', 'засуджено до', 'засуджен*', 'вакс засудив', 'вакс засудила', 'визначн*', 'peace of mind',
        'deal with the consequences', 'deal with the aftermath',
        // Someone who went to the doctors ("Одна людина звернулася до медиків"), not an appeal to partners.
        ...['звернулася', 'звернувся', 'звернулися', 'звернулось'].flatMap((went) => [`${went} до медиків`, `${went} до лікарів`,
          `${went} по медичну допомогу`, `${went} за медичною допомогою`, `${went} до лікарні`,
          // An official's address to the city ("Ткаченко … звернувся до мешканців").
          `${went} до мешканців`, `${went} до киян`, `${went} до жителів`, `${went} до містян`]),
        // An arrival at a decision is no delivery (diplomacy's `yields`).
        'arrived at',
        // Ukraine's own arms industry and its laws on service are troops news, not diplomacy (clarification 11).
        'strategic industries minister', 'minister for strategic industries', 'minister of strategic industries',
        'міністр* стратегічних галузей', 'міністерств* стратегічних галузей', 'підписав закон*', 'signed a law',
        'signed the law', 'signed into law',
        // A capital as a tour's venue ("a European tour that opens in Berlin on 4 October"), not its government.
        ...['opens in', 'that opens in', 'starts in', 'begins in'].flatMap((opens) => FOREIGN_CAPITALS.map((city) => `tour ${opens} ${city}`)),
        ...['турне', 'тур', 'турне яке', 'тур який', 'турне що', 'тур що'].flatMap((tour) => ['стартує в', 'стартує у', 'розпочнеться в', 'розпочнеться у'].flatMap((opens) =>
          FOREIGN_CAPITALS_UK.map((city) => `${tour} ${opens} ${city}`))),
        // Business, sport and charity in diplomacy's words: a merger's talks, a rematch's talks, a goodwill ambassador.
        // Talks, summits and sanctions of other kinds: coalition talks in a council, wage talks, a mountain's summit, a
        // football body's sanctions.
        // A business deal ("Угода року: торговельна мережа купила 12 супермаркетів; сума угоди …"), a cake's EU status.
        'угода року', 'сума угоди', 'суму угоди', 'угоди оцінюється', 'protected geographical status in the eu',
        'geographical indication in the eu',
        'коаліційн* переговор*', 'coalition talks', 'переговори щодо підвищення', 'переговори щодо зарплат*', 'переговори про зарплат*',
        'переговори про підвищення', 'wage talks', 'pay talks', 'salary talks', 'reached the summit', 'summit of mount*', 'summit of hoverla',
        'to the summit', 'uefa imposed sanctions', 'uefa sanctions', 'fifa imposed sanctions', 'fifa sanctions', 'санкції уєфа',
        'санкції фіфа', 'уєфа наклав санкції', 'фіфа наклала санкції',
        'консультаці* за телефоном', 'консультаці* телефоном', 'безкоштовн* консультаці*', 'консультаці* юрист*',
        // A clinic, not a consul ("Прийом у консультативній поліклініці тимчасово призупинено").
        'консультативн*', 'консультаці* лікар*', 'жіночій консультації', 'жіноча консультація', 'жіночої консультації',
        // An embassy's security notice to its citizens ("The U.S. Embassy in Kyiv urges U.S. citizens to shelter in place"):
        // safety advice, not relations.
        ...['embassy', 'embassy in kyiv'].flatMap((embassy) => ['urges', 'advises', 'recommends', 'recommend', 'asks', 'warns']
          .map((urges) => `${embassy} ${urges}`)), 'embassy kyiv', 'dear citizens', 'german nationals', 'british nationals',
        'polish citizens', 'u s citizens', 'us citizens', 'american citizens', 'french nationals', 'посольство закликає',
        'посольство рекомендує', 'посольство радить',
        'переговори про злиття', 'переговорів про злиття', 'merger talks', 'talks on a merger', 'merger negotiations',
        'talks on a rematch', 'rematch talks', 'goodwill ambassador*', 'посл* доброї волі', 'посолк* доброї волі',
        'brand ambassador*', 'global ambassador*', 'амбасадор*', 'eu ports', 'eu markets', 'eu market',
        // Ministers of home affairs are no office of diplomacy by their title alone (LABELLING.md: heads of state or
        // government, foreign ministers): "the energy minister said Russia is targeting Kyiv's heating plants".
        ...['energy', 'health', 'education', 'culture', 'interior', 'social policy', 'infrastructure'].map((office) => `${office} minister*`),
        ...['energy', 'health', 'education', 'culture', 'internal affairs', 'social policy', 'infrastructure'].map((office) => `minister of ${office}`),
        ...['енергетики', 'охорони здоров\'я', 'освіти', 'культури', 'внутрішніх справ', 'соціальної політики'].flatMap((office) =>
          [`міністр* ${office}`, `міністерк* ${office}`]),
      ],
      defaultSeverity: 'minor',
    },
    {
      id: 'troops',
      name: 'Troops',
      description: 'Deployments, troop numbers, training, the front line, weapons deliveries and foreign forces.',
      terms: [
        'troop*', 'soldier*', 'servicem*', 'service members', 'military personnel', 'deploy*', 'brigade*', 'battalion*',
        'regiment*', 'division', 'squadron*', 'pilots', 'front line*', 'frontline', 'front-line*', 'offensive',
        'counteroffensive', 'counter-offensive', 'mobilis*', 'mobiliz*', 'conscript*', 'draftees', 'martial law',
        'воєнний стан', 'воєнного стану', 'воєнному стані', 'воєнний стан*',
        'reinforcement*', 'reservists', 'infantry', 'marines', 'paratroop*', 'special forces', 'weapons', 'weapon',
        'arms', 'armament*', 'munitions', 'arms supplies', 'arms deliver*', 'military aid', 'military assistance',
        'security assistance', 'безпеков* допомог*',
        'military support', 'military equipment', 'military trucks', 'military base*',
        'military facilit*', 'military unit*', 'military intelligence', 'military training', 'defence minister*',
        'defense minister*', 'Pentagon', 'Ramstein', 'contact group', 'general staff', 'commander*', 'demining',
        'tank', 'tanks', 'artillery', 'himars', 'f-16*',
        'atacms', 'patriot*', 'iris-t', 'nasams', 'samp/t', 'skynex', 'gepard*', 'abrams', 'leopard*', 'bradley*',
        'storm shadow*', 'scalp', 'taurus', 'jassm', 'gripen*', 'mirage*', 'bayraktar*', 'launchers', 'ammunition',
        'ammo', 'shells', 'howitzer*', 'armoured vehicle*', 'armored vehicle*', 'infantry fighting vehicle*', 'APCs',
        'interceptor*', 'air defence system*', 'air-defence system*',
        'air defense system*', 'air-defence missiles', 'fighter jet*', 'warplane*', 'warship*', 'fleet', 'navy',
        'naval',
        'air base', 'airbase', 'airfield*', 'ammunition depot*', 'arms depot*', 'combat', 'forces', 'army', 'advance*',
        'recaptur*', 'captured', 'capture', 'liberat*', 'seized', 'took control', 'taken control', 'retreat*',
        'withdrew', 'pushed back', 'breakthrough', 'bridgehead', 'foothold', 'positions', 'axis',
        'trench*', 'peacekeep*', 'units', 'contingent', 'stationed', 'fortification*', 'recruits', 'recruited',
        'recruiting fighters', 'recruiting soldiers', 'military recruit*', 'army recruit*', 'recruitment centre*',
        'recruitment center*', 'fighters',
        'assault*', 'territorial defence', 'exercises', 'drills', 'strike drones', 'long-range drones',
        'ракетного палива', 'виробництво ракет', 'виготовлення * ракет', 'виготовлення ракет', 'missile fuel', 'rocket fuel',
        'drone maker*', 'drone production', 'defence firm*', 'defence industry', 'defense industry', 'arms maker*',
        'encirclement', 'encircled', 'North Korean*', 'Ukrainian drone*', 'Ukrainian missile*', 'draft notice*',
        'draft dodg*', 'the front', 'at the front', 'air defence supplies', 'air defense supplies',
        'supplies of air defence', 'more air defence', 'additional air defence', 'short-range air defence',
        'strengthen * air defence', 'strengthen * air defense',
        'boost air defence', 'strengthen air defence', 'strengthening air defence', 'defence production',
        'defense production', 'Unmanned Systems Forces', 'National Guard', 'special operations forces',
        'defensive line*', 'incursion', 'Syrskyi', 'commander-in-chief',
        // A front by its region, a landing ship or a sea drone, instructors from abroad, APCs, an observation post.
        ...['zaporizhzhia', 'donetsk', 'kharkiv', 'kherson', 'kursk', 'pokrovsk', 'kupiansk', 'southern', 'eastern',
          'northern'].map((region) => `${region} front`),
        'main effort', 'landing ship*', 'sea drone*', 'naval drone*', 'western instructors', 'military instructors',
        'foreign instructors', 'armoured personnel carrier*', 'armored personnel carrier*',
        'observation post*', 'морськ* дрон*', 'морськ* безпілотник*', 'бронетранспортер*', 'територіальн* оборон*',
        'спостережн* пункт*', 'контракт 18*', 'контрактів 18*', 'контракт на службу', 'контракт* на військов* служб*',
        'однорічний контракт', 'one-year contract', 'one-year military contract',
        'військ*', 'солдат*', 'бригад*', 'батальйон*', 'полк*', 'дивізі*', 'ескадрил*', 'пілот*', 'льотчик*', 'фронт*',
        'мобілізац*', 'мобілізован*', 'призов*', 'поповнен*', 'новобранц*', 'резервіст*', 'збро*', 'озброєн*',
        'боєприпас*', 'бронетехнік*', 'бронемашин*', 'бмп', 'бтр', 'танк', 'танки', 'танків', 'артилер*', 'наступ*',
        'контрнаступ*', 'військов* навчан*',
        'навчання військов*', 'навчання бійц*', 'навчання пілот*', 'навчання особового склад*', 'вишкіл*',
        'підготовк* військов*', 'загальновійськов*', 'зсу', 'військовослужбов*', 'окупант*', 'піхот*', 'десант*',
        'морпіх*', 'спецпризначен*', 'сили оборони', 'сил оборони', 'силами оборони', 'напрямк*', 'бойов* зіткнен*',
        'генштаб*', 'генеральн* штаб*', 'командир*', 'командувач*', 'міноборони', 'міністр* оборони',
        'міністерств* оборони', 'пентагон*', 'підрозділ*', 'снаряд*', 'гаубиц*', 'залпового вогню', 'іскандер*',
        'систем* ппо', 'систем* протиповітряної оборони', 'зенітн* установ*', 'зенітн* ракетн* комплекс*', 'зрк', 'тероборон*', 'трО', 'вогнев* груп*',
        'дрони-перехоплювач*', 'перехоплювач*', 'миротворц*', 'миротворч*', 'закупить', 'штурм*', 'f-16',
        'петріот*', 'хаймарс*', 'атакамс*', 'насамс*', 'айріс*', 'леопард*', 'абрамс*', 'бредлі', 'гріпен*', 'міраж*',
        'винищувач*', 'авіабаз*', 'аеродром*', 'флот*', 'склад* боєприпас*', 'окоп*', 'фортифікац*', 'оборонн* рубеж*',
        'захопил*', 'захоплен* сел*', 'звільнил* сел*', 'звільнен* сел*', 'окупувал*', 'відступил*', 'відбил*',
        'просунувся', 'просунулася', 'просунулись', 'просунулися', 'просунулося', 'просунулась',
        'плацдарм*', 'позиці*', 'контингент*', 'північнокорейськ*', 'кндр', 'найманц*', 'оборонн* промисловост*',
        'оборонн* підприємств*', 'тцк', 'військкомат*', 'повістк*', 'посилен* ппо', 'посилит* ппо', 'посилен* протиповітрян* оборон*',
        'посилит* протиповітрян* оборон*',
        'оборонн* виробництв*', 'сил* безпілотн* систем*', 'сбс', 'гур', 'нацгвард*',
        'національн* гвард*', 'ссо', 'сил* спеціальних операцій', 'головнокомандувач*', 'сирськ*', 'бійці', 'бійців',
        'українськ* дрон*', 'українськ* безпілотник*', 'дрон* далекої дії', 'далекобійн* дрон*', 'виробництв* дрон*', 'виробництв* * дронів', 'виробництв* * * дронів',
        'рамштайн*', 'training ground*', 'військов* полігон*', 'удар* по полігону',
        // Service laws, the arms industry's output, air-defence crews, an army corps (troops: clarification 11 and the
        // topic's definition).
        'long-range drone', 'ракетн* дрон*', 'строковик*', 'відстрочк*', 'air-defence crews', 'air defence crews',
        'air-defense crews', 'air-defence operators', 'air defence operators', 'army corps', 'армійськ* корпус*',
        'Flamingo', 'Фламінго',
        // Engineers and platoons sent abroad, shell plants, the strategic industries ministry, Tomahawks, a reassurance force, terms of service.
        'взвод*', 'military engineers', 'rheinmetall', 'shell plant*', 'shell factor*', 'ammunition plant*',
        'artillery rounds', 'мінстратегпром*', 'tomahawk missile*',
        'tomahawks', 'ракет* tomahawk', 'ракет* томагавк*', 'томагавк*', 'таурус*', 'reassurance force',
        // Soldiers trained by instructors from abroad, reserves moved between fronts.
        'британськ* інструктор*', 'канадськ* інструктор*', 'західн* інструктор*', 'перекидає резерви',
        'перекидають резерви', 'перекинула резерви', 'перекинули резерви', 'перекида* військ*',
        'air policing', 'term of service', 'terms of service', 'строк* служби', 'термін* служби', 'demobilis*', 'demobiliz*',
      ],
      // Words that are troops news only beside the war's own: serial production of drones (not of a car), a joint
      // exercise of air-defence units (not of firefighters), a law on military service (not an actor's biography).
      pairs: [
        {
          terms: ['serial production', 'серійн* виробництв*', 'mass production', 'масов* виробництв*'],
          // (A weapon named one at a time too: "Ukroboronprom has started serial production of its new cruise missile".)
          with: [...ARMS, 'interceptor*', 'howitzer*', 'armoured', 'бронетехнік*', 'перехоплювач*', 'missile', 'drone'],
        },
        {
          terms: ['joint exercise*', 'joint drill*', 'спільн* навчан*'],
          with: ['air-defence', 'air defence', 'air-defense', 'military', 'NATO', 'forces', 'troops', 'units', 'crews', 'army',
            'військ*', 'ппо', 'нато', 'підрозділ*'],
        },
        {
          terms: ['military service', 'військов* служб*', 'volunteer contract*', 'voluntary contract*', 'демобілізац*',
            'рекрутингов* центр*'],
          with: ['law', 'parliament', 'Rada', 'закон*', 'верховн* рад*', 'conscript*', 'строковик*', 'mobilis*', 'mobiliz*',
            'мобілізац*', 'discharge*', 'звільнен*', 'sign-on', 'bonus*', 'army', 'brigade*', 'corps', 'бригад*', 'корпус*'],
        },
      ],
      // Kyiv's air defence told in an air-raid update (how it works, who explains it, where the drones come from) is not
      // news of troops; weapons delivered, pledged, asked for, used for the first time or struck are (LABELLING.md:
      // weapons delivered for Kyiv's air defence, new weapons used and strikes on military targets → troops).
      yields: [
        {
          to: ['kyiv-air-raids'],
          terms: [
            'commander*', 'military analyst*', 'military expert*', 'military intelligence', 'interceptor*', 'positions',
            'forces', 'Ukrainian drone*', 'військовий', 'військова', 'військові', 'військових', 'командир*', 'командувач*',
            'напрямк*', 'позиці*', 'перехоплювач*', 'дрони-перехоплювач*', 'зсу', 'українськ* дрон*', 'air-defence crews',
            'air defence crews', 'air-defense crews', 'air-defence operators', 'air defence operators',
          ],
          unless: AIR_DEFENCE_AS_TROOPS_NEWS,
        },
        {
          to: ['kyiv-air-raids'],
          terms: [
            'patriot*', 'iris-t', 'nasams', 'samp/t', 'gepard*', 'петріот*', 'айріс*', 'насамс*', 'зенітн* ракетн* комплекс*',
            'зенітн* установ*', 'зрк',
            // The missile of an alert ("Загроза удару ракетами «Іскандер-М»"), not its launchers struck.
            'іскандер*',
          ],
          unless: [
            ...AIR_DEFENCE_AS_TROOPS_NEWS, 'destroyed', 'struck', 'hit', 'hits', 'damaged', 'launcher*', 'знищ*', 'уражен*',
            'уразил*', 'влучил*', 'пошкодж*', 'пусков*',
          ],
        },
      ],
      negative: [
        ...CITY_UNDER_FIRE,
        // Bombers taking off as an alert's cause ("Air raid alert across Ukraine after strategic bombers took off from Russian airfields").
        'from russian airfields', 'з російських аеродромів', 'took off from russian', 'злетіли з аеродром*',
        // A weapon's course from a direction, as channels post it ("Ракети з бєлгородського напрямку"), not a front's sector
        // ("Ворог наступає з курахівського напрямку").
        ...['ракети', 'ракета', 'ракет', 'дрони', 'дрон', 'бпла', 'шахеди', 'шахед', 'балістика', 'пуски', 'пуск', 'кр', 'каби']
          .flatMap((weapon) => [`${weapon} з * напрямку`, `${weapon} з * * напрямку`]),
        // Volunteers called a company's "troops" ("An IT company sent its 'troops' of 50 volunteer coders").
        'troops of * volunteer*', 'troops of * * volunteer*', 'troops of volunteer*',
        // A company's "offensive" on markets ("новий гравець готує «наступ» на ринки ЄС").
        'наступ на ринки', 'наступ на ринок', 'offensive on the market', 'market offensive',
        // The Flamingo missile, not a hotel or a bar of that name.
        'hotel flamingo', 'flamingo hotel', 'flamingo bar', 'flamingo club', 'готель фламінго', 'бар фламінго',
        'кафе фламінго', 'ресторан фламінго', 'клуб фламінго',
        'coat of arms', 'coats of arms', 'невідомого солдата', 'unknown soldier', 'former servicem*',
        'наступн*', 'наступного', 'наступає', 'tank farm*', 'think tank*', 'frontline town*', 'артилерійськ* обстріл*',
        'в напрямку', 'у напрямку', 'air defence units', 'air defense units', 'military administration',
        // An air attack's main targets in the air force's summary ("Основні напрямки — Київ, Київщина та Львів").
        'основні напрямки', 'основним напрямком', 'основний напрямок', 'основними напрямками',
        'військов* адміністрац*', 'armed robbery', 'arms control', 'полков*', 'позиці* україни', 'позиці* щодо',
        'position on', 'positions on', 'draft law', 'draft resolution', 'draft bill', 'polka', 'forces of nature',
        'балістичн* озброєн*', 'аеробалістичн* озброєн*', 'loitering munition*', 'market forces', 'security forces', 'police forces',
        'shadow fleet', 'тіньов* флот*', 'assault continues', 'assault is continuing', 'assault on kyiv', 'air defence is on combat duty',
        'air defense is on combat duty', 'ппо на бойовому чергуванні',
        'assault on the capital', 'air assault on',
        // The air attack, a talk's stage, a shared stance: not the front ("a fresh Russian drone assault", "at an advanced
        // stage", "to coordinate positions").
        'drone assault', 'missile assault', 'drone and missile assault', 'missile and drone assault', 'aerial assault',
        'advanced stage', 'coordinate positions', 'coordinated positions', 'coordinating positions', 'common position*',
        'координаці* позицій', 'узгодження позицій', 'узгодити позиції', 'coordination of positions',
        // Volunteers mobilised for a clean-up ("The city mobilised 500 volunteers to clean up the beaches").
        'mobilised * volunteers', 'mobilized * volunteers', 'mobilised volunteers', 'mobilized volunteers', 'мобілізувал* * волонтер*',
        'joint position*', 'узгод* позиці*', 'спільн* позиці*',
        // A city shelled, not a front: "Херсон під обстрілом, ворог б'є артилерією"; air defence's mobile fire groups.
        'б\'є артилерією', 'артилерією по', 'з артилерії по', 'артилерійськ* удар*', 'shelled the city',
        'shelling of the city',
        'мобільн* вогнев* груп*', 'mobile fire group*', 'вогневі групи відпрацьовують', 'вогневі групи відпрацьовує',
        // The Air Force's monitoring ("ПС ЗСУ: група БпЛА на Дніпропетровщині"): not the forces' news ("ПС ЗСУ провели
        // навчання").
        ...['пс зсу', 'повітряні сили зсу'].flatMap((force) => ['група', 'бпла', 'ракета', 'ракети', 'загроза', 'увага', 'рух',
          'швидкісна', 'крилаті', 'балістика', 'шахеди', 'дрони', 'ударні', 'ударний'].map((what) => `${force} ${what}`)),
        'вогневі групи працюють', 'працюють вогневі групи',
        // Other services' brigades and commanders; bureaucratic and figurative uses: "фронт робіт", "мозковий штурм".
        'fire brigade*', 'commander of the fire', 'пожежн* бригад*', 'бригад* швидкої', 'бригад* рятувальник*',
        'ambulance crew*', 'police units', 'police were deployed', 'police officers were deployed',
        'поліцейськ* підрозділ*',
        'фронт робіт', 'фронту робіт', 'мозков* штурм*', 'brainstorm*', 'на передовій медицин*', 'мобілізувати зусилля',
        'мобілізувати ресурси', 'frontline worker*', 'front-line worker*', 'frontline health', 'charm offensive',
        'diplomatic offensive',
        // Civil crews and everyday senses of words that are troops' in war news ("ремонтні бригади", "зима
        // наступила", "поповнення бюджету", "пілотний проєкт", "power units", "in advance", "bus fleet").
        'ремонтн* бригад*', 'аварійн* бригад*', 'бригад* дтек', 'бригад* енергетик*', 'бригад* комунальник*',
        // A railway's crews ("як діють наші поїзні бригади під час тривоги").
        'поїзн* бригад*', 'локомотивн* бригад*', 'train crew*', 'як діють наші бригади',
        // Its lines ("Ця процедура діє на всіх напрямках, зокрема київському").
        'діє на всіх напрямках', 'залізничн* напрямк*', 'приміськ* напрямк*', 'напрямках зокрема київському',
        'бригад* медик*', 'наступил*', 'наступить', 'поповнен* бюджет*', 'поповнен* рахунк*', 'пілотн*',
        'power unit*', 'housing units', 'generating units', 'energy units', 'residential units', 'in advance',
        'advance notice', 'advance payment*', 'напрямк* співпрац*', 'пріоритетн* напрямк*', 'ключов* напрямк*',
        'combat corruption', 'combat climate change', 'combat disinformation', 'combat fraud', 'combat the spread',
        'drone racing', 'drone race*', 'fpv racing', 'bus fleet', 'vehicle fleet', 'tram fleet', 'fleet of buses', 'fleet of trams', 'fleet of ambulances',
        'призов* фонд*', 'призов* місц*', 'призові', 'призового', 'відбил* атак*', 'air defence forces',
        'air defense forces',
        'air-defence forces', 'anti-aircraft forces', 'військовополонен*', 'роботу сил оборони', 'роботи сил оборони',
        'роботу ппо', 'work of air defence',
        // The attacker of a city under air attack, not a front-line development (clarification 2).
        'окупанти обстріл*', 'окупанти атаку*', 'окупанти атакува*', 'окупанти вдарил*', 'окупанти б\'ють',
        'окупанти скинул*', 'окупанти запустил*', 'russian forces shelled', 'russian forces struck',
        ...['forces', 'troops', 'army', 'military', 'artillery'].flatMap((attacker) =>
          ['attack*', 'shell*', 'struck', 'strike*', 'hit', 'launch*', 'bomb*', 'fired', 'pounded', 'targeted', 'are shelling', 'are attacking'].map(
            (verb) => `${attacker} ${verb}`,
          ),
        ),
        'артилерією', 'з артилерії', 'і артилерії', 'та артилерії', 'with artillery', 'and artillery',
        'artillery shelling', 'artillery fire on',
        // The direction of an air strike, not a front-line axis: "основним напрямком удару був Київ".
        'напрямк* удар*', 'напрямок удару', 'напрямком удару', 'напрямку удару', 'напрямк* атак*',
        // Where an alert's drones come from: "з північного напрямку".
        'північного напрямку', 'південного напрямку', 'східного напрямку', 'західного напрямку',
        'північно-східного напрямку',
        'північно-західного напрямку', 'південно-східного напрямку', 'південно-західного напрямку',
      ],
      // A prisoner exchange is diplomacy (LABELLING.md), whoever comes home.
      // A verdict on a past strike is a look-back (clarification 6), not the pilot's unit at war. Residents told to
      // stay in shelters: a city under fire, whatever the weapon (`general`, clarification 2), not a front-line report.
      exclude: [
        ...CIVILIANS_TO_SHELTER, ...DRILLS, 'in absentia', 'заочно засуд*', 'sentenced', 'verdict', 'вирок*', 'з полону', 'from captivity',
        // A prosecutor's case against the strike's commander ("заочно повідомили про підозру командиру ракетного підрозділу").
        'повідомили про підозру', 'повідомлено про підозру', 'повідомили підозру', 'notice of suspicion', 'served a notice of suspicion',
        'обмін* полонен*', 'обмін* військовополонен*', 'prisoner exchange*', 'were repatriated', 'repatriation of',
        'тіл своїх', 'обмін тілами', 'exchange of bodies', 'повернення тіл', 'повернули тіла', 'тіл загиблих окупантів',
        'тіла загиблих окупантів',
        'prisoner swap*', 'exchange of prisoners', 'swap of prisoners', 'repatriation', 'репатріац*',
      ],
      defaultSeverity: 'moderate',
    },
    {
      id: 'general',
      name: 'General',
      description: 'Updates that match no other topic.',
      // Another city's alert, explosions, impact and all-clear chain like Kyiv's (general reports thread only when
      // they name the same place).
      incidentGapMinutes: 180,
      defaultSeverity: 'unknown',
    },
  ],
  // The highest severity any rule gives wins (CAP: take the highest that applies).
  severityRules: [
    {
      name: 'all-clear',
      severity: 'minor',
      terms: [...ALL_CLEAR, ...ALL_CLEAR_IN_OTHER_WORDS, ...ALERT_LIFTED_IN_PLACE, ...ALERT_LIFTED_BY],
      // "Stay in shelters until the all-clear", "classes resume after the all-clear": no all-clear yet.
      negative: [
        ...UNTIL_ALL_CLEAR, 'after the all clear', 'after the all-clear', 'до відбою', 'після відбою',
        // An earlier all-clear as the time of a new alert ("…, less than two hours after the morning all-clear").
        'after the * all-clear', 'after the * all clear', 'after an * all-clear', 'after an * all clear', 'after an all-clear', 'after an all clear', 'an earlier all-clear',
        'the earlier all-clear', 'an earlier all clear', 'the earlier all clear', 'the previous all-clear', 'the previous all clear',
        ...ALERT_LIFTED_IN_PLACE.map((lifted) => `until the ${lifted}`),
        ...ALL_CLEAR_NOT_NEWS,
        // Not lifted by anyone: "The mayor has not lifted the air-raid alert", "Тривогу в Києві ще не зняли".
        ...['not', 'never', 'not yet', "hasn't", "haven't"].flatMap((not) => [`${not} lifted`, `${not} called off`, `${not} ended`]),
        ...["didn't", 'did not'].flatMap((not) => [`${not} lift`, `${not} call off`, `${not} end`]), 'не зняли', 'ще не зняли', 'досі не зняли', 'не скасували', 'ще не скасували', 'досі не скасували',
      ],
    },
    {
      // A service back after the all-clear ("Після відбою тривоги рух поїздів метро на наземних ділянках відновлено", "The
      // Rada resumed its session after the all-clear"): the all-clear has come (minor), not "classes resume after the
      // all-clear" of a rule, nor "the match will resume after the all-clear" of one still awaited.
      name: 'all-clear',
      severity: 'minor',
      terms: ['після відбою', 'after the all-clear', 'after the all clear', 'following the all-clear', 'following the all clear'],
      with: ['відновлено', 'відновили', 'відновився', 'відновилася', 'відновилось', 'відновилися', 'продовжилася', 'продовжився',
        'продовжилось', 'курсують за графіком', 'курсують у звичному режимі', 'працює у звичному режимі', 'відновили роботу',
        'resumed', 'reopened', 'has resumed', 'have resumed', 'running normally', 'running again'],
      unless: [...DRILLS, ...HABITUAL],
    },
    {
      name: 'announced drill',
      severity: 'minor',
      terms: DRILLS,
    },
    {
      name: 'civil protection',
      severity: 'minor',
      terms: [...CIVIL_PROTECTION_WORKS, ...SHELTER_GUIDANCE],
      with: ['shelter*', 'siren*', 'укритт*', 'сирен*', 'тривог*', 'alert*'],
      negative: ['animal shelter*', 'притул* для тварин', 'shelter for animals', 'shelter for pets', 'pet shelter*'],
      // An event that goes on through alerts is the event's news (clarification 3: "registry offices will keep marrying
      // couples during air-raid alerts" is unknown).
      unless: ['marrying', 'wedding*', 'весілл*', 'ceremony', 'церемоні*', 'ярмар*', 'christmas market', 'торгівл*', 'concert*',
        'концерт*', 'match', 'матч*', 'exam*', 'іспит*'],
    },
    {
      // "Kyiv will test its warning sirens on Thursday": a test beside a siren is a drill however it is worded.
      name: 'announced drill',
      severity: 'minor',
      terms: ['test', 'tests', 'tested', 'testing', 'check', 'checked', 'тест*', 'перевір*'],
      with: [
        'siren*', 'warning system*', 'loudspeaker*', 'сирен*', 'систем* оповіщення', 'оповіщення', 'гучномовц*',
        'alert signal*',
        'сигнал* тривоги', 'тестов* сигнал*',
      ],
    },
    {
      name: 'statement',
      severity: 'minor',
      terms: [
        'denied', 'deny', 'denies', 'neither confirm', 'would not', 'would never', 'will not', 'warned', 'warns',
        'urged',
        'urges', 'asked', 'called for', 'calls for', 'called on', 'appealed', 'analyst*', 'analysis', 'solidarity',
        'condemn*', 'prolong', 'escalation', 'rumours', 'rumors', 'dismissed', 'rejected', 'rejects', 'відкидає',
        'ruled out', 'refused',
        'accused', 'claimed', 'claims', 'speculat*', 'interview',
        'назвав', 'назвало', 'не виключив', 'не виключає', 'закликав', 'закликала', 'закликали', 'закликало', 'закликаємо', 'закликаю',
        'we call on', 'we urge', 'заперечу*',
        'заперечил*', 'не володіє', 'аналітик*', 'хоче', 'солідарн*', 'засудив', 'засудила', 'засудили', 'засудило', 'засуджує',
        'провокаці*', 'blocked', 'заблокува*', 'відкинув', 'відкинула', 'відкинули', 'відмовив*', 'відмовил*',
        'звинуватив', 'звинуватила', 'звинуватило', 'звинувачує', 'інтерв\'ю', ...RETROSPECTIVE,
        // Security services' arrests of spotters and agents: no attack reported.
        'detained', 'arrested', 'затримал*', 'затримано',
        // A city's promise in the first person to mend what an attack damaged (clarification 15): "Мешканцям
        // пошкоджених будинків засклимо вікна до п'ятниці".
        'засклимо', 'відремонтуємо', 'замінимо', 'відновимо', 'відбудуємо',
        // Compensation for damaged homes (clarification 15): "можуть подати заяву на компенсацію".
        'заяву на компенсацію', 'порядок компенсації', 'порядок виплат', 'apply for compensation', 'compensation scheme',
        // Damage estimated (clarification 15): "The city administration estimates the damage from the April 2 strike at UAH 180 million".
        'estimates the damage', 'estimated the damage', 'estimate the damage', 'estimates total damage', 'estimated total damage',
        'оцінюють збитки', 'оцінили збитки', 'оцінила збитки', 'оцінює збитки', 'збитки оцінюють',
        'доплат* до державної компенсації', 'доплат* до компенсації', 'компенсації для власників', 'компенсацію для власників',
      ],
      negative: FIREWORKS_TAKEN_FOR_BLASTS,
      unless: NOT_WAR_NEWS,
    },
    {
      // Courts and suspicions beside a strike in the sentence ("Суд узяв під варту мешканця Дарниці, якого СБУ підозрює в
      // передачі ворогу фото складів перед ударом 10 червня"): no attack reported. Not a driver's custody.
      name: 'statement',
      severity: 'minor',
      terms: ['під варту', 'запобіжн* захід*', 'повідомили про підозру', 'повідомила про підозру', 'повідомило про підозру',
        'remanded in custody', 'charged with'],
      with: AIR_ATTACK,
      unless: NOT_WAR_NEWS,
    },
    {
      // Strikes threatened (clarification 14): "Z-блогери погрожують масованим ударом по Одесі" (not "водій погрожував
      // поліцейським").
      name: 'statement',
      severity: 'minor',
      terms: ['погрожу*', 'пригрози*'],
      with: AIR_ATTACK,
      unless: NOT_WAR_NEWS,
    },
    {
      // Words of saying, asking and promising: a troops or diplomacy update built on them is a statement about
      // troops or arms, not a military development (which the next rule recognises and outranks it).
      name: 'statement about troops or arms',
      severity: 'minor',
      topics: ['diplomacy', 'troops'],
      terms: [
        'announced plans', 'plans to', 'ready to', 'would', 'may send', 'proposed', 'suggested', 'discussed',
        'discuss', 'requested', 'asked for', 'promised', 'vowed',
        'insisted', 'stressed', 'believes', 'expects', 'threatened', 'considering', 'not rule out',
        ...EXPECTED_DECISION, ...EXPECTED_DECISION_UK,
        'наголосив', 'наголосила', 'підкреслив', 'підкреслила', 'вважає',
        'вважають', 'пообіцяв', 'пообіцяла', 'обіцяє', 'обговорили', 'обговорив', 'обговорила', 'обговорювали',
        'пропонує', 'запропонував', 'запропонувала', 'просить', 'попросив', 'попросила', 'готов*',
        // A request by its noun ("звернувся до партнерів із проханням передати ще дві батареї Patriot").
        ...['звернувся', 'звернулася', 'звернулися', 'звернулось', 'звернулося'].flatMap((turned) => ['з', 'із', 'зі'].map((with_) => `${turned} до * ${with_} проханням`)),
        'не надаватиме', 'не надаватимуть', 'не планує', 'не відправлятиме', 'розглядає', 'пригрозив', 'погрожує',
        // Opinions and calls: "allies must boost defence production", a phone call about air defence.
        'must', 'should', 'needs to', 'need to', 'phone call', 'call with', 'spoke with', 'spoke by phone', 'розмову з',
        'телефонн* розмов*', 'повинн*',
        // Judgements, threats against troops and decisions not taken: "«не змінить ситуації на полі бою»", "стануть
        // «законною ціллю»", "no decision has been taken", "питання залишається на столі".
        'не змінить', 'не змінять', 'will not change', 'won\'t change', 'законн* ціл*', 'legitimate target*',
        'не ухвалил* рішення', 'не ухвалено рішення', 'рішення не ухвалено', 'no decision', 'залишається на столі',
        'remains on the table', 'working on plans', 'no decisions', 'рішень не ухвалено', 'рішення очікують',
        // A fundraiser for a unit's kit (minor: a request, not a delivery).
        'оголосил* збір', 'оголосив збір', 'fundrais*', 'donating', 'hope to raise',
        // A channel's own appeal ("Збираємо 1,2 млн грн на 40 FPV-дронів … реквізити в коментарях").
        'збираємо', 'закриваємо збір', 'відкриваємо збір', 'відкрили збір', 'реквізити', 'задонат*', 'донат*',
        'рішення очікується', 'обговорюють', 'обговорює', 'are discussing', 'is discussing',
        // A headline's present ("Coalition of the willing discusses possible European troop deployment after a ceasefire").
        'discusses', 'discusses possible', 'weighs', 'mulls', 'possible deployment', 'possible * deployment', 'можлив* розгортан*',
      ],
      unless: NOT_WAR_NEWS,
    },
    {
      // A Kyiv update that only reports what someone said, or counts attacks over weeks, is a statement or an
      // analysis; impact and live-threat words outrank it.
      name: 'statement about the Kyiv strikes',
      severity: 'minor',
      topics: ['kyiv-air-raids'],
      terms: [
        'said', 'says', 'thanked', 'praised', 'times this', 'times since', 'since the start', 'statistics',
        'this week', 'past week', 'last week', 'this month', 'past month', 'in a week', 'weekly review', 'week in review',
        // Rescuers thanked in the first person ("Дякую рятувальникам і комунальникам, які всю ніч ліквідовували наслідки атаки, —
        // міський голова"): a reaction. (Not any thanks: "Електропостачання, порушене нічною атакою, відновлено. Дякую енергетикам!"
        // reports the repair.)
        ...['дякую', 'дякуємо'].flatMap((thank) => [`${thank} рятувальник*`, `${thank} всім рятувальник*`, `${thank} надзвичайник*`]),
        'thank the rescuers', 'thank rescuers', 'thank all the rescuers', 'thanks to the rescuers who',
        'заявив', 'заявила', 'назвав', 'назвала', 'назвали', 'подякував', 'подякувала', 'разів', 'з початку', 'статистик*', 'за тиждень', 'за місяць',
        'рази', 'the longest', 'найдовш*', 'told', ...PAST_ALERT, ...SUMMARY_PERIOD, ...HABITUAL,
        // A forecast of strikes on Kyiv is analysis of the campaign (clarification 3).
        'could', 'можуть', 'forecast*', 'прогноз*', 'expert*', 'експерт*', 'bracing', 'brace for', 'warn',
        'аналіз', 'аналізу', 'тактика', 'тактику', 'tactics',
        'готується до', 'готуються до', 'попереджають', 'попереджає', ...FORECAST,
        'намагатиметься', 'намагатимуться', 'will keep trying', 'will keep targeting', 'will continue to target',
        // Repairs promised (clarification 15): "місто безкоштовно засклить вікна до кінця тижня".
        ...GLAZING_PROMISED, 'відремонтує', 'відремонтують', 'will glaze', 'will repair',
        // An explainer of the threat (clarification 14): "Explainer: why ballistic missiles are the hardest threat for Kyiv".
        ...WHY_THE_ROUTE, 'explainer',
        // The threat said for the night to come (a forecast, clarification 3): "Загроза для столиці зберігається і на цю ніч".
        ...NIGHT_AHEAD, 'підготовку до нового',
        'протягом дня зберігається', 'прогноз на ніч', 'буде тривога', 'якщо злетить', 'threat level raised', 'рівень загрози',
        'пояснює рятувальник', 'пояснює рятувальниця', 'пояснюють рятувальники', 'цілеспрямовано б\'є', 'цілеспрямовано б\'ють',
        'систематично б\'є', 'систематично б\'ють',
        // Appeals and surveys about behaviour during alerts.
        'urge residents', 'urges residents', 'urged residents', 'survey*', 'poll', 'опитуван*', 'закликає киян',
        'закликали киян', 'закликав киян',
        // The city's promises and repairs after an attack (KYIV_AFTERMATH).
        'пообіцяв', 'пообіцяла', 'promised', 'pledged', 'засклити', 'засклять', 'засклили', 'замінило', 'замінили',
        'відремонтують', 'будуть відремонтован*', 'відновлять', 'will be repaired', 'will be replaced', 'to be repaired',
        // A season told ("Kyiv has endured one of its most punishing winters of the war, its air defences stretched night after
        // night").
        'has endured', 'night after night',
        // Payments approved for what an attack damaged (clarification 15).
        ...PAYMENTS_FOR_DAMAGE,
      ],
      // Witnesses tell what they saw and heard, not what they think: a wire's "…, Reuters witnesses said" reports the
      // attack (clarification 1: attribution lowers nothing).
      negative: ['witnesses said', 'witness said', 'witnesses reported', 'witness reported', 'witnesses told', 'witness told',
        'свідки розповіли', 'очевидці розповіли', 'розповіли очевидці', 'повідомили очевидці', 'очевидці повідомили'],
      unless: NOT_WAR_NEWS,
    },
    {
      // Deliveries, deployments, front-line moves: in a general update these verbs ("received a pay rise", "for
      // the first time") mean something else.
      name: 'military development',
      severity: 'moderate',
      topics: ['troops', 'kyiv-air-raids'],
      terms: [
        'deployed', 'delivered', 'will send', 'will deliver', 'received', 'moved', 'stationed', 'repelled',
        'pulled back', 'advanced', 'advances', 'advancing', 'exercises',
        'передав', 'передала', 'передасть', 'передадуть', 'прибула', 'прибули', 'перекину*', 'перекида*',
        'просунул*', 'відбил*', 'відбито', 'накопичує', 'вперше застосували', 'схвалив', 'закупить',
      ],
      // An all-clear that adds "no damage" is still an all-clear (minor); a look back is minor.
      unless: [...NOT_WAR, ...ALL_CLEAR, ...LOOK_BACK],
    },
    {
      // An air-defence result with no impact reported (LABELLING.md; clarification 12): in any city.
      name: 'air-defence result',
      severity: 'moderate',
      topics: ['troops', 'kyiv-air-raids', 'general'],
      terms: [
        ...NO_IMPACT, ...DESTROYED_WEAPONS, ...BROUGHT_DOWN, 'brought down', 'destroyed all',
      ],
      negative: [...BROUGHT_DOWN_BY_WEATHER, ...NOTHING_LAUNCHED],
      unless: [...NOT_WAR, ...ALL_CLEAR.filter((term) => !LIFTED_AFTER.includes(term)), ...LOOK_BACK, ...SUMMARY_PERIOD],
    },
    {
      // A resident's morning after the night, on Kyiv's topic: all intact ("Вночі мопеди гули години зо дві, зранку вийшла — на
      // Святошині все ціле, дякую ппо"). Not a cake, a move or a storm: the update is Kyiv's air raids already.
      name: 'air-defence result',
      severity: 'moderate',
      topics: ['kyiv-air-raids'],
      terms: ['все ціле', 'усе ціле'],
      unless: [...NOT_WAR, ...LOOK_BACK, ...SUMMARY_PERIOD],
      // All intact but for what the sentence goes on to tell ("все ціле, тільки уламки на дорозі й вибите скло").
      unlessInSentence: ['тільки', 'лише', 'крім', 'окрім', 'але', 'проте', 'only', 'except', 'but'],
    },
    {
      // Weapons brought down beside an all-clear, in another sentence too ("All clear in Kyiv. The missiles launched at the
      // capital were shot down; no damage reported"): the attack is beaten off, an air-defence result (moderate), the
      // highest that applies. (An all-clear that only says nothing was hit stays minor: the rule above.)
      name: 'air-defence result',
      severity: 'moderate',
      topics: ['kyiv-air-raids', 'general'],
      terms: [...DESTROYED_WEAPONS, ...BROUGHT_DOWN, 'brought down', 'destroyed all'],
      negative: BROUGHT_DOWN_BY_WEATHER,
      unless: [...NOT_WAR, ...LOOK_BACK, ...FAKES, ...SUMMARY_PERIOD],
    },
    {
      // Impact that a negation denies ("постраждалих і руйнувань немає", "no one was hurt"): the attack had no
      // impact, an air-defence result (moderate, LABELLING.md).
      name: 'no impact',
      severity: 'moderate',
      within: 'negation',
      topics: ['troops', 'kyiv-air-raids', 'general'],
      terms: [
        'damag*', 'destr*', 'injur*', 'casualt*', 'victims', 'killed', 'wounded', 'hurt', 'fires', 'impact', 'пошкодж*',
        'руйнуван*', 'зруйнован*', 'постраждал*', 'загибл*', 'поранен*', 'жертв*', 'влучан*', 'наслідк*', 'пожеж*',
      ],
      // A debunk's "no damage" is the debunk's (minor): "…про влучання ракети в станцію метро — фейк. Жодних пошкоджень немає".
      unless: [...NOT_WAR, ...ALL_CLEAR.filter((term) => !LIFTED_AFTER.includes(term)), ...LOOK_BACK, ...FAKES],
    },
    {
      // The night's alert named as past, what it moved ("Після нічної тривоги перший урок о 9:45", "Через нічну тривогу метро
      // відкрилося на 40 хвилин пізніше"): an alert told as finished without impact (clarification 16), moderate; damage
      // beside it still makes it severe.
      name: 'alert told as finished',
      severity: 'moderate',
      topics: ['kyiv-air-raids'],
      terms: ALERT_TOLD_AS_FINISHED,
      unless: [...NOT_WAR, ...ALL_CLEAR, ...LOOK_BACK, ...FAKES],
    },
    {
      // Explosions told as finished (clarification 16), beside an all-clear too: "Відбій тривоги в Києві. Під час тривоги в
      // столиці лунали вибухи — працювала ППО" is moderate without impact (damage beside it is severe).
      name: 'alert told as finished',
      severity: 'moderate',
      topics: ['kyiv-air-raids'],
      // (Not an all-clear's "тривога тривала понад п'ять годин": the dev set's hands label that minor, a later hand moderate.)
      terms: EXPLOSIONS_TOLD_AS_FINISHED,
      unless: [...NOT_WAR, ...LOOK_BACK, ...FAKES, ...DRILLS],
    },
    {
      // An all-clear that also reports the attack beaten off with no impact, in one sentence ("Відбій тривоги. Атаку на
      // столицю відбито: усі дрони знешкоджено на підльоті, руйнувань і постраждалих немає", "All clear in Kyiv. Every drone
      // was shot down on approach; there is no damage"): the highest that applies is the air-defence result (moderate),
      // as the labellers of the later rounds and held-out sets settled it. Not an all-clear that only says nothing was hit
      // ("Відбій тривоги в києві. Влучань і постраждалих не зафіксовано": no attack reported, minor).
      name: 'air-defence result',
      severity: 'moderate',
      topics: ['kyiv-air-raids', 'general'],
      terms: [...BROUGHT_DOWN, 'знищено', 'знищили', 'відбили', 'destroyed', 'repelled',
        // An attack named as past beside its no impact ("Відбій тривоги на Київщині. Після атаки на Білоцерківський район пошкоджень і
        // постраждалих не зафіксовано"; clarification 5: a past attack with no impact stays moderate).
        'після атаки', 'після нічної атаки', 'after the attack', 'after the overnight attack'],
      with: [...NO_IMPACT, 'наслідків немає', 'влучань немає', 'не постраждало', 'no impact', 'there is no damage', 'no damage in'],
      unless: [...NOT_WAR, ...LOOK_BACK, ...FAKES, ...SUMMARY_PERIOD],
    },
    {
      // Front-line changes, deliveries, training and strikes on military targets, for troops updates only: in a
      // diplomacy or general update these verbs ("liberated", "signed", "звільнили з посади") mean something else.
      name: 'military development',
      severity: 'moderate',
      topics: ['troops'],
      terms: [
        'liberated', 'captured', 'seized', 'took control', 'taken control', 'retook', 'recaptured', 'withdrew',
        'retreated', 'pushed back', 'repulsed', 'destroyed', 'shot down', 'downed', 'first time', 'уперше',
        'pledged', 'package', 'tranche', 'arrived', 'has arrived', 'have arrived', 'completed training', 'trained',
        'training', 'mobilised', 'mobilized', 'drafted', 'called up', 'massed', 'amassed', 'signed contract*',
        'ordered', 'produced', 'production', 'approved', 'passed a law', 'adopted',
        'звільнил*', 'захопил*', 'окупувал*', 'взяли під контроль', 'вийшли з', 'відступил*', 'відійшли', 'знищил*',
        'знищено', 'уразил*', 'уражен*', 'атакувал*', 'збил*', 'пакет*', 'транш*', 'прибув', 'завершил* підготовк*',
        'пройшли підготовк*', 'навчан*', 'мобілізован*', 'призвал*', 'зосередил*', 'накопичил*', 'стягу*',
        'виготов*', 'вироб*', 'ухвалил*', 'ухвалено', 'затвердил*', 'затверджено', 'finalised', 'finalized', 'законопроєкт*', 'закон*', 'отримал*', 'отримає', 'надасть',
        'надала', 'надав', 'виділ*', 'підписал*', 'контракт*',
      ],
      // Discussed is not decided (clarification 11): "met … to discuss drone production" is a statement, as is what
      // someone says must be done.
      unless: [
        ...NOT_WAR, 'to discuss', 'discussed', 'обговорили', 'обговорювали', 'обговорити', 'обговорить', 'обговорюють',
        'обговорює', 'are discussing', 'is discussing', 'must',
        'should',
        'needs to', 'need to', 'повинн*',
      ],
      // Expected in its sentence: "Berlin is expected to approve a new package" (not "Sweden finalised its package; a
      // larger one is expected to be approved in autumn").
      unlessInClause: EXPECTED_DECISION,
      unlessInSentence: EXPECTED_DECISION_UK,
    },
    CASUALTIES_RULE,
    apartFromADrill(CASUALTIES_RULE),
    DAMAGE_RULE,
    apartFromADrill(DAMAGE_RULE),
    {
      // "For the first time, Belarusian army units took part in an assault in Chernihiv region" (a force's first combat,
      // with "for the first time" said apart from it).
      name: 'escalation',
      severity: 'severe',
      topics: ['troops'],
      terms: ['for the first time', 'вперше', 'уперше'],
      with: ['вступили', 'вступив', 'вступила',
        // "Уперше північнокорейські артилерійські розрахунки залучено до боїв на Харківщині".
        'залучено до боїв', 'залучено до бойових дій', 'залучили до боїв', 'залучили до бойових дій', 'were deployed in combat', 'were thrown into combat', 'entered combat', 'entered the fighting', 'took part in an assault', 'took part in assaults', 'took part in combat', 'took part in the fighting',
        'took part in fighting', 'взяли участь у штурмі', 'взяли участь у штурмах', 'взяли участь у бойових', 'взяли участь в бойових',
        'взяв участь у штурмі', 'взяв участь у бойових',
        // With whose assaults ("took part in Russian assaults in Sumy region").
        ...['took part in', 'joined', 'took part in the'].flatMap((joined) => ['assault', 'assaults', 'attacks', 'offensive'].map((what) => `${joined} * ${what}`)),
        'взяли участь у * штурмах', 'взяли участь у * штурмі', 'взяли участь у * наступі', 'взяли участь у * атаках'],
      // Not a force that took part before ("which took part for the first time last year"), nor one named by its first
      // combat while it fights on ("Північнокорейські підрозділи, які вперше вступили в бій … в лютому, продовжують").
      unless: ['last year', 'торік', 'минулого року', 'years ago', 'років тому'],
      negative: ['які вперше', 'що вперше', 'which first', 'who first', 'that first', 'which for the first time', 'who for the first time'],
    },
    {
      name: 'escalation',
      severity: 'severe',
      terms: [
        'enter combat', 'entered combat', 'into combat', 'engaged Ukrainian troops', 'join the fighting',
        'joined the fighting', 'enter the war', 'entered the war', 'вступ* у бій', 'вступил* в бій', 'вступ* у війну',
        'вступил* у бій', 'вступил* у війну',
        // "вступили в бої", "вступив у бойові дії": done (not "можуть вступити в бої", nor "вступив у боротьбу за посаду").
        'вступил* в бої', 'вступил* у бої', 'вступив в бої', 'вступив у бої', 'вступил* в бойов*', 'вступил* у бойов*',
        'вступив у бойов*', 'вступив в бойов*',
        // A force used in combat for the first time ("вперше в бойових діях задіяно підрозділи новосформованого корпусу").
        'вперше в бойових діях задіян*', 'вперше у бойових діях задіян*', 'вперше задіян* в бойових', 'вперше задіян* у бойових',
        'used in combat for the first time', 'deployed in combat for the first time',
        // "Вперше у бойових діях … взяли участь підрозділи армії КНДР".
        'вперше у бойових діях', 'вперше в бойових діях', 'вперше взяли участь у бойових', 'вперше взяли участь в бойових',
        'took part in combat for the first time', 'fought for the first time',
        ...['have', 'has', 'had'].flatMap((have) => ['taken part in combat', 'taken part in fighting', 'fought', 'seen combat',
          'been used in combat'].map((done) => `${have} ${done} for the first time`)),
        'saw combat for the first time', 'took part in fighting for the first time',
        // "the newly formed … legion fought its first battle today near Kupiansk", "провів перший бій".
        'fought its first battle', 'fought their first battle', 'first time this force is in combat', 'провів перший бій',
        'провели перший бій', 'прийняв перший бій', 'прийняли перший бій',
      ],
      // The first combat named of a force now fighting routinely ("Північнокорейські підрозділи, які вперше вступили в бій …
      // в лютому, продовжують штурмові дії": LABELLING.md, later routine fighting by that force is moderate).
      negative: ['які вперше вступили', 'що вперше вступили', 'які вперше взяли участь', 'що вперше взяли участь',
        'which first entered combat', 'who first entered combat', 'that first entered combat'],
    },
    {
      // A live threat in the present tense or an order to take shelter (LABELLING.md, clarification 1): it is
      // extreme whoever passes it on and whatever else the update says ("…, the city administration said"), so no
      // statement rule outranks it and no word of time ("overnight") holds it back. Only for places under attack:
      // "threat" or "shelter" in a diplomacy or troops update is not an alert. A conditional or a negation sets
      // these words aside.
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: [
        // Wire copy's past for what is still so as it writes: "the regional administration said the alert remained in effect
        // and urged people … to stay under cover", "As of 2:35 a.m. the alert across the Kyiv region had not been lifted and
        // more drones were being tracked …, asking residents not to leave their shelters".
        ...['alert', 'alerts', 'air-raid alert', 'air raid alert'].flatMap((alert) => ['remained in effect', 'remained in force',
          'remained in place', 'stayed in place', 'stayed in effect', 'stayed in force'].flatMap((remained) => [`${alert} ${remained}`,
          ...['in', 'for', 'across'].flatMap((at) => [`${alert} ${at} * ${remained}`, `${alert} ${at} the * ${remained}`]),
          ...['in', 'for', 'across'].flatMap((at) => ['was still in effect', 'was still in force', 'was still in place',
            // The present too ("The air-raid alert in the region is still in effect").
            'is still in effect', 'is still in force', 'is still in place', 'remains in effect', 'remains in force']
            .flatMap((still) => [`${alert} ${at} * ${still}`, `${alert} ${at} the * ${still}`]))])),
        'stay under cover', 'remain under cover', 'not to leave their shelters', 'not to leave shelters', 'not to leave the shelters',
        'do not leave shelters', 'do not leave the shelters', 'don\'t leave shelters', 'had not been lifted', 'had not yet been lifted',
        'had still not been lifted', 'was still not lifted', 'had not yet ended',
        ...['drones', 'missiles', 'shaheds', 'more drones', 'more missiles'].flatMap((weapon) => [`${weapon} were being tracked`,
          `${weapon} were still being tracked`]),
        ...['air defence', 'air defense', 'air defences', 'air defenses'].flatMap((defence) => [`as ${defence} continued to work`,
          `as ${defence} continued working`, `as ${defence} continued to operate`]),
        // An alert in force, now.
        'alert declared', 'alert has been declared', 'alert is declared', 'new alert was declared',
        ...['air-raid alert', 'air raid alert', 'missile alert', 'drone alert', 'new alert', 'an alert', 'the alert'].flatMap(
          (alert) => [`${alert} has just been declared`, `${alert} was just declared`]), 'alert is announced', 'alert remains',
        'alert is in effect', 'alert in effect', 'alert continues', 'alert sounds', 'alert is sounding', 'sirens sound',
        'sirens go off', 'sirens are sounding', 'sirens are wailing', 'оголошено тривогу', 'тривогу оголошено',
        'оголосили тривогу', 'оголошують тривогу', 'оголошено повітряну тривогу', 'повітряну тривогу оголошено',
        'оголосили повітряну тривогу', 'тривога триває', 'тривога лунає', 'лунає тривога', 'лунають сирени',
        'сирени лунають', 'air defence active', 'air defences active', 'air defense active', 'air defenses active',
        'ппо активна', 'активна ппо', 'is again under attack', 'is under attack again', 'remains under attack',
        ...['drone', 'missile', 'massive', 'combined', 'ballistic'].flatMap((kind) => [`under ${kind} attack overnight`,
          `under a ${kind} attack overnight`, `under massive overnight ${kind} attack`, `under overnight ${kind} attack`]),
        'under massive overnight attack', 'under a massive overnight attack', 'under overnight attack',
        ...['is', 'are', 'remains', 'is again'].flatMap((verb) => ['massive', 'large-scale', 'heavy', 'combined'].flatMap((size) =>
          ['combined', 'missile', 'drone', 'ballistic', 'missile and drone'].map((kind) => `${verb} under a ${size} ${kind} attack`))),
        'air defence engaging', 'air defense engaging', 'air defences engaging', 'air defenses engaging',
        // Wire copy's past progressive for air defence at work as it writes ("…, as the governor said air defences were
        // engaging Russian missiles over the region").
        ...['air defence was', 'air defense was', 'air defences were', 'air defenses were', 'air defences are', 'air defenses are'].map((was) => `${was} engaging`),
        'air defence works', 'air defense works', 'air defences work', 'air defenses work', 'air defence responding',
        'air defense responding', 'air defence is on combat duty', 'ппо на бойовому чергуванні',
        'alert is again in effect', 'alert is in effect again', 'alert is again in force', 'alert is in force',
        'alert remains in force', 'alert remains in effect', 'assault continues', 'assault is continuing',
        'alerts are in force', 'alerts are in effect', 'alerts remain in force', 'alerts remain in effect',
        // An alert that remains, its places perhaps between ("the nationwide alert, including in Kyiv, remains in place").
        ...ALERT_STILL_ON,
        ...['oblast', 'region', 'city', 'capital', 'country'].flatMap((area) =>
          ['remains in force', 'remains in effect', 'is still in force', 'is still on'].map((still) => `alert across the ${area} ${still}`)),
        'bombardment continues', 'загроза з повітря', 'threat from the air',
        // An alert said to be on in a place, weapons said to be overhead (not "the show had drones overhead").
        'air raid alert is on', 'air-raid alert is on', 'alert is on in kyiv', 'alert is on in the city',
        // Under alert in the present ("because the region is under an air raid alert right now"), whatever day the story began.
        ...['is', 'are', 'is now', 'are now'].flatMap((is) => ['under an air raid alert', 'under an air-raid alert', 'under air raid alert',
          'under air-raid alert', 'under alert', 'under an alert'].map((alert) => `${is} ${alert}`)),
        'alert is on in the capital', 'alert is on across', 'drones are overhead', 'drone is overhead',
        'shaheds overhead', 'shahed overhead', 'missiles overhead', 'missile overhead',
        ...['attack', 'attacks', 'assault', 'strike'].flatMap((attack) =>
          ['is still under way', 'was still under way', 'is still underway', 'was still underway', 'is still ongoing',
            'was still ongoing', 'was continuing', 'was still continuing'].flatMap((still) => [`${attack} ${still}`, `${attack} that ${still}`, `${attack} which ${still}`])),
        'second alert of the night',
        ...['air defence', 'air defense'].flatMap((defence) => [`${defence} units working`, `${defence} units were working`,
          `${defence} units are working`]),
        'new alert declared', 'new alert is declared', 'new alert has been declared',
        ...['air defence', 'air defense', 'air defences', 'air defenses'].map((defence) => `${defence} still engaged`),
        // "…, and anti-aircraft fire is still rolling across the city".
        'anti-aircraft fire is still', 'anti-aircraft fire still', 'anti-aircraft fire continues', 'anti-aircraft guns are firing',
        // A correspondent's now ("air defence systems are working to repel …; several loud blasts in the last few minutes", "the
        // air-defence guns have been firing almost continuously for twenty minutes", "We are in an underground car park").
        'are working to repel', 'is working to repel', 'in the last few minutes', 'in the past few minutes', 'guns have been firing',
        'we are in an underground', 'we\'re in an underground', 'we\'ve just felt', 'we have just felt',
        // An alert said to go on ("A second air-raid alert in three hours is under way in Kyiv").
        ...['', '* ', '* * ', '* * * '].flatMap((between) => [`alert ${between}is under way`, `alert ${between}is underway`]),
        // "The alert in the oblast continues"; residents hearing them now ("We hear drones buzzing right above our building").
        ...['', 'in the * ', 'in * '].map((between) => `alert ${between}continues`), 'we hear drones', 'we can hear drones',
        'buzzing right above', 'чуємо дрони', 'чуємо шахеди',
        'ongoing missile attack', 'ongoing drone attack', 'ongoing missile and drone attack',
        'anti-aircraft guns are still firing',
        ...['air defence', 'air defense', 'air defences', 'air defenses'].flatMap((defence) => [`${defence} working`,
          `sounds like ${defence}`]),
        'не виходити з укритт*', 'просять не виходити', 'не виходьте поки не', 'не виходьте доки не', 'не виходьте до відбою', 'серія потужних вибухів', 'серію потужних вибухів',
        'alert was still in force', 'alert was still in effect', 'alert is still in force', 'alert still in force',
        'рух ударних бпла', 'рух ударних дронів', 'рух ворожих бпла', 'рух ворожих дронів', 'можлива робота ппо',
        // A weapon on its way to a Kyiv district, as monitoring channels write it: "Ще один шахед — на Оболонь".
        ...['шахед', 'шахеди', 'дрон', 'дрони', 'мопед', 'мопеди', 'бпла', 'балістика', 'крилата', 'крилаті'].flatMap((weapon) =>
          ['оболонь', 'троєщину', 'позняки', 'осокорки', 'дарницю', 'печерськ', 'святошин', 'борщагівку', 'виноградар',
            'теремки', 'голосієво', 'русанівку', 'березняки', 'академмістечко', 'нивки', 'лісовий масив', 'борщаг', 'борщагу',
            'трою', 'вднг', 'солом\'янку', 'куренівку', 'лук\'янівку', 'поділ', 'лівий берег', 'правий берег']
            .map((district) => `${weapon} на ${district}`)),
        // A district told it is the target, as monitoring channels write it ("Троєщина, Вигурівщина — по вас").
        ...['оболонь', 'троєщина', 'вигурівщина', 'позняки', 'осокорки', 'дарниця', 'печерськ', 'святошин', 'борщагівка', 'виноградар',
          'теремки', 'голосіїв', 'русанівка', 'березняки', 'академмістечко', 'нивки', 'лісовий', 'троя', 'вднг', 'соломянка',
          'куренівка', 'лукянівка', 'поділ', 'лівий берег', 'правий берег', 'бровари', 'бориспіль', 'ірпінь', 'буча', 'вишгород']
          .map((district) => `${district} по вас`),
        // Take shelter.
        'take shelter', 'seek shelter', 'take cover', 'are ordered into shelter*', 'have been ordered into shelter*',
        'have been ordered into the shelter*', 'stay in shelter*', 'stay in the shelter*', 'remain in shelter*',
        'remain in the shelter*', 'go to shelter*', 'go to the shelter*', 'go to a shelter', 'head to shelter*',
        'head to the shelter*', 'head for shelter*', 'head for the shelter*', 'run to shelter*', 'run to a shelter',
        'run to the shelter*', 'stay in your shelter*', 'hiding in shelters', 'hiding in the shelters', 'hiding in metro',
        'packed metro shelters', 'packed shelters', 'in shelters as', 'move to shelter*', 'get underground', 'go underground now', 'stay underground', 'to the nearest shelter', 'to your nearest shelter', 'in the nearest shelter', 'shelter now', 'shelter immediately',
        'leave shelters', 'leave the shelter*', 'to the shelters', 'to shelters', 'stay away from windows',
        'в укриття', 'у укриття', 'до укриття', 'до укриттів', 'до найближчого укриття', 'залишайтеся в укритт*',
        'перебувайте в укритт*', 'будьте в укритт*', 'не виходьте з укритт*', 'не залишайте укритт*',
        'мінімізуйте пересування', 'правило двох стін', 'get to shelter*',
        ...AWAY_FROM_WINDOWS,
        'сидимо в коридорі', 'сидимо у коридорі', 'сидимо у ванній', 'сидимо в ванній', 'ховаємося в коридорі',
        'ховаємось в коридорі', 'знову у ванній', 'знову в ванній', 'знову в коридорі', 'знову у коридорі', 'у ванній з дітьми',
        'в коридорі з дітьми', ...SITTING_IT_OUT_NOW,
        // Ukrainian typed in Latin letters ("vybukhy v Kyievi zaraz, … sydit v ukrytti, ne vyhliadaite u vikna").
        'ppo pratsiuie', 'ppo pratsiuye', 'ppo pracuye', 'ppo pracuie',
        'vsi v koridor', 'sydit v ukrytti', 'ne vyhliadaite u vikna', 'vybukhy v', 'vybukhy zaraz',
        'vsi v korydor', 'vsi v ukryttia', 'vsi v ukryttya', 'v ukryttia', 'v ukryttya', 'ne vykhodte', 'ne vykhodte na vulytsyu',
        'pryamo zaraz', 'priamo zaraz', 'nad namy', 'kruzhlyayut nad', 'kruzhliaiut nad', 'chuty motor', 'chuty mvh',
        'chuty mopedy', 'chuty moped', 'pryletilo zovsim poruch', 'vikna tremtyat', 'ne stiyte bilya vikon',
        // Monitoring's now: a machine gun at work, the sky full of tracers, an alert that stays on, air defence that keeps
        // working, another wave on its way ("Оболонь, … все небо в трасерах", "а тепер кулемет десь біля озера", "the alert
        // stays on, don't rush out", "another wave is crossing … towards the capital"). Not "працюють мобільні групи" alone:
        // social services have them too.
        'небо в трасерах',
        // A correspondent's now in English ("I can hear heavy machine-gun fire and see tracer rounds arcing over the reservoir —
        // the mobile air-defence teams are working right now, and there is a low buzzing overhead").
        'tracer rounds arcing', 'tracers arcing', 'see tracer rounds', 'see tracers', 'buzzing overhead', 'low buzzing',
        'see tracer fire', 'tracer fire over', 'tracer fire above',
        ...['air-defence', 'air defence', 'air-defense', 'air defense', 'mobile air-defence', 'mobile air defence', 'mobile fire']
          .flatMap((teams) => [`${teams} teams are working`, `${teams} groups are working`, `${teams} teams are at work`]),
        'i can hear heavy machine-gun fire', 'i can hear machine-gun fire', 'can hear machine-gun fire', 'can hear heavy machine-gun fire',
        // Tracers seen now ("Бачу в небі червоні трасери"; not tracers told as a salute: "У небі трасери — це салют").
        'все небо в трасерах', 'бачу трасер*', 'бачу в небі трасери', 'бачу в небі * трасери', 'видно трасер*', 'i see tracers',
        'can see tracers', 'тепер кулемет', 'працює кулемет', 'працюють кулемети', 'чути кулемет', 'звук як у мопеда',
        // Air defence firing as one writes ("Every few seconds the building shakes as air defence fires over the city"); the threat
        // not passed. (Not a buzzing "moped", a hum or machine guns heard alone: a scooter, a fridge, a film shoot.)
        'as air defence fires', 'as air defense fires', 'threat has not passed', 'threat has not yet passed',
        'threat in * has not passed', 'threat in * * has not passed', 'загроза не минула', 'загроза ще не минула',
        'загроза повторних ударів зберігається', 'загроза повторних атак зберігається', 'загроза повторного удару зберігається',
        // Residents' word of it now: a "moped" droning over the houses ("Мешканці Оболоні пишуть: над будинками гуде
        // «мопед»"). Over a place only: "як гуде шахед" explains a sound.
        ...['гуде', 'гудуть'].flatMap((buzz) => ['мопед', 'мопеди', 'шахед', 'шахеди', 'дрон', 'дрони'].flatMap((weapon) =>
          [`над * ${buzz} ${weapon}`, `над * * ${buzz} ${weapon}`])),
        'alert stays on', 'the alert stays on', 'alert remains on', 'don\'t rush out', 'do not rush out', 'тривога залишається',
        'не поспішайте виходити', 'another wave is', 'a new wave is', 'another wave of drones is', 'another wave of missiles is',
        ...['air defence', 'air defense', 'air defences', 'air defenses'].flatMap((defence) => [`${defence} keeps working`,
          `${defence} keep working`, `${defence} is still working`]),
        'hiding in the corridor', 'hiding in the hallway', 'sitting in the corridor',
        'sitting in the hallway',
        'get to the shelter*', 'get to a shelter', 'get into shelter*', 'go down to the shelter*', 'take refuge',
        'seek refuge', 'shelter in place', 'stay in cover', 'remain in cover', 'stay in safe places', 'ховайтеся',
        'ховайтесь', 'сховайтесь',
        'сховайтеся', 'укривайтеся', 'укриваємося', 'укривайся', 'безпечн* місц*',
        'спускайтеся в укритт*', 'спустіться в укритт*', 'прохання перебувати в укритт*',
        'прохання залишатися в укритт*', 'просимо перебувати в укритт*', 'просимо залишатися в укритт*',

        // An attack under way and air defence at work.
        // An alert or an attack whose end is denied is still on ("the attack is not over", "тривогу ще не скасовано").
        'more bombs are falling', 'падають каби', 'shelling goes on', 'the shelling goes on', 'лунають нові вибухи',
        'чути нові вибухи', 'new explosions are', 'more explosions are',
        'attack is not over', 'attack isn\'t over', 'attack is not yet over', 'attack has not ended', 'alert is not over',
        'alert has not ended', 'alert has not been lifted', 'alert has not yet been lifted', 'alert is still on',
        'alert still on', 'alert remains in place', 'attack is still going on', 'attack goes on', 'attack is going on', 'attack is still on', 'attack still on',
        'alert is still active', 'alert remains active', 'тривога досі активна', 'тривога ще активна',
        'тривогу ще не скасовано', 'тривогу не скасовано', 'тривога ще не скасована', 'тривога не скасована',
        'відбою ще не було', 'відбою ще немає', 'відбою поки немає', 'атака ще не завершил*', 'атака не завершил*',
        'атака ще не закінчил*', 'атака не закінчил*', 'атака продовжується', 'обстріл продовжується',
        // Wire copy: "… with air defence units still engaging targets over the city as this report was filed".
        ...['air defence', 'air defense', 'air defences', 'air defenses', 'air defence units', 'air defense units'].map(
          (defence) => `with ${defence} still engaging`),
        'ппо відпрацьовують', 'ппо відпрацьовує', 'ппо досі відпрацьовують', 'ппо ще відпрацьовують',
        // Hit again, said in the present ("…; this morning the city is again being hit by guided bombs").
        ...HIT_AGAIN_NOW,
        'працюють кулемети мобільних груп', 'кулемети мобільних груп працюють', 'ппо лупить', 'ппо гатить',
        'каби падають', 'тривають обстріли', 'alert was still in place at the time of writing',
        'alert remained in place at the time of writing', 'alert was still in effect at the time of writing',
        'alert was still on at the time of writing',
        // Wire copy timed to the hour: "An attack on Odesa was still under way as of 0600 GMT".
        ...['was still under way as of', 'was still underway as of', 'was still going on as of', 'was still continuing as of',
          'was continuing as of', 'was ongoing as of', 'were still under way as of'], 'тривога на момент публікації триває', 'тривога на момент публікації ще триває',
        ...['uav', 'drone', 'missile', 'ballistic', 'shahed'].map((weapon) => `${weapon} threat declared`), 'uav threat',
        'атака не припинил*', 'атака ще не припинил*', 'атака досі не припинил*', 'атака не припиняється',
        'обстріл не припиняється', 'обстріл не припинився', 'обстріл ще не припинився', 'ппо продовжують роботу',
        'ппо продовжує роботу', 'ппо продовжують працювати', 'ппо продовжує працювати', 'air defence continues to work',
        'air defense continues to work', 'air defence continues working', 'air defences continue to work',
        'атаку продовжують', 'тривога продовжується', 'тривога досі триває',
        'attack continues', 'attack is ongoing', 'attack is continuing', 'attack is under way', 'attack is underway',
        // Wire copy tells the attack it reports as going on in its past tense: "…, officials said, as the attack continued".
        'as the attack continued', 'as the attack was continuing', 'while the attack continued', 'as the assault continued',
        ...['the capital', 'the city', 'Kyiv'].flatMap((place) => [`attack on ${place} continues`, `attack on ${place} is continuing`,
          `attack on ${place} is ongoing`, `attack on ${place} is still ongoing`, `as the attack on ${place} continued`,
          `as the attack on ${place} continues`]),
        // The attack named with its weapon or its target, going on as it is written ("emergency outages in Kyiv as a massive
        // missile attack on energy infrastructure continues").
        ...['attack', 'missile attack', 'drone attack', 'missile and drone attack'].flatMap((attack) => ['infrastructure', 'energy infrastructure',
          'the region', 'the oblast'].map((target) => `${attack} on ${target} continues`)),
        ...['столицю', 'місто', 'київ', 'область', 'київщину'].flatMap((place) => [`атака на ${place} триває`, `атака на ${place} ще триває`,
          `атака на ${place} продовжується`]),
        'attack is unfolding', 'shelling continues', 'shelling is ongoing', 'is being attacked', 'are being attacked',
        'is being shelled', 'is being bombarded', 'is being hit', 'is under fire', 'are under fire',
        'air defence is active', 'air defence is working', 'air defence is operating', 'air defence operating',
        // Wire copy's present progressive ("Russia is firing cruise missiles at Kyiv, with several loud explosions being heard
        // across the capital as air defenses go into action, AP journalists … reported early on February 3").
        ...['is firing', 'are firing', 'is launching', 'are launching'].flatMap((firing) => ['missiles', 'cruise missiles',
          'ballistic missiles', 'drones', 'attack drones', 'shahed drones'].map((weapon) => `${firing} ${weapon} at`)),
        'explosions being heard', 'blasts being heard', 'explosions are being heard', 'blasts are being heard',
        ...['air defence', 'air defense', 'air defences', 'air defenses'].flatMap((defence) => [`${defence} go into action`,
          `${defence} goes into action`]),
        'air defence is repelling', 'air defence is engaging', 'air defence engages', 'air defence at work',
        'air defence in action', 'air defense is active', 'air defense is working', 'air defense is operating',
        'air defences are working', 'air defences are active', 'is repelling', 'are repelling', 'repelling a',
        ...['repelling', 'working', 'engaging', 'firing', 'operating', 'intercepting'].flatMap((verb) =>
          ['is now', 'are now', 'is still', 'are still'].map((adverb) => `${adverb} ${verb}`)),
        'do not ignore the alert', 'don\'t ignore the alert', 'не ігноруйте тривог*', 'не ігноруйте сигнал*',
        'is shooting down', 'are shooting down', 'still shooting down', 'is still shooting', 'are still shooting', 'is intercepting', 'are intercepting',
        'mobile fire groups are working', 'mobile fire groups are at work', 'fire groups are at work',
        'fire groups are working', 'explosions are heard', 'explosions can be heard', 'ringing out',
        'explosions are being heard', 'explosions are now being heard', 'explosions are again being heard',
        'blasts are being heard', 'blasts are heard', 'blasts can be heard',
        ...['air defence', 'air defense', 'air defences', 'air defenses', 'air defence units', 'air defense units',
          'air defence forces', 'anti-aircraft guns', 'anti-aircraft defence'].flatMap((defence) =>
          ['is working', 'are working', 'is active', 'are active', 'is engaging', 'are engaging', 'is firing',
            'are firing', 'is operating', 'are operating', 'is currently working', 'are currently working',
            'is currently active', 'are currently active', 'is currently engaging', 'are currently engaging',
            'is currently operating', 'are currently operating'].map((verb) => `${defence} ${verb}`),
        ),
        'is being targeted', 'are being targeted', 'sirens are howling', 'sirens howl', 'sirens blare',
        'sirens are blaring', 'sirens wail', 'explosions rock', 'blasts rock', 'загроза для', 'загрозу для',
        'загроза залишається', 'зберігається загроза', 'фіксуємо рух',
        // "Бориспільський район: внаслідок атаки пошкоджено склад. Загроза в області зберігається."
        // (The bare 'загроза зберігається' stands further down this list.)
        ...['області', 'регіоні', 'місті', 'столиці', 'києві', 'київщині', 'районі'].flatMap((where) => [`загроза в ${where} зберігається`, `загроза у ${where} зберігається`, `загроза на ${where} зберігається`]), 'рух шахед*', 'рух дрон*', 'рух бпла',
        'рух ракет*',
        'триває обстріл*', 'триває атак*', 'триває масован*', 'атака триває', 'обстріл триває', 'відбиває атак*',
        'відбивають атак*', 'працює ппо', 'ппо працює', 'працюють ппо', 'працює протиповітрян*', 'працюють сили ппо',
        'працюють сили протиповітрян*', 'працюють мобільні вогневі групи', 'ппо досі працює', 'ппо ще працює',
        'ппо продовжує працювати', 'air defence is still working', 'air defense is still working', 'вибух ще один',
        'alert is still in effect', 'alert still in effect', 'ще б\'є ппо',
        'ппо б\'є', 'ппо по ньому працює', 'ппо по них працює', 'по ньому працює ппо', 'по них працює ппо',
        'ad still firing', 'ad is firing', 'працюють мобільні групи ппо', 'мобільні групи ппо працюють',
        'тривогу не знято', 'тривога не знята', 'тривогу ще не знято',
        'alert has not been lifted', 'alert not lifted', 'всі в коридор', 'усі в коридор', 'до підльоту менше',
        'до підльоту лишилося', 'до підльоту залишилося', 'до підльоту лічені',
        'заходьте в метро', 'спускайтеся в метро', 'спустіться в метро',
        // Regional officials' words: orders to basements and to stay in ("Хто ще в місті — до підвалів", "людям — не виходити
        // з приміщень"), firefighters waiting for the attack to end, strikes under way on a town, shells bursting by homes,
        // glide bombs dropped on a town.
        'до підвалів', 'в підвали', 'у підвали', 'спускайтеся в підвали', 'спускайтеся в підвал', 'go down to basements',
        'go down to the basements', 'not to leave the premises', 'не виходити з приміщень', 'не виходьте з приміщень',
        'залишатися в приміщеннях', 'чекають завершення атаки', 'чекають на завершення атаки', 'waiting for the attack to end',
        'strikes are under way on', 'strikes are underway on', 'снаряди рвуться біля житлов*', 'снаряди рвуться в місті',
        'dropping glide bombs on', 'dropping guided bombs on', 'скидають каби на', 'скидає каби на',
        'head to the metro', 'go down to the metro', 'get down to the metro',
        ...['ракети', 'дрони', 'шахеди', 'крилаті', 'балістика', 'бпла'].map((weapon) => `${weapon} вже над`), 'швидкісна ціль', 'швидкісні цілі', 'відбій був передчасним', 'мобільні вогневі групи працюють',
        'працюють вогневі групи', 'ппо збиває', 'збиває цілі', 'збивають цілі', 'чути вибух*', 'чути роботу ппо',
        'лунають вибухи', 'вибухи лунають', 'лунає вибух', 'гучно у', 'гучно в', 'гучно на',
        // A threat announced: a ballistic threat, launches detected, bombers in the air.
        'ballistic threat', 'missile threat', 'drone threat', 'threat of ballistic', 'threat of aeroballistic', 'aeroballistic threat', 'missile danger', 'threat remains',
        'у києві гучно', 'в києві гучно', 'у столиці гучно', 'в столиці гучно', 'rocket threat', 'danger of ballistic',
        'loud in kyiv', 'loud in the capital', 'loud over kyiv', 'loud over the capital',
        'more are approaching', 'more are in the air', 'others are in the air', 'still in the air', 'ще летять',
        'ще в повітрі', 'решта летить', 'ще кілька над', 'ще декілька над', 'ще один над', 'ще одна над', 'ще два над',
        'ще дві над', 'ще три над', 'ще кілька дронів', 'ще кілька ракет', 'several more over', 'more are over', 'air raid warning', 'air-raid warning', 'missile alert', 'drone alert',
        'ballistic alert',
        'threat persists', 'launch detected', 'launches detected', 'have taken off', 'has taken off',
        'загроз* балістик*', 'загроз* застосуван*', 'загроз* ударн*', 'загроз* удар*', 'загроз* ракет*',
        'загроз* атак*',
        'загроз* бпла', 'загроз* шахед*', 'загроз* дрон*', 'загроз* безпілотн*', 'загроз* обстріл*',
        'загроз* авіабомб*',
        'загроз* каб*', 'загроз* кинджал*', 'злетіли міг-31*', 'злетів міг-31*', 'загроза зберігається', 'загроза триває', 'ракетн* небезпек*', 'небезпек* балістик*',
        'небезпек* ракет*', 'небезпек* бпла', 'небезпек* дрон*', 'авіаційн* небезпек*', 'можлив* пуск*',
        'зафіксовано пуск*', 'зафіксовані пуски', 'курсом на',
        // A repeated alert named as the day's ("Second alert of the morning: the Kyiv metro says its stations are open as
        // shelters"); not one told as ended (ACTIVE_THREAT_NEGATIVE).
        ...SECOND_ALERTS,
        // Still coming ("нові ракети продовжують наближатися до міста").
        'продовжують наближатися', 'продовжує наближатися', 'continue to approach', 'continues to approach', 'keep approaching',
        // Drones approaching as wire copy says it ("airports have halted flights as drones approach the Russian capital").
        'as drones approach', 'as missiles approach', 'as drones approached', 'drones approach the',
        // An attack said to go on, tersely ("Sumy: drone attack ongoing, no damage so far").
        ...['attack', 'attacks', 'drone attack', 'missile attack', 'shelling', 'bombardment'].flatMap((attack) => [`${attack} ongoing`,
          `${attack} still ongoing`, `${attack} still under way`, `${attack} still underway`]),
        // A MiG-31K in the air and the alert map all red, as residents post it ("MiG-31K up, whole map red. Staying down
        // here till it's over").
        'mig-31k up', 'mig-31k is up', 'mig-31k in the air', 'mig-31k airborne', 'mig is up', 'міг-31к в повітрі',
        'міг у повітрі', 'міг в повітрі', 'whole map red', 'whole map is red', 'the whole map is red', 'вся карта червона',
        'уся карта червона', 'вся мапа червона', 'уся мапа червона', 'mig up', 'mig-31 up', 'whole country red', 'whole country is red',
        'red on the map again',
        // Weapons flying now ("…oblasts, where attack drones are currently flying").
        ...['drones', 'attack drones', 'shaheds', 'uavs', 'missiles'].flatMap((weapon) => [`${weapon} are flying`, `${weapon} are currently flying`, `${weapon} are now flying`]),
      ],
      negative: ACTIVE_THREAT_NEGATIVE,
      // An explanation holds back its own sentence only ("Загроза балістики для Києва! Пояснюємо, де найближче
      // укриття" stays extreme), and so do power-cut schedules ("Графіки відключень на завтра: … Водночас у місті
      // зараз повітряна тривога"); a standing rule its own clause ("Під час кожної тривоги йдіть в укриття").
      unless: [...TIME_GONE_BY, ...NOT_WAR_BUT_SCHEDULES, ...DRILLS, ...RETROSPECTIVE, ...ALL_CLEAR, ...EXPLAINED_AFTERWARDS, ...POLL_OF_HABITS],
      unlessInSentence: [...THREAT_HELD_IN_SENTENCE, ...RECAP_OPENERS],
      // Shelter guidance for some later day ("Перевірте маршрут до укриття заздалегідь"), in its own clause.
      // What happens again and again ("the MiG-31K take-offs that regularly send all of Ukraine to shelters"), too.
      // And an explainer's or a question's own clause ("Experts explain the growing ballistic threat to the capital", "Why has
      // the ballistic threat to Kyiv grown?"), not the live sentence after it ("Експерти пояснюють, чому це важливо. Шахеди
      // летять на Київ").
      unlessInClause: [...PEACETIME_IN_CLAUSE, ...THREAT_AS_A_TREND, ...WHY_THE_ROUTE, ...ALL_TARGETS_DOWNED, ...DECLARED_BEFORE, 'заздалегідь', 'in advance', 'ahead of time', 'beforehand',
        'regularly', 'routinely', 'регулярно', ...AFTER_THE_HOURS_ALERT,
        // Night after night ("attacks that had sent residents to shelters almost every night since early July").
        'every night', 'night after night', 'most nights', 'each night', 'ніч у ніч'],
    },
    {
      // An all-clear denied for a place ("Відбій у Києві не оголошували"): the alert there goes on. A rule of its own,
      // as the other threat rules' negatives hold these words (so that they hold back no threat).
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: ALL_CLEAR_DENIED_IN_PLACE,
      unless: [...NOT_WAR_BUT_SCHEDULES, ...DRILLS, ...RETROSPECTIVE, 'yesterday', 'вчора', 'учора', 'last night', 'минулої ночі'],
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
    },
    {
      // A terse post whose every word is a place, a weapon or a word of direction or time, as monitoring channels write
      // a threat ("Бровари — шахеди.", "Вишгород: БпЛА.", "Одеса — дрони з моря", "Херсонщина: артобстріл"): live when
      // no other rule decides. Not "Kyiv receives Patriot missiles", "Київ: за ніч 14 шахедів", "Kharkiv Rockets beat
      // Lviv": a word of another kind.
      name: 'active threat',
      severity: 'extreme',
      default: true,
      topics: ['kyiv-air-raids', 'general'],
      maxWords: 7,
      terms: TERSE_THREATS,
      with: [...KYIV_PLACES, ...KYIV_SHARED_PLACES, ...OTHER_PLACES],
      fillers: TERSE_FILLERS,
      negative: [...ACTIVE_THREAT_NEGATIVE, 'not over', 'не знято', 'не скасовано'],
      unless: [...ACTIVE_THREAT_UNLESS, ...DOWNED, ...AFTERMATH, ...FORECAST, 'знято', 'скасовано', 'lifted', 'ended'],
    },
    {
      // A monitoring channel's group of targets on its course over Kyiv's districts ("Група над Троєщиною рухається на
      // Оболонь", "Group of 4 entering from the north over Troieshchyna, heading for Obolon"): live. Only on Kyiv's topic,
      // which the same words with a Kyiv place give (not "a group of tourists heading for the Carpathians").
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids'],
      terms: GROUPS_OF_TARGETS,
      with: GROUP_COURSE,
      negative: ACTIVE_THREAT_NEGATIVE,
      unless: ACTIVE_THREAT_UNLESS,
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
    },
    {
      // A service shut until the all-clear: the alert is on as it is said ("Станції метро знову працюють як укриття …,
      // наземні ділянки закриті до відбою", "Tram lines are suspended until the all-clear"). Not a standing rule ("Під час
      // тривоги наземні ділянки закриті до відбою").
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: [
        ...['закриті', 'закрито', 'зачинені', 'зачинено', 'зупинено', 'призупинено', 'припинено', 'не курсують', 'не курсуватимуть',
          'не працюють', 'на перон', 'з вагонів', 'з вагона'].flatMap((shut) => [`${shut} до відбою`, `${shut} до відбою тривоги`]),
        // Passengers kept aboard ("Просимо пасажирів залишатися у вагонах і не виходити на перон до відбою").
        'залишатися у вагонах', 'залишатися в вагонах', 'залишайтеся у вагонах', 'залишайтеся в вагонах', 'stay on board until',
        ...['closed', 'suspended', 'halted', 'shut'].flatMap((shut) => [`${shut} until the all-clear`, `${shut} until the all clear`]),
      ],
      // Not the negatives that hold these words themselves (the rule's terms and its standing rules' words).
      negative: ACTIVE_THREAT_NEGATIVE.filter((term) => !['до відбою', 'до відбою тривоги', 'until the all clear', 'until the all-clear',
        'під час тривоги', 'під час повітряної тривоги'].includes(term)),
      // An all-clear said of its own, or the service back ("Lines closed until the all-clear have reopened"); not the
      // all-clear the terms name.
      unless: [...NOT_WAR_BUT_SCHEDULES, ...DRILLS, ...RETROSPECTIVE, ...ALL_CLEAR.filter((term) => term !== 'all clear' && term !== 'all-clear'),
        ...EXPLAINED_AFTERWARDS, ...HABITUAL, 'reopen*', 'resum*', 'відновил*', 'відновлено', 'відновлюють', 'відкрил*', 'відкрито'],
      unlessInSentence: [...THREAT_HELD_IN_SENTENCE, ...DURING_AN_ALERT],
    },
    {
      // Stations opened as shelters as it is said, an alert that has interrupted a session ("All stations are now open as
      // shelters for as long as the alert lasts", "Усі станції відкрито як укриття", "the alert has interrupted the
      // morning session; participants are in the shelters now"). Not a standing rule ("під час тривоги станції відкриті як
      // укриття") nor hours ("open as shelters around the clock").
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: [
        'now open as shelters', 'are open as shelters now', 'for as long as the alert lasts', 'відкрито як укриття',
        'відкрито для укриття', 'відкриті для укриття', 'негайно спускайтеся', 'негайно спускайтесь',
        'the alert has interrupted', 'an alert has interrupted', 'alert has interrupted the',
        'the audience is in the', 'are in the shelters now', 'are in shelters now', 'are now in the shelter', 'are now in shelters',
        'are now in a shelter', 'is now in a shelter', 'are in a shelter now', 'are now in the * shelter', 'is now in the * shelter',
        'has been interrupted by an air-raid alert', 'has been interrupted by an alert', 'was interrupted by an air-raid alert just', 'still hearing explosions', 'still hear explosions',
        'досі чути вибухи', 'ще чути вибухи', 'досі лунають вибухи',
        // Air defence heard over a place now, in English shorthand ("Heavy AD fire over Obolon now"); not an advert ("Loud ad now
        // playing on every Kyiv metro screen", "Heavy ad fire now: every channel shows the same ads").
        ...['heavy', 'loud', 'massive'].flatMap((how) => [
          `${how} ad fire over * now`, `${how} ad fire over * * now`, `${how} ad fire over * right now`]),
        // Patients moved down as it is written; wire copy's attack that went on as it wrote ("as explosions continued to
        // boom across the city and air defence was still firing before dawn").
        'зараз переводимо', 'прямо зараз переводимо', 'are now moving patients', 'continued to boom', 'continued to echo',
        'continued to rock', 'air defence was still firing', 'air defense was still firing', 'air defences were still firing',
        // Wire copy's impact with the attack still on beside it ("…, the mayor said, as air defence continued to repel the
        // attack", "Air defence was still operating over the capital, he added", "warning residents that the threat had not
        // passed").
        // A second wave already over the city ("це ще не кінець — друга хвиля дронів уже над містом").
        'уже над містом', 'вже над містом', 'уже над столицею', 'вже над столицею', 'уже над києвом', 'вже над києвом',
        'were still rocking', 'was still rocking', 'were echoing across', 'were echoing over', 'was echoing across',
        // "… as Russia's combined missile and drone attack continued" (an attack told to go on as the copy was written).
        ...['as * attack continued', 'as * * attack continued', 'as * * * attack continued', 'as * * * * attack continued',
          'as * * * * * attack continued'],
        'as air defenses fired', 'as air defences fired', 'as air defence fired',
        'were still repelling', 'was still repelling', 'still repelling the', 'stretched into its second hour',
        'stretched into its third hour', 'into its second hour', 'into its third hour', 'missiles were approaching',
        'drones were approaching', 'were approaching the city', 'were approaching the capital', 'were approaching kyiv',
        ...['air defence', 'air defense', 'air defences', 'air defenses'].flatMap((defence) => [`${defence} was still working`,
          `${defence} were still working`]),
        'continued to repel', 'continues to repel', 'were still engaging', 'was still engaging', 'still engaging targets', 'was still operating', 'were still operating', 'is still operating',
        'threat had not passed', 'threat has not passed', 'threat hasn\'t passed', 'загроза не минула', 'загроза ще не минула',
        // Residents where they sit it out as they write ("siren went off a second later. in the corridor now").
        'in the corridor now', 'in the hallway now', 'in the bathroom now', 'in the bathroom again', 'we\'re in the bathroom',
        'we are in the bathroom', 'we\'re in the corridor', 'we are in the corridor',
        // People somewhere now in shelter, as an institution writes it ("Учасники НМТ … зараз перебувають в укриттях через
        // повітряну тривогу").
        ...['перебувають', 'перебуває', 'знаходяться', 'знаходиться'].flatMap((are) => [`зараз ${are} в укриттях`, `зараз ${are} в укритті`,
          `зараз ${are} у укриттях`, `зараз ${are} у укритті`]),
        ...['corridor', 'hallway', 'stairwell', 'bathroom'].flatMap((where) => [`in the ${where} right now`, `stay in the ${where}`]), 'in the stairwell now',
        // "Просимо не виходити на наземні станції та залишатися під землею".
        'залишатися під землею', 'залишайтеся під землею', 'залишайтесь під землею', 'remain underground',
        'відійти від вікон', 'відійдіть від вікон', 'are moving to a shelter', 'are moving to the shelter', 'being walked down to',
        'has taken shelter', 'have taken shelter', 'explosions are continuing', 'explosions continue', 'вибухи тривають',
        'вибухи продовжуються',
        // Residents as they write it ("Everyone in my building is in the stairwell", "хто ще не в коридорі — бігом", "AD is
        // working over Obolon", "did everyone hear that??", "buzzing like a lawnmower over Pozniaky right now").
        'is in the stairwell', 'are in the stairwell', 'хто ще не в коридорі', 'ad is working', 'ad working over',
        // Something unnamed in the air now ("чуєте свист над Дніпром? … щось летить низько над Труханом").
        'щось летить низько', 'щось пролетіло низько',
        // "Тряхнуло так, що шибки задзеленчали, Позняки. О, ще один бахнув!"
        'ще один бахнув', 'ще одна бахнула', 'знову бахнуло', 'знову бахає', 'ще бахнуло',
        'did everyone hear that', 'anyone else hearing that', 'anyone else hear that', 'хтось ще чує', 'хтось теж чує',
        'like a lawnmower over', 'like a moped low', 'moped low over', 'go to the corridor', 'doing that now',
        // Wire and live-blog copy as it happens ("journalists are being led to the shelter in the ministry basement",
        // "Sirens wailing across Kyiv as Russia launches…", "our correspondent hears repeated explosions", "the audience is
        // now in the theatre's basement … while the alert goes on over Kyiv", "the alert covers every region, including
        // Kyiv").
        ...['being led', 'being taken', 'being moved', 'being ushered', 'being evacuated'].flatMap((led) => [`are ${led} to the shelter`,
          `are ${led} to a shelter`, `are ${led} to shelters`, `is ${led} to the shelter`, `are ${led} into the shelter`]),
        'sirens wailing across', 'sirens are wailing', 'sirens wail across', 'sirens wailing over', 'hears repeated explosions',
        'hears explosions', 'hears blasts', 'can hear explosions', 'are hearing explosions',
        'while the alert goes on', 'as the alert goes on', 'alert covers every region', 'alert covers all regions',
        'alert covers the whole country', 'alert covers the entire country', 'is now in the basement', 'are now in the basement',
        'is now in the shelter', 'are now in the shelter', 'is now in the theatre\'s basement', 'are now in the theatre\'s basement',
        // A correspondent's senses as it happens ("she can hear the buzz of drone engines low over Podil, followed by bursts of
        // heavy machine-gun fire", "At least five loud explosions just rocked central Kyiv", "The hotel just shook… Car alarms
        // are going off", "even down here the booms from outside are audible").
        'can hear the buzz', 'hear the buzz of', 'buzz of drone engines', 'bursts of heavy machine-gun fire', 'bursts of machine-gun fire',
        'explosions just rocked', 'blasts just rocked', 'explosion just rocked', 'blast just rocked', 'car alarms are going off',
        'the hotel just shook', 'the building just shook', 'the windows just shook', 'booms from outside are audible',
        'explosions are audible', 'booms are audible', 'blasts are audible',
      ],
      // Not the negatives that hold these words themselves ("як укриття", "as shelters": stations that serve as shelters).
      negative: ACTIVE_THREAT_NEGATIVE.filter((term) => !['як укриття', 'as shelters', 'shelters for', 'as shelter'].includes(term)),
      unless: [...NOT_WAR_BUT_SCHEDULES, ...DRILLS, ...RETROSPECTIVE, ...ALL_CLEAR, ...EXPLAINED_AFTERWARDS, ...HABITUAL],
      unlessInSentence: [...THREAT_HELD_IN_SENTENCE, ...DURING_AN_ALERT],
    },
    {
      // A train or a service held because of the threat as it is written ("Поїзд … зупинено перед в'їздом до столиці через
      // загрозу ударних БпЛА"); not a night told afterwards ("Учора ввечері Чернігів кілька годин перебував під тривогою через
      // загрозу балістики"). Its negatives leave out "загрозу", which they hold for the threat said as a forecast.
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: ['ударних', 'балістики', 'балістичних', 'ракетного удару', 'ракет', 'бпла', 'шахедів', 'дронів'].map((threat) => `через загрозу ${threat}`),
      negative: ACTIVE_THREAT_NEGATIVE.filter((term) => term !== 'загрозу'),
      unless: [...ACTIVE_THREAT_UNLESS, ...PAST_ALERT],
      unlessInSentence: [...THREAT_HELD_IN_SENTENCE, ...DURING_AN_ALERT],
      unlessInClause: THREAT_ENDED_OR_COUNTED,
    },
    {
      // Wire copy timed to the hour: an alert that "remained in effect for the capital … as of 9:40 p.m." is on as it
      // writes (not "the alert remained in effect for four hours": no hour it is still on at).
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: ['remained', 'was still'].flatMap((was) => ['in effect', 'in place', 'in force'].map((on) => `alert ${was} ${on}`)),
      with: ['as of'],
      negative: ACTIVE_THREAT_NEGATIVE,
      unless: [...NOT_WAR_BUT_SCHEDULES, ...DRILLS, ...RETROSPECTIVE, ...ALL_CLEAR],
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
    },
    {
      // "Stay inside" beside an air or artillery threat ("Херсонщина: артобстріл, не виходьте на вулицю"); not smog or
      // a thriller's title.
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: ['не виходьте на вулицю', 'не виходьте на вулиці', 'не виходьте з дому', 'get below ground', 'go below ground',
        'stay below ground', 'stay sheltered', 'remain sheltered', 'не виходьте з під\'їзд*', 'do not go outside',
        'don\'t go outside'],
      with: [...WEAPONS, 'тривог*', 'укритт*', 'артобстріл*', 'обстріл*', 'shelling', 'air raid*', 'air-raid*', 'alert',
        'explosion*', 'blasts', 'вибух*', 'ппо', 'air defence', 'air defense', 'ad working'],
      negative: ACTIVE_THREAT_NEGATIVE,
      unless: [...NOT_WAR_BUT_SCHEDULES, ...DRILLS, ...RETROSPECTIVE, ...ALL_CLEAR],
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
    },
    {
      // An alert declared again (after an all-clear, so no all-clear holds it back: "Nationwide all-clear at 06:10, but
      // minutes later Kyiv went back under alert", "Відбій протримався лише 15 хвилин: у Києві знову оголошено
      // повітряну тривогу"); only a look-back, a drill, a story or a night counted afterwards does.
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: ALERT_DECLARED_AGAIN,
      negative: ACTIVE_THREAT_NEGATIVE,
      unless: [...NOT_WAR_BUT_SCHEDULES, ...DRILLS, ...RETROSPECTIVE, 'yesterday', 'вчора', 'учора', 'last night', 'минулої ночі', 'times',
        'разів', 'рази'],
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
    },
    {
      // An alert that goes on beside an all-clear for another area, said in a sentence of its own ("Для Київщини —
      // відбій тривоги. У Києві тривога триває, не залишайте укриття!", "All clear in the oblast. In Kyiv the alert
      // continues", "У Львові відбій, а в Києві тривога триває"): live. An all-clear said after it holds it back (an
      // update's "Тривога триває. UPD: відбій"), and so does one before it in its sentence with no contrast between.
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: ALERT_GOES_ON,
      // Said of Kyiv (another city's alert going on is not Kyiv's, and Kyiv's all-clear beside it is no alert here).
      with: [...KYIV_PLACES, ...KYIV_SHARED_PLACES],
      negative: [
        // Not the lifted alert's words: "У Києві ще не зняли тривогу" is this rule's.
        ...ACTIVE_THREAT_NEGATIVE.filter((term) => !ALERT_LIFTED_BY.includes(term)), 'до відбою', 'до офіційного відбою',
        'until the all clear', 'until the all-clear',
        // A rule for as long as an alert lasts, a figure, a feeling: "поки тривога триває, не залишайте укриття",
        // "у середньому тривога триває дві години", "тривога триває в серці".
        ...['поки', 'доки', 'коли', 'зазвичай', 'в середньому', 'у середньому'].flatMap((when) => [`${when} тривога триває`, `${when} триває тривога`]),
        'while the alert continues', 'as long as the alert', 'usually the alert continues', 'в серці',
      ],
      unless: [...NOT_WAR_BUT_SCHEDULES, ...DRILLS, ...RETROSPECTIVE],
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      unlessInClause: THREAT_ENDED_OR_COUNTED,
      unlessUntilSaidAfter: [...ALL_CLEAR, ...ALL_CLEAR_IN_OTHER_WORDS],
    },
    {
      // Shelling of a city told in the present ("The Russians are shelling Kherson right now", "Kherson: the Russians are
      // shelling the city again at this moment"): an attack on the city now, not shelling of positions at the front.
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      // The city right after the verb: not "shelling the mayor of Odesa with questions", nor positions near a town.
      terms: ['are shelling', 'is shelling'].flatMap((verb) =>
        [...OTHER_PLACES, ...KYIV_PLACES, 'the city', 'the town', 'the village', 'residential areas', 'residential districts',
          'the centre of', 'the center of', 'the city centre', 'the city center'].map((target) => `${verb} ${target}`)),
      negative: ACTIVE_THREAT_NEGATIVE,
      // Fiction, and shelling in words only ("Fans are shelling Kharkiv's goalkeeper with chants").
      unless: [...ACTIVE_THREAT_UNLESS, ...FICTION, 'роман*', 'goalkeeper', 'fans', 'with questions', 'with chants', 'with criticism', 'with complaints', 'with letters',
        'with emails', 'with lawsuits', 'with memes'],
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      unlessInClause: THREAT_ENDED_OR_COUNTED,
    },
    {
      // Channels' words of the air war now over a place (MONITORING_NOW), and an order to keep indoors and away from the
      // windows: not an explainer ("Час підльоту «Кинджала» — п'ять хвилин, пояснює експерт"), a flight's time, drills,
      // a helicopter, the weather, or the night before.
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: [...MONITORING_NOW, ...INDOORS_AWAY_FROM_WINDOWS],
      negative: ACTIVE_THREAT_NEGATIVE,
      unless: [...ACTIVE_THREAT_UNLESS, ...DOWNED, ...WEATHER_WORDS, ...EXPLAINED_AFTERWARDS, 'пояснює', 'пояснюють', 'пояснення',
        'пояснив', 'пояснила', 'експерт*', 'чому', 'становить', 'становитиме', 'скоротився', 'скоротилося', 'якщо',
        'вертоліт*', 'гелікоптер*', 'літак*', 'навчан*', 'last night', 'yesterday', 'вчора', 'учора', 'минулої ночі',
        'were told', 'was told', 'had been told'],
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      unlessInClause: THREAT_ENDED_OR_COUNTED,
    },
    {
      // An attack on another city said to go on ("Ізмаїл: атака шахедів на порт триває, в порту пожежа", "The attack
      // on Odesa is still going on"); Kyiv's own ("атака на Київ триває") are the first active-threat rule's.
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: ATTACK_ON_A_CITY_GOES_ON,
      negative: ACTIVE_THREAT_NEGATIVE,
      unless: [...ACTIVE_THREAT_UNLESS, ...AFTERMATH, ...FICTION],
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      unlessInClause: THREAT_ENDED_OR_COUNTED,
    },
    {
      // A live threat for a Kyiv place told after an all-clear for another, in a later sentence or past a contrast
      // ("Відбій тривоги в Києві, але на Київщині залишайтеся в укриттях", "Відбій у Києві. Обухівщино, не поспішайте
      // виходити: над районом ще працює ППО", "All clear for the capital; Boryspil district is still under missile
      // threat"): the all-clear holds every other live rule back across the update. One said after the threat still
      // holds it ("Бровари, будьте в укриттях. UPD: відбій").
      ...threatAfterAllClear(['kyiv-air-raids', 'general'], [...KYIV_PLACES, ...KYIV_SHARED_PLACES]),
    },
    {
      // The same of other cities, in an update of theirs alone ("Kharkiv: all clear. Odesa, however, is still under
      // drone attack", "У Запоріжжі відбій, але в Нікополі досі лунають вибухи"). A Kyiv all-clear beside another
      // city's threat stays below extreme: its subscribers would hear of an alert that is not theirs.
      ...threatAfterAllClear(['general'], OTHER_PLACES),
    },
    {
      // Air defence at work as English monitoring shorthand writes it, beside a word of the air war or of now ("AD
      // busy over Obolon right now", "AD active in Kyiv, stay inside", "AD firing over Vyshhorod, more drones inbound"):
      // not an art director, an advert, Architectural Digest or Alzheimer's disease ("AD is active in the brain"), nor a
      // week or a month summed up ("AD busy over the left bank on four nights, 63 drones downed").
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: AD_AT_WORK,
      with: AD_COMPANIONS,
      negative: ACTIVE_THREAT_NEGATIVE,
      unless: [...ACTIVE_THREAT_UNLESS, ...DOWNED, ...SUMMARY_PERIOD, 'review', 'nights', 'in october', 'in november',
        'in december', 'in september', 'monthly', 'weekly'],
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      unlessInClause: THREAT_ENDED_OR_COUNTED,
    },
    {
      // A warning of weapons on their way, in wire copy's past ("…, as Ukraine's air force warned of ballistic missiles
      // heading for the Kyiv region"): the warning is the alert, unless the update looks back ("Yesterday the air force
      // warned of drones heading for Kyiv; all were shot down"). Not held back by a weekday ("on Wednesday morning"),
      // which wire copy gives its own day.
      name: 'active threat',
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      unlessInClause: THREAT_ENDED_OR_COUNTED,
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: [...['warned of', 'warns of', 'warning of'].flatMap((warned) => ['ballistic missiles', 'missiles', 'cruise missiles', 'drones',
        'attack drones', 'shahed drones', 'a ballistic missile', 'a missile'].flatMap((weapon) => ['heading', 'approaching', 'flying'].map(
        (moving) => `${warned} ${weapon} ${moving}`))),
        // "… and the air force warned that ballistic missiles launched from Crimea were heading towards the capital".
        ...['warned that', 'warns that', 'warning that'].flatMap((warned) => ['ballistic missiles', 'missiles', 'cruise missiles',
          'drones', 'attack drones', 'shahed drones', 'a ballistic missile', 'a missile', 'a drone'].flatMap((weapon) =>
          ['were heading', 'was heading', 'were approaching', 'was approaching', 'were flying', 'was flying', 'are heading', 'is heading']
            .flatMap((moving) => [`${warned} ${weapon} ${moving}`, `${warned} ${weapon} launched from * ${moving}`,
              `${warned} ${weapon} launched from * * ${moving}`, `${warned} ${weapon} fired from * ${moving}`]))),
      ],
      negative: ACTIVE_THREAT_NEGATIVE,
      unless: [...NOT_WAR_BUT_SCHEDULES, ...DRILLS, ...RETROSPECTIVE, ...ALL_CLEAR, ...EXPLAINED_AFTERWARDS, ...DOWNED, ...FORECAST,
        'yesterday', 'вчора', 'учора', 'last night', 'минулої ночі', 'overnight'],
    },
    {
      // An alert sounded again soon after an all-clear, as wire copy tells it in its past ("Air-raid sirens wailed across Kyiv
      // again on Tuesday afternoon, less than two hours after the morning all-clear"): the all-clear is the time of the
      // new alert, which is on as the copy is written (clarification 16 asks words of now; the renewal is one). Not a
      // day looked back on ("Yesterday sirens sounded again an hour after the all-clear") nor a week summed up.
      name: 'active threat',
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      unlessInClause: THREAT_ENDED_OR_COUNTED,
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: ALERT_SOON_AFTER_ALL_CLEAR,
      with: ['siren*', 'alert', 'alerts', 'air raid alarm*', 'air-raid alarm*'],
      negative: [...ACTIVE_THREAT_NEGATIVE.filter((term) => !term.includes('all-clear') && !term.includes('all clear')), 'were killed',
        'was killed'],
      unless: [...ACTIVE_THREAT_UNLESS.filter((term) => !ALL_CLEAR.includes(term) && !PAST_ALERT.includes(term)), ...SUMMARY_PERIOD,
        ...DOWNED, ...AFTERMATH, 'yesterday', 'вчора', 'учора', 'last night', 'минулої ночі'],
    },
    {
      // Residents' words of an attack still going on, beside a blast, a weapon or air defence in the same sentence ("лівий
      // берег — бахнуло двічі, трусонуло аж шафа поїхала, ще свистить", "над Десною збили, уламки на Милославській, ще одна
      // гуде з півночі"). Alone they are a kettle, the wind, a referee, a plane ("Ще свистить чайник", "Щось летить над
      // Троєщиною… лелека!"); nor a night looked back on, a noise explained, a joke.
      name: 'active threat',
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: RESIDENTS_STILL_AT_IT,
      with: [
        'бахнуло', 'бахкає', 'бахає', 'гупнуло', 'гупає', 'гахнуло', 'гахкає', 'вибух*', 'шахед*', 'мопеди', 'мопедів', 'ракет*', 'дрон*', 'бпла',
        'ппо', 'балістик*', 'крилат*', 'уламк*', 'збил*', 'збивають', 'тривог*', 'укритт*', 'сирен*', 'стріляють', 'стрілянин*',
        'кулемет*', 'звук як мотоцикл', 'як мотоцикл', 'як мопед',
      ],
      negative: ACTIVE_THREAT_NEGATIVE,
      unless: [...ACTIVE_THREAT_UNLESS, ...NOT_NOW_FOR_RESIDENTS],
    },
    {
      // Explosions heard moments ago are live however their verb is told ("Explosions rang out in Kyiv minutes ago",
      // "Вибухи щойно лунали на Дарниці"): the past of a volley (EXPLOSIONS_TOLD_AS_FINISHED) holds back only the cue
      // of the explosions themselves. "Щойно" that means "as soon as" ("щойно почуєте вибухи — в укриття") is a
      // condition's, which sets this rule aside.
      name: 'active threat',
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      // In chat English too: "Huge bang in Kyiv just now", "Lviv: alert just went off, booms near the airport", "heard AD
      // on the north side just now".
      terms: ['minutes ago', 'moments ago', 'a minute ago', 'just now', 'хвилину тому', 'хвилин тому', 'щойно', 'just went off',
        'just sounded', 'rn'],
      with: ['explosion*', 'blast*', 'вибух*', 'bang', 'bangs', 'boom', 'booms', 'alert', 'alerts', 'siren', 'sirens', 'ad',
        'air defence', 'air defense', 'machine guns'],
      negative: ACTIVE_THREAT_NEGATIVE,
      // Not the volley's own past verbs (they are told before "minutes ago"), which hold back other live cues; not an
      // alert of another kind ("my price alert just went off").
      unless: [...ACTIVE_THREAT_UNLESS.filter((term) => !VOLLEY_VERBS.has(term)), 'price alert*', 'app alert*', 'storm alert*',
        'weather alert*', 'fire alarm*', 'car alarm*', 'phone alarm*', 'alarm clock*'],
    },
    {
      // Verbs of motion and attack in the present ("are heading", "летять", "атакують") are a live threat beside a
      // weapon in the same sentence, in any city ("drones are heading for Kharkiv"); "heading to the final" is not.
      name: 'active threat',
      unlessInSentence: [...THREAT_HELD_IN_SENTENCE, ...RECAP_OPENERS],
      unlessInClause: THREAT_ENDED_OR_COUNTED,
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: [
        'inbound', 'incoming', 'are heading', 'is heading', 'are approaching', 'is approaching', 'are flying',
        // A weapon targeting now ("Ballistic missiles are targeting Kyiv"; not "Russia is targeting Kyiv's power plants this
        // winter").
        ...['missiles', 'ballistic missiles', 'cruise missiles', 'drones', 'shaheds', 'attack drones'].map((weapon) => `${weapon} are targeting`),
        ...['missile', 'ballistic missile', 'cruise missile', 'drone', 'shahed'].map((weapon) => `${weapon} is targeting`),
        'is flying', 'are attacking', 'is attacking', 'are circling', 'is circling', 'are still circling', 'is still circling', 'are entering', 'is entering',
        // Wire copy's present ("as Shahed drones circle over the port").
        'circle over', 'circle above', 'circles over', 'circles above',
        'are launching', 'is launching', 'on their way', 'on its way', 'still coming', 'keep coming', 'are over kyiv', 'are over the city',
        'are over the capital', 'is over kyiv', 'is over the city', 'are now over', 'are currently over', 'pounds', 'is pounding', 'are pounding', 'hammers',
        'is hammering', 'are hammering', 'batters', 'is battering', 'are battering', 'pummels', 'is pummelling',
        'is pummeling', 'swarm',
        'swarming', 'coming in', 'are coming', 'is coming',
        'closing in', 'closes in', 'close in', 'are striking', 'is striking', 'обережно', 'летять', 'летить', 'рухаються', 'рухається', 'прямують', 'прямує',
        'наближаються', 'наближається', 'заходять',
        'заходить', 'атакують', 'атакує', 'кружляють', 'обстрілюють', 'обстрілює', 'б\'ють по', 'б\'є по', 'курсом',
        'курс', 'б\'ють', 'б\'є', 'запускає', 'запускають', 'на підльоті', 'підлітають', 'підлітає', 'збивають',
        'відпрацьовує', 'відпрацьовують', 'are being launched', 'is being launched', 'йде група', 'іде група', 'йдуть групи', 'гудуть над', 'шахеди гудуть',
        'дрони гудуть', 'гудуть шахеди', 'гудуть дрони',
        // Low and on a course, drifting, a new group: "два шахеди на малій висоті, йдуть на північ", "ракета на малій
        // висоті, рух на захід", "група «мопедів», тягнуться в бік Дарниці", "на столицю йде нова група дронів".
        'на малій висоті', 'at low altitude', 'flying low', 'летить низько', 'летять низько', 'тягнуться', 'тягнеться',
        ...['йдуть', 'йде', 'рух'].flatMap((verb) => ['на північ', 'на південь', 'на захід', 'на схід'].map((to) => `${verb} ${to}`)),
        'йде нова група', 'летить нова група', 'заходить нова група', 'нова хвиля', 'new wave',
        // Monitoring shorthand: low, on approach, turning, hunting, "по вас" ("Згурівка — по вас ціль, 5 хв").
        'на низькій висоті', 'низько', 'висота мала', 'low altitude', 'drone on approach', 'drones on approach',
        'розворот на', 'розвертається на', 'turning towards', 'дрон полює', 'дрони полюють', 'по вас',
        'more behind', 'до підльоту', 'до прильоту', 'до міста хвилин', 'ціль іде на', 'ціль йде на', 'шахед іде на',
        'шахед йде на', 'шахеди йдуть на',
        // A channel's count of what is still on its way: "все збито? — ні, ще 3 цілі на Київ із заходу".
        ...['ціль', 'цілі', 'шахед', 'шахеди', 'мопед', 'мопеди'].flatMap((weapon) => [`${weapon} на київ`, `${weapon} на столицю`]),
        // In the city now: "Харків, дрони в місті".
        ...['дрони', 'шахеди', 'бпла'].flatMap((weapon) => [`${weapon} в місті`, `${weapon} у місті`]),
        'drones are in the city',
        // An attack in its second hour, air defence gone into action as wire copy tells it ("Russian drones and missiles
        // pounded Kyiv for a second hour early on Sunday", "…, as air defence units went into action over the eastern districts").
        // (Said of the attack: not talks that "went on for a second hour".)
        ...['second', 'third', 'fourth', 'fifth'].flatMap((nth) => [`for a ${nth} hour`, `for the ${nth} hour`, `for a ${nth} straight hour`,
          `into a ${nth} hour`, `into its ${nth} hour`]).flatMap((hour) => [
          ...['pounded', 'hammered', 'attacked', 'struck', 'shelled', 'battered', 'pounding', 'hammering', 'attacking', 'striking',
            'shelling', 'battering'].flatMap((verb) => [`${verb} ${hour}`, `${verb} * ${hour}`, `${verb} the capital ${hour}`]),
          ...['attack', 'attacks', 'assault', 'barrage', 'strikes', 'shelling'].flatMap((attack) =>
            ['continued', 'went on', 'raged', 'stretched', 'dragged on', 'is continuing', 'continues'].map((went) => `${attack} ${went} ${hour}`))]),
        // (As wire copy's clause of now: not "Air defence went into action over Kyiv's left bank on Tuesday night, destroying all 12".)
        ...['air defence', 'air defense', 'air defences', 'air defenses', 'air defence units', 'air defense units'].flatMap((defence) =>
          [`as ${defence} went into action`, `as ${defence} were engaging`, `as ${defence} was engaging`]),
        // Heard as the copy is written ("Explosions were being heard in Kyiv early on Saturday as air defence units engaged").
        'explosions were being heard', 'blasts were being heard', 'explosions were still being heard', 'blasts were still being heard',
      ],
      with: WEAPONS,
      negative: ACTIVE_THREAT_NEGATIVE,
      // A year's or a month's count ("Від початку року на Харківщину ворог скинув понад 2000 керованих авіабомб").
      unless: [...TIME_GONE_BY, ...NOT_WAR_BUT_SCHEDULES, ...DRILLS, ...RETROSPECTIVE, ...HABITUAL, 'від початку року', 'з початку року',
        'since the start of the year', 'від початку місяця', 'з початку місяця', 'since the start of the month',
        // The morning after, in the same copy ("…as air defence engaged drones; by Sunday morning the city counted the damage").
        ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) => `by ${day} morning`), 'by morning',
        'by dawn'],
      // An all-clear holds the motion back, but not a weapon's motion told after a contrast: "All clear in Lviv, but
      // missiles are heading for Kyiv", "У Харкові відбій, а на Київ летять шахеди".
      unlessUntilContrast: ALL_CLEAR,
    },
    {
      // Participles and directions ("approaching", "курсом на", "ракети на Київ") beside a weapon: live unless the
      // update looks back to last night or counts a month's attacks.
      name: 'active threat',
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      unlessInClause: THREAT_ENDED_OR_COUNTED,
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: [
        'heading', 'approaching', 'flying toward*', 'flying to', 'flying in the direction', 'on course for',
        'en route to', 'moving toward*', 'moving', 'attacking', 'right now', 'прямо зараз', 'detected', 'spotted',
        'activity', 'активність', 'circling', 'in the air', 'entering', 'launched at', 'launched towards',
        'launched toward', 'fired towards', 'fired toward', 'in the sky', 'над містом', 'missile wave',
        ...['bryansk', 'kursk', 'belgorod', 'crimea', 'russia', 'the black sea', 'the caspian', 'tu-95*', 'tu-22*', 'mig-31*',
          'occupied'].map((source) => `launched from ${source}`),
        'second wave', 'another wave', 'new wave', 'нова хвиля', 'ще одна хвиля', 'друга хвиля',
        // A course in a channel's words: "Kh-101 over Zhytomyr region, course Kyiv", "final course looks like Kyiv".
        'course kyiv', 'course on kyiv', 'course to kyiv', 'final course',
        'в повітряному просторі', 'у повітряному просторі', 'in the airspace', 'в районі', 'в небі', 'у небі',
        'на київ', 'на столицю', 'на київщину', 'в повітрі', 'у повітрі',
        // Minutes away, as wire copy passes on the air force's warning: "expected to reach Kyiv within 15 minutes" (not
        // "долетять до Києва за 3 хвилини", which analysts say of a launch from Belarus).
        ...['expected to reach', 'expected to hit', 'will reach'].flatMap((reach) => ['kyiv', 'the capital'].flatMap((place) =>
          [`${reach} ${place} within * minutes`, `${reach} ${place} in * minutes`, `${reach} ${place} within minutes`])),
      ],
      with: WEAPONS,
      negative: [
        ...ACTIVE_THREAT_NEGATIVE, 'were heading', 'was heading', 'were launched', 'was launched', 'що летіли на',
        // A show's figures drawn in the sky ("600 дронів складуть у небі ялинку").
        'складуть у небі', 'складуть в небі', 'намалюють у небі', 'намалюють в небі', 'will draw in the sky', 'will form in the sky',
        // An attack's genitive ("тактика масованих атак на Київ", "після масованої атаки дронів на столицю"), as in the next rule.
        'атаки на', 'атак на', 'атаки * на', 'атак * на',
        // A wave as the time of what it did ("during the second wave, debris … damaged", "with the second wave, launched
        // after the all-clear, damaging a warehouse"), not a wave coming.
        ...['during the', 'in the', 'with the', 'during a', 'in a'].flatMap((when) => ['second wave', 'first wave', 'third wave'].map((wave) => `${when} ${wave}`)),
        'під час другої хвилі', 'під час першої хвилі', 'у другій хвилі', 'в другій хвилі',
        'які летіли на', 'що летів на', 'який летів на', 'що летіла на', 'яка летіла на',
      ],
      // "Air defence shot down 20 drones heading for Kyiv": the motion is the downed weapon's, not a live threat.
      unless: [
        ...ACTIVE_THREAT_UNLESS, ...DOWNED, ...AFTERMATH, ...FORECAST, 'затримал*', 'arrested', 'detained',
        'коригувальник*', 'наводив', 'наводила', 'наводили', 'spotter', 'spotters', 'this month', 'this week', 'since the start', 'цього місяця', 'за місяць',
        'за тиждень', 'з початку', 'від початку року', 'від початку місяця', 'від початку тижня', ...MONTH_OR_YEAR_SUMMED_UP, ...MONTH_RANKED,
        // An evening or a night named by its date ("Увечері 15 березня противник спрямував на Київ 14 ударних БпЛА").
        ...DATED_NIGHT,
      ],
    },
    {
      // Presence and direction now ("drones are currently over Bila Tserkva", "крилаті ракети у напрямку Києва",
      // "missiles have entered Kyiv region's airspace") beside a weapon: held back, like the participles, by last
      // night, a downed weapon, aftermath, a forecast or an arrest, but not by a week's figures in another sentence
      // ("…, — КМВА. Статистику атак за тиждень оприлюднимо згодом"): the safety invariant holds for them.
      name: 'active threat',
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      unlessInClause: THREAT_ENDED_OR_COUNTED,
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: [
        // Directions and presence over a place, now ("ballistics toward Kyiv", "дрони над Білою Церквою").
        'toward', 'towards', 'in the direction of', 'в напрямку', 'у напрямку', 'в бік', 'у бік', 'striking',
        'within minutes', 'impact is possible', 'impact possible', 'impact expected', 'impacts expected',
        ...['ballistic missiles', 'cruise missiles', 'missiles', 'drones', 'shaheds', 'ballistics'].map((weapon) => `launched ${weapon} at`),
        'have entered', 'has entered', 'entered the airspace', 'just crossed', 'crossed into', 'airborne', 'just hit', 'перетнули межу',
        'перетнула межу', 'увійшли в повітряний простір', 'увійшла в повітряний простір',
        'увійшов у повітряний простір', 'увійшли у повітряний простір', 'from the north', 'from the south', 'from the east',
        'from the west', 'from the north-east', 'from the north-west', 'from the south-east', 'from the south-west',
        'from the northeast', 'from the northwest', 'from the southeast', 'from the southwest',
        'з півночі', 'з півдня', 'зі сходу', 'з заходу', 'з північного сходу', 'з північного заходу', 'з південного сходу',
        'з південного заходу',
        // A weapon "на" a town ("Ракета на Бровари!"), as "на Київ".
        ...['бровари', 'бориспіль', 'ірпінь', 'бучу', 'вишгород', 'обухів', 'фастів', 'білу церкву', 'васильків',
          'гостомель', 'бородянку', 'переяслав', 'яготин', 'харків', 'одесу', 'дніпро', 'запоріжжя', 'львів', 'суми',
          'чернігів', 'полтаву', 'житомир', 'кривий ріг', 'миколаїв', 'херсон', 'вінницю', 'черкаси', 'кременчук',
          'сумщину', 'чернігівщину', 'житомирщину', 'харківщину', 'одещину', 'полтавщину'].map((place) => `на ${place}`),
        'pounding', 'hammering', 'battering', 'pummelling', 'pummeling', 'stay indoors', 'в межах міста', 'у межах міста', 'within the city', 'within city limits', 'recorded in', 'recorded over', 'фіксуємо', 'фіксуються', 'фіксується',
        'з криму', 'з брянщини', 'з курщини', 'з бєлгородщини', 'з чорного моря', 'з каспію', 'from crimea',
        'from the black sea', 'from the caspian',
        'in the coming minutes', 'within the next few minutes', 'in the next few minutes', 'найближчими хвилинами',
        'найближчі хвилини', 'за кілька хвилин',
        'enemy drones', 'enemy drone', 'enemy attack drones', 'enemy uavs', 'enemy uav', 'enemy missiles', 'enemy missile',
        'ворожі дрони', 'ворожий дрон', 'ворожі бпла', 'ворожий бпла', 'ворожі ударні', 'ворожі ракети', 'ворожа ракета',
        'ворожі шахеди', 'ворожий безпілотник', 'ворожі безпілотники', 'ворожого безпілотника', 'ворожих безпілотників',
        'ворожий шахед', 'flying low', 'flying over', 'летять низько', 'летить низько', 'are overhead', 'is overhead',
        // A weapon circling over or falling on a place ("ворожий FPV-дрон кружляє над центром", "Guided bombs are falling on
        // Kostiantynivka as we speak").
        'кружляє над', 'кружляють над', 'are falling on', 'is falling on',
        // "Hostomel — drone overhead", "a group of Shahed drones approach the city from the sea", "guided bombs hitting the
        // outskirts now": the weapon's own words (not "overhead costs of drone makers", "rents are hitting the city").
        ...['drone', 'drones', 'shahed', 'shaheds', 'missile', 'missiles', 'uav', 'uavs'].map((weapon) => `${weapon} overhead`),
        ...['drones', 'shaheds', 'missiles', 'uavs', 'shahed drones', 'attack drones'].flatMap((weapon) =>
          ['approach the city', 'approach the capital', 'approach kyiv'].map((city) => `${weapon} ${city}`)),
        ...['guided bombs', 'glide bombs', 'kabs', 'missiles', 'drones', 'shells', 'rockets', 'shaheds'].flatMap((weapon) =>
          [`${weapon} hitting the`, `${weapon} are hitting the`]),
        'триваючу атаку', 'триваючої атаки', 'триваюча атака',
        'at this moment', 'at the moment', 'currently over', 'currently above', 'currently in', 'now over', 'still over',
        'are over the', 'наразі', 'зараз',
        ...['drones', 'drone', 'uavs', 'uav', 'shaheds', 'shahed', 'missiles', 'missile', 'ballistics', 'target', 'targets']
          .flatMap((weapon) => [`${weapon} over`, `${weapon} above`, `${weapon} are over`, `${weapon} is over`]),
        ...['дрони', 'дрон', 'бпла', 'шахеди', 'шахед', 'ракети', 'ракета', 'балістика', 'каби', 'ціль', 'цілі']
          .flatMap((weapon) => [`${weapon} над`, `${weapon} у києві`, `${weapon} в києві`, `${weapon} у столиці`,
            `${weapon} в столиці`]),
        // Residents' "mopeds" over a place, in either order ("мопед над Оноківцями", "Над Оболонню мопеди 🛵"; not "Мопеди
        // в Києві подорожчали"), and drones with the place first ("над Троєщиною шахеди").
        'мопеди над', 'мопед над', ...['мопеди', 'мопед', 'шахеди', 'шахед', 'дрони'].map((weapon) => `над * ${weapon}`),
      ],
      with: WEAPONS,
      negative: [
        ...ACTIVE_THREAT_NEGATIVE, 'were heading', 'was heading', 'were launched', 'was launched',
        'over the weekend', 'over the past', 'over the last', 'over the night', 'over the course', 'above all',
        // An attack's genitive names the attack, not a weapon on its way ("унаслідок нічної ракетної атаки на Львів",
        // "тактика масованих атак на Київ"; not "Ракета на Бровари!").
        'атаки на', 'атак на',
        // Aircraft and troops called airborne ("Swedish airborne early-warning aircraft", "airborne brigade").
        'airborne early-warning', 'airborne early warning', 'airborne warning', 'airborne radar', 'airborne troops',
        'airborne assault', 'airborne brigade', 'airborne forces',
        'toward the end', 'towards the end', 'attitude* toward*', 'attitude* towards', 'policy toward*',
        // Tactics and focus turned toward a place ("Russia is shifting its drone tactics toward Kharkiv").
        'tactics toward', 'tactics towards', 'focus toward', 'focus towards', 'pivot toward', 'pivot towards',
        'shifting its', 'shifts its', 'shift its',
      ],
      unless: [
        ...ACTIVE_THREAT_UNLESS, ...DOWNED, ...AFTERMATH, ...FORECAST, 'затримал*', 'arrested', 'detained',
        'коригувальник*', 'наводив', 'наводила', 'наводили', 'spotter', 'spotters',
        // The weapon's deed told afterwards: "This morning enemy drones damaged a warehouse", "Ворожий безпілотник
        // влучив у багатоповерхівку", "уламки ворожого безпілотника".
        'this morning', 'сьогодні вранці', 'вранці', 'in the early hours', 'damaged', 'пошкодили', 'пошкодив',
        'влучив', 'влучила', 'влучили', 'уламки ворож*', 'уламків ворож*',
        'killing', 'fired from', 'were fired',
        // A year's or a month's count ("Від початку року на Харківщину ворог скинув понад 2000 керованих авіабомб").
        'від початку року', 'з початку року', 'since the start of the year', 'від початку місяця', 'з початку місяця',
        'since the start of the month',
        // A night named by its date ("У ніч на 9 березня всі ворожі дрони, що летіли на Київ, знищені на підльоті").
        ...DATED_NIGHT,
      ],
    },
    {
      // Words that name a threat without a tense (sirens, explosions, тривога): live unless the update looks back
      // to last night or yesterday.
      name: 'active threat',
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      unlessInClause: THREAT_ENDED_OR_COUNTED,
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: [
        'air raid alert', 'air-raid alert', 'air alert', 'nationwide alert', 'air raid siren*', 'sirens', 'explosions',
        // A bare "alert" named for the whole of Ukraine ("Alert across Ukraine, including Kyiv").
        ...WHOLE_OF_UKRAINE_EN.flatMap((scope) => [`alert ${scope}`, `alerts ${scope}`]),
        'air raid warning', 'air-raid warning', 'danger of missile*', 'danger of drone*', 'threat of missile*',
        'threat of drone*', 'threat of uav*', 'threat of shahed*', 'threat of strike uav*', 'threat of attack uav*',
        'threat of enemy uav*', 'threat of enemy drone*', 'threat of guided bomb*', 'threat of glide bomb*', 'tactical aviation active',
        // Not "shelter*" alone: a shelter is a place of news of its own (a map, an inspection, a repair); people
        // sheltering now, or an order to shelter (the first active-threat rule), are the alarm.
        'blasts', 'loud bangs', 'loud explosions', 'explosions heard', 'sound of explosions', 'sheltering',
        // People taken to shelter where a negative overlaps the noun ("moved their talks to a shelter during the alert").
        'into shelter*', 'into the shelter*', 'urged to shelter', 'told to shelter', 'asked to shelter',
        'ordered to shelter', 'to a shelter during', 'to the shelter during', 'to shelters during', 'to the shelters during',
        ...['moved', 'went', 'rushed', 'hurried', 'talks', 'meeting', 'session'].flatMap((what) => [`${what} to a shelter`,
          `${what} to the shelter`, `${what} to shelters`, `${what} into a shelter`]),
        'is being shelled', 'is being attacked', 'are being attacked',
        'under attack',
        ...['missile', 'drone', 'ballistic', 'ballistic missile', 'cruise missile', 'massive', 'combined', 'rocket', 'air',
          'guided-bomb', 'glide-bomb', 'guided bomb', 'glide bomb', 'artillery', 'mortar'].flatMap((kind) => [
          `under ${kind} attack`,
          `under a ${kind} attack`,
          `under ${kind} fire`,
        ]),
        ...['massive', 'large-scale', 'heavy', 'combined'].flatMap((size) =>
          ['combined', 'missile', 'drone', 'ballistic', 'missile and drone', 'drone and missile', 'guided-bomb',
            'glide-bomb', 'guided bomb', 'glide bomb', 'combined missile and drone', 'combined drone and missile'].flatMap((kind) =>
            [`under a ${size} ${kind} attack`, `under ${size} ${kind} attack`])),
        'firing at', 'fired missiles at', 'launched missiles at', 'air defences engaged', 'air defence engaged',
        'air defenses engaged', 'air defense engaged', 'air defence firing', 'in the sky over', 'launches',
        'tactical aviation activity', 'повітрян* тривог*', 'тривог*', 'вибухи', 'пролунал* вибух*', 'пролунав вибух',
        'серія вибухів', 'серію вибухів', 'звуки вибух*', 'під атакою', 'під обстрілом', 'під масованою атакою',
        'під комбінованою атакою', 'під ракетною атакою', 'під вогнем', 'під масованим артобстрілом', 'укриттях',
        'в укриттях', 'в укритті',
        'у укриттях', 'у укритті', 'з укриттів', 'у небі над', 'в небі над', 'пуски', 'гул шахед*', 'гул дрон*',
        'активність ворожої авіації', 'активність тактичної авіації', 'air defence fire', 'air defense fire', 'сирени',
        'сирена', 'лунає сирена', 'sound of drones', 'sound of a drone', 'air raid in', 'air-raid in', 'air raid over',
        'under alert', 'під тривогою', 'under an air raid alert', 'under an air-raid alert', 'under air raid alert',
        'under air-raid alert', 'under an alert', 'boom after boom', 'bang after bang', 'вибух за вибухом',
        // Tracers seen, air defence pointed out, people not yet in shelter told to go ("у небі видно трасери", "Чуєте? Це ППО
        // над Оболонню", "Хто ще не в укритті — ходіть").
        'видно трасери', 'трасери над', 'це ппо над', 'це ппо працює', 'це працює ппо', 'хто ще не в укритті', 'хто ще не в укриттях',
        'who is not in a shelter yet', 'if you are not in a shelter yet',
        'чують вибух*', 'чують роботу ппо', 'чують ппо', 'hear explosions', 'hear blasts',
        'hear air defence', 'hear air defense', 'під ударом дронів', 'під ударом ракет', 'під ударом шахедів', 'під ударом балістики',
        'під ударами кабів', 'під ударами дронів', 'під ударами ракет', 'під ударами шахедів', 'під ударами балістики',
        'під ударами авіабомб',
        'під масованим ударом', 'під ракетним ударом', 'під комбінованим ударом', 'ракетна атака на', 'атака на столицю', 'атака на київ',
        // Explosions reported by residents ("Броварчани повідомляють про кілька вибухів на околицях міста"): live unless the
        // update looks back ("…вночі", "вчора").
        'повідомляють про вибух*', 'повідомляють про кілька вибухів', 'пишуть про вибух*', 'пишуть про кілька вибухів',
      ],
      // Explosions as the subject of the damage they did are an impact report ("Вибухи пошкодили будинки").
      negative: [
        ...ACTIVE_THREAT_NEGATIVE,
        ...EXPLOSIONS_TOLD_AS_FINISHED,
        ...['explosions', 'explosion', 'blasts', 'blast'].flatMap((blast) =>
          ['damaged', 'destroyed', 'shattered', 'blew out', 'injured', 'killed', 'wounded'].map((verb) => `${blast} ${verb}`)),
        ...['вибухи', 'вибух'].flatMap((blast) =>
          ['пошкодили', 'пошкодив', 'зруйнували', 'зруйнував', 'вибили', 'вибив', 'поранили', 'поранив', 'травмували',
            'травмував'].map((verb) => `${blast} ${verb}`)),
      ],
      // A season or a month looked back on ("why alerts in Kyiv have grown longer this autumn"), a night told in the
      // morning ("що відомо станом на ранок").
      unless: [
        ...ACTIVE_THREAT_UNLESS, ...SUMMARY_PERIOD, ...FORECAST, 'at night', 'during the night', 'in the night', 'на ранок',
        ...EXPLAINED_AFTERWARDS,
        'as of morning', 'by morning',
        // A night named by its date is a night told afterwards ("У ніч на 4 березня Київ атакували…, вибухи пролунали
        // близько 03:00"), however its headline reads.
        ...DATED_NIGHT,
      ],
    },
    {
      // Words of time and motion ("ongoing", "heading to", "лунають") mean a live attack only in a Kyiv air-raid
      // update; in other news they are ordinary words ("ongoing repairs", "heading to the final").
      name: 'active threat',
      unlessInSentence: THREAT_HELD_IN_SENTENCE,
      unlessInClause: THREAT_ENDED_OR_COUNTED,
      severity: 'extreme',
      topics: ['kyiv-air-raids'],
      terms: [
        'inbound', 'incoming', 'heading toward*', 'heading to', 'heading for', 'flying toward*', 'moving toward*',
        'are headed for', 'are headed toward*', 'is headed for', 'is headed toward*',
        'on course for', 'approaching', 'spotted', 'under way', 'underway', 'ongoing', 'continuing', 'in progress',
        'approach the capital', 'approach kyiv', 'approach the city', 'approaches the capital', 'approaches kyiv',
        'rocked', 'bangs', 'heard', 'has taken off', 'took off', 'rock', 'rocking', 'shaking',
        'рухаються на', 'рухається на', 'рухаються в бік', 'летять на', 'летить на', 'прямують на', 'прямує на',
        'триває', 'тривають', 'лунають', 'чути', 'пуск*', 'зліт', 'злетів', 'над києвом', 'над столицею',
        'над київщиною', 'гучно', 'it\'s loud', 'it is loud', 'продовжується', 'продовжуються', 'під ударом', 'атакує київ', 'атакують київ', 'атакує столицю',
        'атакують столицю', 'атакує київщину', 'атакують київщину', 'attacks kyiv', 'is attacking kyiv', 'are attacking kyiv',
        'is attacking the capital', 'attacks the capital', 'is not over yet', 'is not yet over', 'isn\'t over yet', 'not over yet',
        'ще не завершилась', 'ще не завершилася', 'ще не закінчилась', 'ще не закінчилася', 'debris falling', 'debris is falling',
        'уламки падають', 'падають уламки', 'goes on', 'бахкає', 'бахає', 'бахкають', 'бахають', 'гахкає',
        'бавовна прямо зараз', 'бавовна над', 'зараз бахкає', 'кулемет працює', 'працюють кулемети', 'кулеметна черга',
        'кулеметні черги', 'чути черги', 'збивають', 'веде вогонь', 'ведуть вогонь', 'getting hammered right now',
        'getting hammered rn', 'ad going nonstop', 'ad firing', 'ad still active', 'booms outside', 'loud booms',
        'something blew up in the sky', 'being shot down now', 'shot down now', 'missile warning', 'drone warning',
        'drones buzzing over', 'drone buzzing over', 'alert still active', 'над головою', 'overhead now', 'зараз дуже гучно',
        'дуже гучно зараз', 'very loud right now', 'very loud now',
        'гупає', 'loud again', 'booms',
        'going on', 'still going on',
        // Just begun: "During the air raid that started minutes ago in Kyiv, …".
        'started minutes ago', 'began minutes ago', 'щойно почалася', 'щойно почалась', 'щойно розпочалася',
      ],
      negative: [
        ...ACTIVE_THREAT_NEGATIVE, 'were heading', 'was heading', 'що летіли', 'які летіли', 'war is not over',
        // A person who shakes afterwards ("Everyone alive but I'm still shaking"), not the building.
        'i\'m still shaking', 'i am still shaking', 'i\'m shaking', 'i am shaking', 'still shaking from', 'hands are shaking',
        'hands are still shaking',
        // Medics and rescuers on their way ("Медики прямують на місце"), not a weapon.
        ...['медики', 'рятувальники', 'бригади', 'швидкі', 'пожежники'].map((crew) => `${crew} прямують`),
        'прямують на місце', 'прямує на місце', 'heading to the scene', 'en route to the scene', 'on their way to the scene',
        // Sounds foretold ("bursts of fire may be heard tonight"): an order or a cue of now beside it still counts.
        'may be heard', 'might be heard',
        'war isn\'t over', 'war is not yet over', 'війна ще не завершилась', 'війна ще не закінчилась',
      ],
      // What goes on after the attack ("rescue operation is ongoing", "триває ліквідація наслідків"); the motion of a
      // weapon already downed ("над Київщиною збили 15 дронів").
      // A resident's scare told as over ("Morning ballistic scare done … Heard two booms around 9, all quiet now and my street
      // looks untouched"; "all quiet now" itself is a negative of the live words, which would cancel it here).
      unless: [...ACTIVE_THREAT_UNLESS, ...AFTERMATH, ...DOWNED, ...EXPLAINED_AFTERWARDS, 'scare done', 'scare over', 'scare is over',
        'looks untouched', 'вже тихо', 'тепер тихо'],
    },
    {
      // Clarification 2: severity does not depend on the place. An attack on another city reported with no
      // threat, impact or air-defence words ("Two missiles hit Kryvyi Rih") is graded as Kyiv's topic grades one
      // of Kyiv (its default, severe): only when no rule fires, and only beside the place it names.
      name: 'attack elsewhere',
      severity: 'severe',
      default: true,
      topics: ['general'],
      terms: [
        'attack*', 'strike', 'strikes', 'struck', 'hit', 'hit by', 'airstrike*', 'air strike*', 'shelling', 'shelled',
        'bombard*', 'explosion*', 'blast*', 'debris', 'wreckage', 'атак*', 'удар*', 'обстріл*', 'вибух*', 'уламк*',
        'приліт*', 'прильот*', 'влучил*', 'вдарил*', 'атакувал*', 'обстріля*', 'уражен*', ...IMPACT_IN_PLACE,
      ],
      with: [
        ...OTHER_PLACES, 'oblast', 'region', 'city', 'town', 'village', 'district', 'області', 'область', 'місто',
        'місті', 'місту', 'село', 'селі', 'громад*', 'район', 'районі', 'районах',
      ],
      // The adjective "ударні" (attack drones) is no strike ("Ударні дрони Одещини: волонтери зібрали 2 мільйони").
      negative: [...METAPHORS, 'ударні', 'ударних', 'ударний', 'ударна', 'ударну', 'ударного', 'ударними'],
      // A strike threatened is a statement (clarification 14): "Z-блогери погрожують масованим ударом по Одесі".
      unless: [...NOT_WAR, ...DRILLS, ...RETROSPECTIVE, ...PAST_ALERT, ...HABITUAL, 'погрожу*', 'пригрози*', 'погрози*',
        'threaten*',
        // Compensation for homes the shelling damaged (clarification 15: a statement): "Мешканці Харкова, чиє житло
        // пошкоджене обстрілами, можуть подати заяву на компенсацію". Damage named as news is the damage rule's.
        'компенсаці*', 'compensation'],
    },
    {
      // A scam that trades on the war (a warning: minor), not a utility's phishing SMS ("Поліція попереджає: шахраї …
      // збирають кошти нібито на допомогу постраждалим від обстрілів").
      name: 'statement',
      severity: 'minor',
      topics: ['general', 'kyiv-air-raids'],
      terms: SCAMS,
      // The war's victims, soldiers or payments named (not a bank's or a phone company's scam warning, however it borrows an
      // alert's words: "шахраї розсилають повідомлення «повітряна тривога — переведіть гроші…»", unknown).
      with: ['постраждал*', 'зсу', 'військов*', 'компенсац*', 'виплат* переселен*', 'переселенц*', 'soldier*', 'army', 'compensation',
        'victims', 'displaced'],
    },
    {
      // Alert words that a conditional sets aside ("what to do if missiles hit", "у разі загрози балістики"):
      // civil-protection guidance (minor, clarification 3) — unless the condition only pauses a concert, an exam…
      name: 'civil-protection guidance',
      severity: 'minor',
      within: 'conditional',
      terms: [...AIR_ATTACK, 'alert*', 'shelter*', 'укритт*'],
      unless: [...NOT_WAR, ...NOT_WAR_EVENTS],
    },
    {
      // Alert words that a negation denies ("no alert in Kyiv today", "ніч минула без тривог"): a report that
      // nothing happened (minor, clarification 5).
      name: 'nothing happened',
      severity: 'minor',
      within: 'negation',
      terms: [
        'air raid*', 'air-raid*', 'alert*', 'siren*', 'explosion*', 'blast*', 'attack*', 'strike', 'strikes', 'drone*',
        'missile*', 'shelling', 'threat', 'danger', 'air defence', 'air defense', 'ппо', 'тривог*', 'сирен*',
        'вибух*', 'атак*', 'удар*', 'обстріл*', 'дрон*',
        'ракет*', 'бпла', 'прильот*', 'приліт*', 'загроз*', 'небезпек*',
        // A channel's all-quiet on the threats it watches ("Загрози балістики для столиці наразі немає. Зльотів МіГ-31К не фіксуємо").
        'балістик*', 'ballistic*', 'зльот*', 'takeoff*', 'take-off*', 'пуск', 'пуски', 'пуску', 'пусків', 'launches',
      ],
      // Fireworks taken for explosions, told as such, hold back no denial of an alert ("Це були святкові феєрверки, тривоги в
      // столиці не було").
      negative: FIREWORKS_TAKEN_FOR_BLASTS,
      unless: NOT_WAR,
    },
  ],
};

/** The defaults, validated at import like any topics file would be. */
export const DEFAULT_TOPICS: TopicsFile = parseTopicsFile(DEFAULT_TOPICS_INPUT, 'built-in defaults');
