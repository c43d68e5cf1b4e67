// The built-in topic and severity rules (used when SIRENA_TOPICS_FILE is unset). A TS module so dist/ carries it.
import { parseTopicsFile, type TopicsFile, type TopicsFileInput } from './topics-file.js';

// Vocabulary is grouped by what it names, in English and Ukrainian; Ukrainian words are stems (`*`) where the stem
// cannot be read as another common word, and explicit case forms where it can (каб → кабінет, буча → бучний).

/** Kyiv city, its districts and Kyiv oblast towns, in English and Ukrainian (stems cover the case forms). */
const KYIV_PLACES = [
  'Kyiv', 'Kiev', 'Kyyiv', 'Kyiv oblast', 'Kyiv region', 'Kyivshchyna', 'Ukrainian capital', 'Ukraine\'s capital',
  'the capital', 'capital city', 'київ*', 'києв*', 'столиц*',
  // city districts and neighbourhoods
  'Podil', 'Podilskyi', 'Obolon', 'Obolonskyi', 'Darnytsia', 'Darnytskyi', 'Solomianskyi', 'Solomyanskyi',
  'Shevchenkivskyi', 'Holosiivskyi', 'Holosiivo', 'Holosiyivskyi', 'Desnianskyi', 'Desnyanskyi', 'Dniprovskyi',
  'Pecherskyi', 'Pechersk', 'Sviatoshynskyi', 'Svyatoshynskyi', 'Sviatoshyn', 'Troieshchyna', 'Troyeshchyna',
  'Osokorky', 'Poznyaky', 'Vynohradar', 'Lukianivka', 'Kurenivka', 'Nyvky', 'Teremky', 'Borshchahivka', 'Rusanivka',
  'Livoberezhna', 'Khreshchatyk', 'Zhuliany',
  'подільськ*', 'поділ*', 'оболон*', 'дарниц*', 'солом\'янськ*', 'солом\'янк*', 'шевченківськ*', 'голосіїв*',
  'деснянськ*', 'дніпровськ* район*', 'печерськ*', 'печерс*', 'святошин*', 'троєщин*', 'осокорк*', 'позняк*',
  'виноградар*', 'лук\'янівк*', 'куренівк*', 'нивк*', 'теремк*', 'борщагівк*', 'русанівк*', 'лівобережн*',
  'хрещатик*', 'жулян*',
  // oblast towns, villages and districts
  'Bila Tserkva', 'Brovary', 'Boryspil', 'Irpin', 'Bucha', 'Vyshhorod', 'Obukhiv', 'Fastiv', 'Vasylkiv', 'Hostomel',
  'Borodianka', 'Borodyanka', 'Bucha district', 'Vyshneve', 'Ukrainka', 'Boyarka', 'Boiarka', 'Pereiaslav',
  'Pereyaslav', 'Yahotyn', 'Slavutych', 'Bohuslav', 'Kaharlyk', 'Makariv', 'Baryshivka', 'Berezan', 'Kozyn',
  'Vorzel', 'Bortnychi', 'Chabany', 'Myronivka', 'Rzhyshchiv', 'Skvyra', 'Tarashcha', 'Vyshgorod',
  'біл* церкв*', 'білоцерків*', 'бровар*', 'бориспол*', 'борисп*', 'ірпін*', 'ірпен*', 'буча', 'бучі', 'бучу',
  'бучею', 'бучанськ*', 'вишгород*', 'обухів', 'обухов*', 'обухівськ*', 'фастів', 'фастов*', 'фастівськ*',
  'васильків', 'василькова', 'василькові', 'васильківськ*', 'гостомел*', 'бородянк*', 'вишнев*', 'українк*',
  'боярк*', 'переяслав*', 'яготин*', 'славутич*', 'богуслав*', 'кагарлик*', 'макарів', 'макарова', 'макарові',
  'баришівк*', 'березан*', 'козин*', 'ворзел*', 'бортнич*', 'чабан*', 'миронівк*', 'ржищів*', 'сквир*', 'таращ*',
];

/**
 * Kyiv as a government, a venue or a name, not a place under attack (each cancels the words it overlaps). No new
 * "Kyiv's X" here: the possessive is dropped, so "Kyiv's drones" would also cancel "Kyiv: drones inbound" and
 * "Kyiv's military" the "Kyiv military administration" that reports the attacks.
 */
