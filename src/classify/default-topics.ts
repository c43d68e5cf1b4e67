// The built-in topic and severity rules (used when SIRENA_TOPICS_FILE is unset). A TS module so dist/ carries it.
import { parseTopicsFile, type TopicsFile, type TopicsFileInput } from './topics-file.js';

/** Kyiv city, its districts and Kyiv oblast towns, in English and Ukrainian (stems cover the case forms). */
const KYIV_PLACES = [
  'Kyiv', 'Kiev', 'Kyiv oblast', 'Kyiv region', 'Ukrainian capital', 'Ukraine\'s capital',
  'київ*', 'києв*', 'столиц*',
  // districts
  'Podil', 'Obolon', 'Darnytsia', 'Darnytskyi', 'Solomianskyi', 'Shevchenkivskyi', 'Holosiivskyi', 'Desnianskyi',
  'Dniprovskyi', 'Pecherskyi', 'Sviatoshynskyi', 'Troieshchyna', 'Osokorky', 'Poznyaky', 'Vynohradar',
  'подільськ*', 'поділ*', 'оболон*', 'дарниц*', 'солом\'янськ*', 'шевченківськ*', 'голосіївськ*', 'деснянськ*',
  'дніпровськ* район*', 'печерськ*', 'святошинськ*', 'троєщин*', 'осокорк*', 'позняк*', 'виноградар*',
  // oblast towns
  'Bila Tserkva', 'Brovary', 'Boryspil', 'Irpin', 'Bucha', 'Vyshhorod', 'Obukhiv', 'Fastiv', 'Vasylkiv', 'Hostomel',
  'Borodianka', 'Bucha district', 'Vyshneve', 'Ukrainka',
  'біл* церкв*', 'бровар*', 'бориспол*', 'борисп*', 'ірпін*', 'ірпен*', 'буча', 'бучі', 'бучу', 'бучею', 'вишгород*',
  'обухів', 'обухов*', 'фастів', 'фастов*', 'васильків', 'василькова', 'василькові', 'гостомел*', 'бородянк*',
  'вишнев*', 'українк*',
];

/** Announced drills: siren tests and controlled detonations are not attacks. */
const DRILLS = [
  'siren test*', 'testing sirens', 'test the sirens', 'controlled detonation*', 'перевір* систем* оповіщення',
  'тестують сирен*', 'перевірк* сирен*', 'вибухов* робот*', 'утилізац* боєприпас*',
];

/** Things that share words with war news but are not war news. */
const NOT_WAR = [
  'storm alert', 'weather alert', 'air quality alert', 'air-quality alert', 'штормов* попереджен*',
  'animal shelter*', 'домашніх тварин', 'delivery drone*', 'доставк* посил*', 'exhibition', 'museum', 'виставк*',
  'музе*',
];

/** Looking back rather than reporting: commemorations and debunked fakes (minor, and not a live attack). */
const RETROSPECTIVE = ['fact check', 'фейк*', 'дезінформац*', 'anniversary', 'роковин*', 'річниц*', 'memorial'];

export const DEFAULT_TOPICS_INPUT: TopicsFileInput = {
  version: 1,
  topics: [
    {
      id: 'kyiv-air-raids',
      name: 'Kyiv air raids',
      description: 'Air-raid alerts, missile and drone attacks, air defence and their impact in Kyiv city and oblast, including the all-clear.',
      terms: [
        'air raid*', 'air-raid*', 'air alert*', 'siren*', 'all clear', 'all-clear', 'alert is over', 'alert has ended',
        'drone*', 'shahed*', 'kamikaze', 'missile*', 'ballistic', 'rocket*', 'airstrike*', 'air strike*', 'strike*',
        'struck', 'attack*', 'explosion*', 'blast*', 'air defence', 'air defense', 'anti-aircraft', 'shot down',
        'downed', 'intercept*', 'debris', 'shelter*', 'bombard*', 'shelling', 'take cover',
        'тривог*', 'сирен*', 'відбій', 'дрон*', 'безпілотник*', 'бпла', 'шахед*', 'ракет*', 'балістик*', 'удар*',
        'атак*', 'вибух*', 'ппо', 'протиповітрян*', 'збит*', 'збил*', 'уламк*', 'укритт*', 'укриттях', 'обстріл*',
      ],
      places: KYIV_PLACES,
      negative: [
        'Kyiv-based', 'based in Kyiv', 'Kyiv Independent', 'Kyiv Post', 'Kyiv School of Economics', 'Kyiv time',
        'Kyiv said', 'Kyiv says', 'Kyiv\'s request*', 'Kyiv\'s allies', 'Kyiv and its allies', 'Kyiv government',
        'delegation from Kyiv', 'visit to Kyiv', 'Dynamo Kyiv', 'Динамо', 'Kyivskyi district', 'київськ* район*',
        'missile defence talks', 'air defence systems to', 'air defense systems to', 'supply of air defence',
        'київськ* незалежн*', 'російськ* столиц*', 'столиц* росії', 'cyber attack*', 'cyberattack*', 'heart attack',
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
        'talks', 'negotiat*', 'sanction*', 'diplomat*', 'foreign minister*', 'foreign ministry', 'minister*',
        'foreign secretary', 'secretary of state', 'state department', 'summit*', 'peace', 'ceasefire', 'envoy*',
        'ambassador*', 'embassy', 'kremlin', 'president*', 'prime minister', 'mediat*', 'treaty', 'accord',
        'agreement*', 'memorandum', 'signed', 'resolution', 'UN', 'United Nations', 'General Assembly', 'NATO',
        'EU', 'European Union', 'secretary general', 'frozen assets', 'frozen Russian assets', 'partners', 'voters',
        'election*', 'campaigns', 'solidarity', 'condemn*',
        'переговор*', 'санкці*', 'дипломат*', 'міністр*', 'мзс', 'саміт*', 'посол', 'посла', 'послом', 'посли', 'послів',
        'кремл*', 'мирн* переговор*', 'мирн* план*', 'мирн* угод*', 'перемир*', 'президент*', 'прем\'єр*',
        'посередни*', 'угод*', 'зустріч*', 'меморандум*', 'підписал*', 'резолюці*', 'оон', 'нато', 'єс', 'держдеп*',
        'заморожен* актив*', 'партнер*', 'союзник*', 'вибор*', 'солідарн*', 'засуд*', 'звернувся', 'звернулася',
      ],
      negative: [
        'peacekeep*', 'defence minister*', 'defense minister*', 'defence ministry', 'defense ministry',
        'міністр* оборони', 'міністерств* оборони', 'мін* оборони',
      ],
      defaultSeverity: 'minor',
    },
    {
      id: 'troops',
      name: 'Troops',
      description: 'Deployments, troop numbers, training, the front line, weapons deliveries and foreign forces.',
      terms: [
        'troop*', 'soldier*', 'deploy*', 'brigade*', 'battalion*', 'front line*', 'frontline', 'front-line*',
        'offensive', 'counteroffensive', 'counter-offensive', 'mobilis*', 'mobiliz*', 'conscript*', 'infantry',
        'weapons', 'arms supplies', 'arms deliver*', 'military aid', 'military equipment', 'military trucks',
        'demining', 'tank', 'tanks', 'artillery', 'himars', 'f-16*', 'atacms', 'patriot*', 'iris-t', 'samp/t',
        'skynex', 'mirage*', 'bayraktar*', 'iskander*', 'launchers', 'ammunition', 'shells', 'howitzer*',
        'air defence system*', 'air-defence system*', 'air defense system*', 'air-defence missiles',
        'combat', 'forces', 'army', 'advance*', 'recaptur*', 'captured', 'trench*', 'peacekeep*', 'units',
        'contingent', 'stationed', 'fortification*', 'recruit*', 'fighters', 'assault*', 'territorial defence',
        'exercises', 'strike drones', 'long-range drones', 'drone maker*', 'defence firm*', 'encirclement',
        'військ*', 'солдат*', 'бригад*', 'батальйон*', 'фронт*', 'мобілізац*', 'збро*', 'танк', 'танки', 'танків',
        'артилер*', 'наступ*', 'контрнаступ*', 'навчан*', 'зсу', 'військовослужбов*', 'окупант*', 'піхот*',
        'сили оборони', 'сил оборони', 'силами оборони', 'напрямк*', 'бойов* зіткнен*', 'генштаб*', 'підрозділ*',
        'снаряд*', 'гаубиц*', 'залпового вогню', 'іскандер*', 'систем* ппо', 'зенітн* установ*', 'тероборон*',
        'трО', 'вишкіл*', 'новобранц*', 'вогнев* груп*', 'дрони-перехоплювач*', 'перехоплювач*', 'миротворц*',
        'закупить', 'штурм*',
      ],
      negative: [
        'наступн*', 'наступного', 'tank farm*', 'think tank*', 'frontline town*', 'артилерійськ* обстріл*',
        'в напрямку', 'у напрямку', 'air defence units', 'air defense units',
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
      terms: ['all clear', 'all-clear', 'alert is over', 'alert has ended', 'alert lifted', 'відбій', 'скасовано повітряну тривогу'],
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
        'denied', 'deny', 'neither confirm', 'would not', 'would never', 'will not', 'warned', 'urged', 'asked',
        'called for', 'analyst*', 'analysis', 'solidarity', 'condemn*', 'prolong', 'escalation', 'rumours',
        'назвав', 'назвало', 'не виключив', 'не виключає', 'закликав', 'закликала', 'заперечу*', 'не володіє',
        'аналітик*', 'хоче', 'солідарн*', 'засуд*', 'провокаці*', 'blocked', 'заблокува*', ...RETROSPECTIVE,
      ],
      unless: NOT_WAR,
    },
    {
      name: 'military development',
      severity: 'moderate',
      terms: [
        'deployed', 'delivered', 'will send', 'will deliver', 'received', 'moved', 'stationed', 'repelled',
        'pulled back', 'advanced', 'exercises', 'no damage', 'no casualties', 'no injuries', 'first time',
        'передав', 'передала', 'передасть', 'передадуть', 'прибула', 'прибули', 'перекину*', 'перекида*',
        'просунул*', 'відбил*', 'відбито', 'накопичує', 'без наслідків', 'наслідків не зафіксовано', 'уперше',
        'вперше застосували', 'схвалив', 'закупить',
      ],
      unless: NOT_WAR,
    },
    {
      name: 'casualties',
      severity: 'severe',
      terms: [
        'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'wounded', 'injured', 'injuring', 'wounding',
        'casualt*', 'victims', 'hospitali*', 'in hospital', 'death toll',
        'загин*', 'загибл*', 'вбит*', 'поранен*', 'постраждал*', 'жертв*', 'травмован*', 'госпіталізован*',
      ],
      negative: ['no casualties', 'no injuries', 'без постраждалих', 'без жертв'],
      unless: [...NOT_WAR, ...DRILLS, ...RETROSPECTIVE],
    },
    {
      name: 'damage',
      severity: 'severe',
      terms: [
        'fire*', 'blaze', 'damag*', 'destroy*', 'destruction', 'collapsed', 'hit a', 'cut power', 'power outage*',
        'пожеж*', 'пошкодж*', 'зруйн*', 'руйнуван*', 'влучан*', 'влучил*', 'загорання', 'займання', 'знеструм*',
      ],
      negative: [
        'ceasefire*', 'anti-aircraft fire', 'under fire', 'fire back', 'firing', 'fires at', 'no damage',
        'destroyed all', 'no reports of damage', 'peat fires', 'вогнев*',
      ],
      unless: [...NOT_WAR, ...DRILLS, ...RETROSPECTIVE, 'без наслідків', 'наслідків не зафіксовано'],
    },
    {
      name: 'escalation',
      severity: 'severe',
      terms: [
        'enter combat', 'entered combat', 'into combat', 'engaged Ukrainian troops', 'join the fighting',
        'joined the fighting', 'enter the war', 'entered the war', 'вступ* у бій', 'вступил* в бій', 'вступ* у війну',
      ],
    },
    {
      name: 'active threat',
      severity: 'extreme',
      terms: [
        'air raid alert', 'air-raid alert', 'air alert', 'air raid siren*', 'sirens', 'alert remains', 'take shelter',
        'shelter*', 'take cover', 'inbound', 'heading toward*', 'heading for', 'approaching', 'spotted', 'under attack',
        'under a drone attack', 'under way', 'ongoing', 'continuing', 'attack continues', 'explosions', 'blasts',
        'air defence is active', 'air defence is working', 'air defence firing', 'air defence engages',
        'firing at', 'fired missiles at', 'launched missiles at',
        'повітрян* тривог*', 'тривог*', 'укритт*', 'загроз*', 'курсом на', 'рухаються на', 'працює ппо',
        'ппо працює', 'працює протиповітрян*', 'під атакою', 'триває', 'вибухи', 'можлив* пуск*',
      ],
      negative: [
        'відбій тривоги', 'відбій повітряної тривоги', 'скасовано повітряну тривогу', 'тривога тривала',
        'тривоги тривали', 'не повітряна тривога', 'загрозу', 'минуто', 'staying in shelters', 'until the all clear',
        'до відбою',
      ],
      // An all-clear ends the threat ("until the all clear" is a negative context above, so it does not count).
      unless: [...NOT_WAR, ...DRILLS, ...RETROSPECTIVE, 'all clear', 'all-clear', 'alert is over', 'has been lifted', 'відбій'],
    },
  ],
};

/** The defaults, validated at import like any topics file would be. */
export const DEFAULT_TOPICS: TopicsFile = parseTopicsFile(DEFAULT_TOPICS_INPUT, 'built-in defaults');