const KYIV_NOT_A_TARGET = [
  'Kyiv-based', 'based in Kyiv', 'Kyiv Independent', 'Kyiv Post', 'Kyiv School of Economics', 'Kyiv time',
  'Kyiv said', 'Kyiv says', 'Kyiv has said', 'Kyiv wants', 'Kyiv will', 'Kyiv would', 'Kyiv could', 'Kyiv is ready',
  'Kyiv accuses', 'Kyiv accused', 'Kyiv insists', 'Kyiv rejects', 'Kyiv rejected', 'Kyiv\'s request*', 'Kyiv\'s allies',
  'Kyiv\'s partners', 'Kyiv and its allies', 'Kyiv and Moscow', 'Moscow and Kyiv',
  'Kyiv government', 'Kyiv officials', 'officials in Kyiv', 'delegation from Kyiv', 'visit to Kyiv', 'visited Kyiv',
  'visiting Kyiv', 'trip to Kyiv', 'arrived in Kyiv', 'arrives in Kyiv', 'talks in Kyiv', 'met in Kyiv',
  'meeting in Kyiv', 'summit in Kyiv', 'Dynamo Kyiv', 'Динамо', 'Kyivskyi district', 'київськ* район*',
  'київськ* незалежн*', 'російськ* столиц*', 'столиц* росії', 'столиц* країн*', 'європейськ* столиц*',
  'Russian capital', 'capital of Russia', 'European capitals', 'western capitals', 'офіційн* київ*',
  'офіційн* києв*', 'київ заявив', 'київ вимагає', 'київ готовий', 'візит* до києва', 'прибув до києва',
  'прибула до києва', 'прибули до києва', 'приїхав до києва', 'приїхала до києва', 'зустріч* у києві',
  'переговор* у києві', 'accused Kyiv', 'accuses Kyiv', 'blamed Kyiv', 'blames Kyiv', 'Kyiv launched', 'Kyiv struck',
  'Kyiv attacked', 'Kyiv fired', 'Kyiv used', 'Kyiv denied', 'Kyiv claimed', 'Kyiv to strike', 'Kyiv to use', 'allow Kyiv', 'allowed Kyiv', 'allowing Kyiv', 'give Kyiv', 'gave Kyiv',
  'send Kyiv', 'sent Kyiv', 'supply Kyiv', 'Kyiv received', 'Kyiv needs', 'Kyiv asked', 'Kyiv asks',
  'weapons for Kyiv', 'systems for Kyiv', 'missiles for Kyiv', 'interceptors for Kyiv', 'aid for Kyiv',
  'support for Kyiv', 'київ атакував', 'київ завдав', 'звинуватил* київ', 'звинувачу* київ', 'дозвол* києву',
  'дозвіл києву', 'передати києву', 'передасть києву', 'передадуть києву', 'надати києву', 'надасть києву',
  'надала києву', 'допомог* києву', 'києву дозволили', 'capital markets', 'capital investment*', 'human capital', 'venture capital', 'капітал*',
];

/** Announced drills: siren tests and controlled detonations are not attacks. */
const DRILLS = [
  'siren test*', 'testing sirens', 'test the sirens', 'test of the sirens', 'testing of sirens', 'controlled detonation*',
  'controlled explosion*', 'перевір* систем* оповіщення', 'тестують сирен*', 'тестуван* сирен*', 'перевірк* сирен*',
  'вибухов* робот*', 'утилізац* боєприпас*', 'планов* перевірк*', 'контрольован* підрив*', 'sirens will be tested',
  'warning system test*', 'test of the warning system', 'тестуван* систем* оповіщення', 'сирени звучатимуть',
];

/** Things that share words with war news but are not war news. */
const NOT_WAR = [
  'storm alert', 'weather alert', 'weather warning', 'air quality alert', 'air-quality alert', 'штормов* попереджен*',
  'heat alert', 'flood alert', 'frost', 'snowfall', 'blizzard', 'icy roads', 'снігопад*', 'ожеледиц*', 'заморозк*',
  'хуртовин*', 'animal shelter*', 'притул* для тварин', 'домашніх тварин', 'delivery drone*', 'доставк* посил*',
  'exhibition', 'museum', 'виставк*', 'музе*', 'gas explosion', 'gas leak', 'вибух* газу', 'витік* газу',
  'short circuit', 'electrical fault', 'коротк* замикан*', 'road accident', 'car crash', 'traffic accident', 'дтп',
  'football', 'футбол*', 'Champions League', 'Ліг* чемпіонів', 'concert', 'концерт*', 'festival', 'фестивал*',
  'price alert', 'app alert', 'fireworks', 'феєрверк*', 'cyber attack*', 'cyberattack*', 'кібератак*', 'heart attack',
  'серцев* напад*', 'forest fire', 'wildfire*', 'лісов* пожеж*', 'побутов* пожеж*',
  'необережн* поводжен* з вогнем', 'electric heater', 'обігрівач*', 'carbon monoxide', 'чадн* газ*', 'отруєн* чадн*',
  'drowned', 'потонув', 'потонула', 'flood*', 'паводок', 'паводк*', 'підтоплен*', 'power schedule*',
  'outage schedule*', 'графік* відключен*', 'графік* погодинн*', 'планов* відключен*', 'stabilisation outages',
  'stabilization outages', 'стабілізаційн* відключен*', 'flu', 'грип*', 'epidemic', 'епідемі*', 'lottery', 'лотере*',
];

/** Looking back rather than reporting: commemorations and debunked fakes (minor, and not a live attack). */
const RETROSPECTIVE = [
  'fact check', 'fact-check*', 'debunk*', 'fake', 'фейк*', 'дезінформац*', 'anniversary', 'роковин*', 'річниц*',
  'memorial', 'commemorat*', 'вшанува*', 'years ago', 'років тому', 'роки тому',
];

/** All-clear wording: the alert or the threat is over. */
const ALL_CLEAR = [
  'all clear', 'all-clear', 'alert is over', 'alert has ended', 'alert ended', 'alert lifted', 'alert was lifted',
  'alert has been lifted', 'lifted the alert', 'threat has passed', 'threat is over', 'threat passed', 'відбій',
  'скасовано повітряну тривогу', 'повітряну тривогу скасовано', 'тривогу скасовано', 'тривогу скасували',
  'загроза минула', 'загрозу знято', 'загроза зникла', 'alert in Kyiv is over', 'alert in Kyiv has ended',
  'alert in Kyiv ended', 'alert over', 'alerts ended', 'тривог* завершил*', 'тривог* закінчил*', 'тривога минула',
  'завершилася тривога', 'закінчилася тривога', 'тривогу відбито', 'тривогу знято',
];

/** A report that an attack caused nothing: an air-defence result (moderate), never impact. */
const NO_IMPACT = [
  'no damage', 'no casualties', 'no injuries', 'no victims', 'no one was hurt', 'no one was injured',
  'no one was killed', 'nobody was hurt', 'nobody was injured', 'nobody was killed', 'without casualties',
  'no damage or casualties', 'no casualties or damage', 'no reports of damage', 'no reports of casualties',
  'no casualties were reported', 'no damage was reported', 'без наслідків', 'наслідків не зафіксовано',
  'без постраждалих', 'без жертв', 'без руйнувань', 'без руйнувань і постраждалих', 'без руйнувань та постраждалих',
  'без загиблих', 'постраждалих немає', 'загиблих немає', 'жертв немає', 'ніхто не постраждав', 'обійшлося без*',
  'руйнувань немає', 'пошкоджень немає', 'не зафіксовано',
];

/** Weapons and means of air attack, as journalists and official channels name them. */
const AIR_ATTACK = [
  'air raid*', 'air-raid*', 'air alert*', 'siren*', 'drone*', 'uav*', 'unmanned', 'shahed*', 'geran*', 'kamikaze',
  'loitering munition*', 'missile*', 'ballistic', 'hypersonic', 'kinzhal*', 'zircon*', 'iskander*', 'kh-101*',
  'cruise', 'rocket*', 'airstrike*', 'air strike*', 'strike*', 'struck', 'attack*', 'bomb*', 'glide bomb*', 'guided bomb*',
  'kab', 'kabs', 'explosion*', 'explod*', 'blast*', 'bangs', 'air defence*', 'air defense*', 'anti-aircraft',
  'shot down', 'downed', 'intercept*', 'debris', 'wreckage', 'fragments', 'rubble', 'shelter*', 'bombard*', 'shelling',
  'shelled', 'take cover', 'death toll', 'barrage', 'onslaught', 'raid', 'raids', 'salvo*', 'hit by', 'targeted', 'mig-31*', 'tu-95*', 'tu-22*',
  'тривог*', 'сирен*', 'відбій', 'дрон*', 'безпілотн*', 'бпла', 'шахед*', 'шахід*', 'герань', 'герані', 'ракет*',
  'балістик*', 'балістичн*', 'гіперзвук*', 'кинджал*', 'циркон*', 'іскандер*', 'крилат*', 'удар*', 'атак*',
  'вибух*', 'ппо', 'протиповітрян*', 'збит*', 'збил*', 'знешкодил*', 'знешкоджен*', 'уламк*', 'укритт*', 'укриттях',
  'обстріл*', 'авіабомб*', 'бомб*', 'каб', 'каби', 'кабів', 'кабами', 'керован* авіабомб*', 'ракетн* небезпек*',
  'завал*', 'наліт*', 'нальот*', 'масован*', 'комбінован* удар*', 'комбінован* атак*', 'приліт*', 'прильот*',
  'влучан*', 'уражен*', 'міг-31*', 'ту-95*', 'ту-22*',
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

/** Contexts where alert words do not announce a live threat (each cancels the words it overlaps). */
// (No all-clear phrase here: a negative would also hide the all-clear from the rule's `unless`.)
const ACTIVE_THREAT_NEGATIVE = [
  'тривога тривала', 'тривоги тривали', 'не повітряна тривога', 'загрозу', 'минуто', 'staying in shelters', 'until the all clear', 'до відбою', 'bomb shelter*',
  'shelters must', 'shelters should', 'shelters will', 'shelter inspection*', 'inspection of shelters',
  'inspected shelters', 'access to shelters', 'locked shelter*', 'shelters were locked', 'shelters were closed',
  'stay open', 'перевірк* укритт*', 'перевіри* укритт*', 'доступ* до укритт*', 'зачинен* укритт*',
  'закрит* укритт*', 'облаштуван* укритт*', 'будівництв* укритт*', 'during the alert', 'during the air raid',
  'під час тривоги', 'під час повітряної тривоги',
];

/** An all-clear ends the threat; a report of last night's attack is an impact report, not a live threat. */
const ACTIVE_THREAT_UNLESS = [
  ...NOT_WAR, ...DRILLS, ...RETROSPECTIVE, ...ALL_CLEAR, 'overnight', 'last night', 'yesterday', 'минулої ночі',
  'учора', 'вчора', 'уночі', 'вночі', 'цієї ночі', 'this night', 'earlier today', 'нічн* атак*', 'нічн* удар*',
  'нічн* обстріл*',
];

export const DEFAULT_TOPICS_INPUT: TopicsFileInput = {
  version: 1,
  topics: [
    {
      id: 'kyiv-air-raids',
      name: 'Kyiv air raids',
      description: 'Air-raid alerts, missile and drone attacks, air defence and their impact in Kyiv city and oblast, including the all-clear.',
      terms: [...AIR_ATTACK, 'all clear', 'all-clear', 'alert is over', 'alert has ended', 'take shelter'],
      places: KYIV_PLACES,
      negative: [
        ...KYIV_NOT_A_TARGET, 'missile defence talks', 'air defence systems to', 'air defense systems to',
        'supply of air defence', 'air defence for', 'air defense for', 'bomb shelter*', 'drone maker*',
        'drone production', 'виробництв* дрон*',
      ],
      exclude: [
        ...DRILLS, ...NOT_WAR, ...RETROSPECTIVE, 'not affected', 'except Kyiv', 'excluding Kyiv', 'крім Києва', 'окрім Києва',
        'have received', 'has received',
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
        'minister*', 'foreign secretary', 'secretary of state', 'state department', 'White House', 'Downing Street',
        'summit*', 'peace', 'ceasefire', 'truce', 'envoy*', 'ambassador*', 'embass*', 'consul*', 'kremlin',
        'president*', 'prime minister', 'premier', 'chancellor', 'head of state', 'heads of state', 'leaders',
        'counterpart*', 'phone call', 'call with', 'spoke by phone', 'mediat*', 'brokered', 'treaty', 'accord', 'peace deal',
        'ceasefire deal',
        'agreement*', 'memorandum', 'signed', 'resolution', 'communiqu*', 'joint statement', 'declaration',
        'discussed', 'met with', 'meeting with', 'held talks', 'Moscow said', 'Moscow says', 'Moscow accused',
        'Moscow rejected', 'Washington', 'Beijing', 'Brussels', 'sovereignty', 'territorial integrity',
        'Lukashenko', 'Kim Jong Un', 'Sikorski', 'Lammy', 'Barrot', 'Baerbock', 'negotiator*',
        'security guarantees', 'accession', 'membership', 'bilateral', 'relations', 'delegation*', 'state visit', 'official visit',
        'visit to', 'visits to', 'visiting',
        'UN', 'United Nations', 'General Assembly', 'Security Council', 'NATO', 'EU', 'European Union',
        'European Commission', 'European Council', 'European Parliament', 'Council of Europe', 'OSCE', 'IAEA', 'G7',
        'G20', 'BRICS', 'Ramstein', 'рамштайн*', 'secretary general', 'frozen assets', 'frozen Russian assets', 'reparations', 'partners',
        'allies', 'voters', 'election*', 'campaigns', 'solidarity', 'condemn*', 'prisoner exchange*',
        'prisoners of war', 'prisoner swap*', 'POWs', 'swapped', 'deported children', 'returned children',
        'переговор*', 'перемовин*', 'санкці*', 'дипломат*', 'міністр*', 'мзс', 'закордонних справ', 'саміт*',
        'посол', 'посла', 'послом', 'послу', 'посли', 'послів', 'послам', 'посольств*', 'посланц*', 'посланець',
        'спецпосланц*', 'спецпредставник*', 'консул*', 'кремл*', 'білий дім', 'білого дому', 'мирн* переговор*',
        'мирн* план*', 'мирн* угод*', 'мирн* процес*', 'мирн* ініціатив*', 'формул* миру', 'перемир*',
        'президент*', 'прем\'єр*', 'канцлер*', 'лідер* країн*', 'посередни*', 'угод*', 'домовленост*', 'зустріч*',
        'зустрів*', 'телефонн* розмов*', 'розмовляв', 'розмовляла', 'візит*', 'делегац*', 'меморандум*',
        'підписал*', 'резолюці*', 'комюніке', 'декларац*', 'спільн* заяв*', 'гарантії безпеки', 'гарантій безпеки',
        'гарант* безпеки', 'вступ* до єс', 'вступ* до нато', 'членств*', 'двосторонн*', 'відносин*', 'оон', 'нато',
        'єс', 'євросоюз*', 'європейськ* союз*', 'єврокомісі*', 'європейськ* комісі*', 'європарламент*',
        'європейськ* рад*', 'рад* єс', 'рад* безпеки', 'генасамбле*', 'генеральн* асамбле*', 'обсє', 'магате',
        'g7', 'g20', 'держдеп*', 'заморожен* актив*', 'російськ* актив*', 'репарац*', 'партнер*', 'союзник*', 'вибор*', 'солідарн*',
        'засудив', 'засудила', 'засудили', 'засуджує', 'засуджують', 'засудження', 'звернувся', 'звернулася',
        'обмін* полонен*', 'обмін* військовополонен*', 'полонен*', 'військовополонен*', 'повернул* дітей',
        'повернення дітей', 'повернення депортован*', 'депортован*', 'обговорил*', 'обговорюва*', 'телефонува*',
        'розмов* з', 'переговорник*', 'вашингтон*', 'пекін*', 'брюссел*', 'москва заяв*', 'у москві заяв*',
        'суверенітет*', 'територіальн* цілісн*', 'лукашенк*', 'кім чен ин*', 'сікорськ*', 'бербок',
      ],
      negative: [
        'peacekeep*', 'defence minister*', 'defense minister*', 'defence ministry', 'defense ministry',
        'міністр* оборони', 'міністерств* оборони', 'мін* оборони', 'signed contract*', 'підписал* контракт*',
        'trade deal*', 'visitor*', 'signed up', 'визначн*', 'peace of mind', 'deal with the consequences', 'deal with the aftermath',
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
        'counteroffensive', 'counter-offensive', 'mobilis*', 'mobiliz*', 'conscript*', 'draftees',
        'reinforcement*', 'reservists', 'infantry', 'marines', 'paratroop*', 'special forces', 'weapons', 'weapon',
        'arms', 'armament*', 'munitions', 'arms supplies', 'arms deliver*', 'military aid', 'military assistance',
        'military support', 'military equipment', 'military trucks', 'military base*',
        'military facilit*', 'military unit*', 'military intelligence', 'military training', 'defence minister*',
        'defense minister*', 'Pentagon', 'Ramstein', 'contact group', 'general staff', 'commander*', 'demining', 'tank', 'tanks', 'artillery', 'himars', 'f-16*',
        'atacms', 'patriot*', 'iris-t', 'nasams', 'samp/t', 'skynex', 'gepard*', 'abrams', 'leopard*', 'bradley*',
        'storm shadow*', 'scalp', 'taurus', 'jassm', 'gripen*', 'mirage*', 'bayraktar*', 'launchers', 'ammunition',
        'ammo', 'shells', 'howitzer*', 'interceptor*', 'air defence system*', 'air-defence system*',
        'air defense system*', 'air-defence missiles', 'fighter jet*', 'warplane*', 'warship*', 'fleet', 'navy', 'naval',
        'air base', 'airbase', 'airfield*', 'ammunition depot*', 'arms depot*', 'combat', 'forces', 'army', 'advance*',
        'recaptur*', 'captured', 'capture', 'liberat*', 'seized', 'took control', 'taken control', 'retreat*',
        'withdrew', 'pushed back', 'breakthrough', 'bridgehead', 'foothold', 'positions', 'axis',
        'trench*', 'peacekeep*', 'units', 'contingent', 'stationed', 'fortification*', 'recruit*', 'fighters',
        'assault*', 'territorial defence', 'exercises', 'drills', 'strike drones', 'long-range drones',
        'drone maker*', 'drone production', 'defence firm*', 'defence industry', 'defense industry', 'arms maker*',
        'encirclement', 'encircled', 'North Korean*',
        'військ*', 'солдат*', 'бригад*', 'батальйон*', 'полк*', 'дивізі*', 'ескадрил*', 'пілот*', 'льотчик*', 'фронт*',
        'мобілізац*', 'мобілізован*', 'призов*', 'поповнен*', 'новобранц*', 'резервіст*', 'збро*', 'озброєн*',
        'боєприпас*', 'танк', 'танки', 'танків', 'артилер*', 'наступ*', 'контрнаступ*', 'навчан*', 'вишкіл*',
        'підготовк* військов*', 'загальновійськов*', 'зсу', 'військовослужбов*', 'окупант*', 'піхот*', 'десант*',
        'морпіх*', 'спецпризначен*', 'сили оборони', 'сил оборони', 'силами оборони', 'напрямк*', 'бойов* зіткнен*',
        'генштаб*', 'генеральн* штаб*', 'командир*', 'командувач*', 'міноборони', 'міністр* оборони',
        'міністерств* оборони', 'пентагон*', 'підрозділ*', 'снаряд*', 'гаубиц*', 'залпового вогню', 'іскандер*',
        'систем* ппо', 'зенітн* установ*', 'зенітн* ракетн* комплекс*', 'зрк', 'тероборон*', 'трО', 'вогнев* груп*',
        'дрони-перехоплювач*', 'перехоплювач*', 'миротворц*', 'миротворч*', 'закупить', 'штурм*', 'f-16',
        'петріот*', 'хаймарс*', 'атакамс*', 'насамс*', 'айріс*', 'леопард*', 'абрамс*', 'бредлі', 'гріпен*', 'міраж*',
        'винищувач*', 'авіабаз*', 'аеродром*', 'флот*', 'склад* боєприпас*', 'окоп*', 'фортифікац*', 'оборонн* рубеж*',
        'захопил*', 'захоплен* сел*', 'звільнил* сел*', 'звільнен* сел*', 'окупувал*', 'відступил*', 'відбил*',
        'плацдарм*', 'позиці*', 'контингент*', 'північнокорейськ*', 'кндр', 'найманц*', 'оборонн* промисловост*',
        'оборонн* підприємств*', 'дрон* далекої дії', 'далекобійн* дрон*', 'виробництв* дрон*', 'рамштайн*',
      ],
      negative: [
        'наступн*', 'наступного', 'наступає', 'tank farm*', 'think tank*', 'frontline town*', 'артилерійськ* обстріл*',
        'в напрямку', 'у напрямку', 'air defence units', 'air defense units', 'military administration',
        'військов* адміністрац*', 'armed robbery', 'arms control', 'полков*', 'позиці* україни', 'позиці* щодо',
        'position on', 'positions on', 'draft law', 'draft resolution', 'draft bill', 'polka', 'forces of nature',
        'балістичн* озброєн*', 'loitering munition*', 'market forces', 'security forces', 'police forces', 'shadow fleet', 'тіньов* флот*',
      ],
      exclude: [...DRILLS],
      defaultSeverity: 'moderate',
    },
    {
      id: 'general',
      name: 'General',
      description: 'Updates that match no other topic.',
      defaultSeverity: 'unknown',
    },
  ],
  // The highest severity any rule gives wins (CAP: take the highest that applies).
  severityRules: [
    {
      name: 'all-clear',
      severity: 'minor',
      terms: ALL_CLEAR,
    },
    {
      name: 'announced drill',
      severity: 'minor',
      terms: DRILLS,
    },
    {
      name: 'statement',
      severity: 'minor',
      terms: [
        'denied', 'deny', 'denies', 'neither confirm', 'would not', 'would never', 'will not', 'warned', 'warns', 'urged',
        'urges', 'asked', 'called for', 'calls for', 'called on', 'appealed', 'analyst*', 'analysis', 'solidarity',
        'condemn*', 'prolong', 'escalation', 'rumours', 'rumors', 'dismissed', 'rejected', 'ruled out', 'refused',
        'accused', 'claimed', 'claims', 'speculat*', 'interview',
        'назвав', 'назвало', 'не виключив', 'не виключає', 'закликав', 'закликала', 'закликали', 'заперечу*',
        'заперечил*', 'не володіє', 'аналітик*', 'хоче', 'солідарн*', 'засудив', 'засудила', 'засудили', 'засуджує',
        'провокаці*', 'blocked', 'заблокува*', 'відкинув', 'відкинула', 'відкинули', 'відмовив*', 'відмовил*',
        'звинуватив', 'звинуватила', 'звинувачує', 'інтерв\'ю', ...RETROSPECTIVE,
      ],
      unless: NOT_WAR,
    },
    {
      // Words of saying, asking and promising: a troops or diplomacy update built on them is a statement about
      // troops or arms, not a military development (which the next rule recognises and outranks it).
      name: 'statement about troops or arms',
      severity: 'minor',
      topics: ['diplomacy', 'troops'],
      terms: [
        'announced plans', 'plans to', 'ready to', 'would', 'may send', 'proposed', 'suggested', 'discussed', 'discuss', 'requested', 'asked for', 'promised', 'vowed',
        'insisted', 'stressed', 'believes', 'expects', 'threatened', 'considering', 'not rule out',
        'наголосив', 'наголосила', 'підкреслив', 'підкреслила', 'вважає',
        'вважають', 'пообіцяв', 'пообіцяла', 'обіцяє', 'обговорили', 'обговорив', 'обговорила', 'обговорювали',
        'пропонує', 'запропонував', 'запропонувала', 'просить', 'попросив', 'попросила', 'готов*',
        'не надаватиме', 'не надаватимуть', 'не планує', 'не відправлятиме', 'розглядає', 'пригрозив', 'погрожує',
      ],
      unless: NOT_WAR,
    },
    {
      // A Kyiv update that only reports what someone said, or counts attacks over weeks, is a statement or an
      // analysis; impact and live-threat words outrank it.
      name: 'statement about the Kyiv strikes',
      severity: 'minor',
      topics: ['kyiv-air-raids'],
      terms: [
        'said', 'says', 'thanked', 'praised', 'times this', 'times since', 'since the start', 'statistics',
        'заявив', 'заявила', 'подякував', 'подякувала', 'разів', 'з початку', 'статистик*',
      ],
      unless: NOT_WAR,
    },
    {
      name: 'military development',
      severity: 'moderate',
      topics: ['troops', 'kyiv-air-raids', 'general'],
      terms: [
        'deployed', 'delivered', 'will send', 'will deliver', 'received', 'moved', 'stationed', 'repelled',
        'pulled back', 'advanced', 'exercises', 'first time', ...NO_IMPACT,
        'передав', 'передала', 'передасть', 'передадуть', 'прибула', 'прибули', 'перекину*', 'перекида*',
        'просунул*', 'відбил*', 'відбито', 'накопичує', 'уперше', 'вперше застосували', 'схвалив', 'закупить',
      ],
      // An all-clear that adds "no damage" is still an all-clear (minor).
      unless: [...NOT_WAR, ...ALL_CLEAR],
    },
    {
      // Front-line changes, deliveries, training and strikes on military targets, for troops updates only: in a
      // diplomacy or general update these verbs ("liberated", "signed", "звільнили з посади") mean something else.
      name: 'military development',
      severity: 'moderate',
      topics: ['troops'],
      terms: [
        'liberated', 'captured', 'seized', 'took control', 'taken control', 'retook', 'recaptured', 'withdrew',
        'retreated', 'pushed back', 'repulsed', 'destroyed', 'shot down', 'downed',
        'pledged', 'package', 'tranche', 'arrived', 'has arrived', 'have arrived', 'completed training', 'trained',
        'training', 'mobilised', 'mobilized', 'drafted', 'called up', 'massed', 'amassed', 'signed contract*',
        'ordered', 'produced', 'production', 'approved', 'passed a law', 'adopted',
        'звільнил*', 'захопил*', 'окупувал*', 'взяли під контроль', 'вийшли з', 'відступил*', 'відійшли', 'знищил*',
        'знищено', 'уразил*', 'уражен*', 'атакувал*', 'збил*', 'пакет*', 'транш*', 'прибув', 'завершил* підготовк*',
        'пройшли підготовк*', 'навчан*', 'мобілізован*', 'призвал*', 'зосередил*', 'накопичил*', 'стягу*',
        'виготов*', 'вироб*', 'ухвалил*', 'ухвалено', 'законопроєкт*', 'закон*', 'отримал*', 'отримає', 'надасть',
        'надала', 'надав', 'виділ*', 'підписал*', 'контракт*',
      ],
      unless: NOT_WAR,
    },
    {
      name: 'casualties',
      severity: 'severe',
      terms: [
        'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'dies', 'deaths', 'fatalit*', 'wounded', 'injured',
        'injuring', 'wounding', 'injuries', 'hurt', 'casualt*', 'victims', 'hospitali*', 'in hospital', 'death toll',
        'toll', 'bodies', 'body of', 'lost their lives', 'trapped under',
        'загин*', 'загибл*', 'вбит*', 'вбив', 'вбила', 'вбили', 'помер', 'померла', 'померли', 'поранен*', 'поранил*',
        'постраждал*', 'жертв*', 'травмован*', 'травмувал*', 'травм*', 'госпіталізован*', 'шпиталізован*',
        'медичн* допомог*', 'тіла', 'тіло',
      ],
      negative: NO_IMPACT,
      unless: [...NOT_WAR, ...DRILLS, ...RETROSPECTIVE],
    },
    {
      // Damage to a military target is an air-defence or front-line result (moderate), so troops-only updates
      // are left out; a reaction (diplomacy) that restates the destruction is severe like the report.
      name: 'damage',
      severity: 'severe',
      topics: ['kyiv-air-raids', 'diplomacy', 'general'],
      terms: [
        'fire*', 'blaze', 'ablaze', 'on fire', 'caught fire', 'burning', 'burned', 'burnt', 'damag*', 'destroy*',
        'destruction', 'collapsed', 'ruins', 'rubble', 'shattered', 'blown out', 'smashed', 'hit a', 'hit an',
        'hit the', 'struck a', 'struck an', 'struck the', 'cut power', 'knocked out power', 'power outage*',
        'without power', 'without electricity', 'left without heating',
        'пожеж*', 'пошкодж*', 'зруйн*', 'руйнуван*', 'влучан*', 'влучил*', 'влучив', 'влучила', 'загорання',
        'займання', 'знеструм*', 'загорів*', 'загоріли*', 'горить', 'горіли', 'згорів', 'згоріли', 'вигорів',
        'вигоріли', 'палає', 'спалахнул*', 'вибито вікна', 'вибиті вікна', 'вибило вікна', 'посічен*', 'завал*',
        'обвал*', 'знищен*', 'без світла', 'без електропостачання', 'без тепла',
      ],
      negative: [
        'ceasefire*', 'anti-aircraft fire', 'under fire', 'fire back', 'firing', 'fires at', 'destroyed all',
        'peat fires', 'вогнев*', 'fire brigade*', 'fire service*', 'fire department', 'ceasefire', 'cease-fire',
        'destroyed drones', 'destroyed missiles', 'destroyed all drones', 'destroyed all missiles', 'hit the target',
        'hit the targets',
      ],
      // A denial that a strike hit something is a statement (minor), not an impact report.
      unless: [
        ...NOT_WAR, ...DRILLS, ...RETROSPECTIVE, 'без наслідків', 'наслідків не зафіксовано', 'без руйнувань', 'руйнувань немає',
        'пошкоджень немає', 'no damage', 'no reports of damage', 'without damage', 'no destruction',
        'no casualties or damage', 'denied',
        'denies', 'deny', 'заперечу*', 'заперечил*',
      ],
    },
    {
      name: 'escalation',
      severity: 'severe',
      terms: [
        'enter combat', 'entered combat', 'into combat', 'engaged Ukrainian troops', 'join the fighting',
        'joined the fighting', 'enter the war', 'entered the war', 'вступ* у бій', 'вступил* в бій', 'вступ* у війну',
        'вступил* у бій', 'вступил* у війну',
      ],
    },
    {
      // Only for places under attack: "threat" or "shelter" in a diplomacy or troops update is not an alert.
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids', 'general'],
      terms: [
        'air raid alert', 'air-raid alert', 'air alert', 'air raid siren*', 'sirens', 'alert remains', 'alert declared',
        'alert is in effect', 'alert in effect', 'nationwide alert', 'take shelter', 'seek shelter', 'shelter*',
        'take cover', 'under attack', 'under a drone attack', 'under a missile attack', 'under massive attack',
        'attack continues', 'explosions', 'blasts', 'explosions heard', 'loud explosions', 'air defence is active',
        'air defence is working', 'air defence firing', 'air defence engages', 'air defences engaged',
        'air defence engaged', 'air defenses engaged', 'air defense engaged', 'air defence at work', 'firing at',
        'fired missiles at', 'launched missiles at', 'ballistic threat', 'missile threat', 'drone threat',
        'threat of ballistic', 'missile danger', 'threat remains', 'threat persists',
        'повітрян* тривог*', 'тривог*', 'укритт*', 'безпечн* місц*', 'загроз* балістик*', 'загроз* застосуван*',
        'загроз* ударн*', 'загроз* ракет*', 'загроз* атак*', 'загроз* бпла', 'загроз* шахед*', 'загроз* дрон*',
        'загроз* безпілотн*', 'загроз* обстріл*', 'загроз* авіабомб*', 'загроз* каб*', 'загроза зберігається',
        'загроза триває', 'ракетн* небезпек*', 'небезпек* балістик*', 'небезпек* ракет*', 'небезпек* бпла',
        'небезпек* дрон*', 'авіаційн* небезпек*', 'працює ппо', 'ппо працює', 'працюють ппо', 'працює протиповітрян*',
        'працюють сили ппо', 'працюють сили протиповітрян*', 'під атакою', 'під обстрілом', 'вибухи', 'чути вибух*',
        'звуки вибух*', 'можлив* пуск*', 'курсом на', 'триває обстріл*', 'триває атак*', 'триває масован*',
        'attack is ongoing', 'attack is continuing', 'shelling continues', 'shelling is ongoing',
      ],
      negative: ACTIVE_THREAT_NEGATIVE,
      unless: ACTIVE_THREAT_UNLESS,
    },
    {
      // Words of time and motion ("ongoing", "heading to", "лунають") mean a live attack only in a Kyiv air-raid
      // update; in other news they are ordinary words ("ongoing repairs", "heading to the final").
      name: 'active threat',
      severity: 'extreme',
      topics: ['kyiv-air-raids'],
      terms: [
        'inbound', 'incoming', 'heading toward*', 'heading to', 'heading for', 'flying toward*', 'moving toward*',
        'on course for', 'approaching', 'spotted', 'under way', 'underway', 'ongoing', 'continuing', 'in progress',
        'right now', 'rocked', 'bangs', 'heard', 'has taken off', 'took off',
        'рухаються на', 'рухається на', 'рухаються в бік', 'летять на', 'летить на', 'прямують на', 'прямує на',
        'триває', 'тривають', 'лунають', 'чути', 'пуск*', 'зліт', 'злетів', 'над києвом', 'над столицею',
        'над київщиною',
      ],
      negative: ACTIVE_THREAT_NEGATIVE,
      unless: ACTIVE_THREAT_UNLESS,
    },
  ],
};

/** The defaults, validated at import like any topics file would be. */
export const DEFAULT_TOPICS: TopicsFile = parseTopicsFile(DEFAULT_TOPICS_INPUT, 'built-in defaults');
