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
        'missile defence talks', 'air defence systems to', 'air defense systems to', 'supply of air defence',
        'київськ* незалежн*', 'російськ* столиц*', 'столиц* росії',
      ],
      defaultSeverity: 'severe',
    },
    {
      id: 'diplomacy',
      name: 'Diplomacy',
      description: 'Talks, negotiations, sanctions and statements by officials and governments.',
      terms: [
        'talks', 'negotiat*', 'sanction*', 'diplomat*', 'foreign minister*', 'foreign ministry', 'minister*',
        'secretary of state', 'summit*', 'peace', 'ceasefire', 'envoy*', 'ambassador*', 'embassy', 'kremlin',
        'spokesperson', 'spokesman', 'spokeswoman', 'president*', 'prime minister', 'mediat*', 'treaty', 'accord',
        'переговор*', 'санкці*', 'дипломат*', 'міністр*', 'мзс', 'саміт*', 'посол', 'посла', 'послом', 'посли', 'послів', 'кремл*', 'мирн* переговор*', 'мирн* план*', 'мирн* угод*',
        'перемир*', 'президент*', 'прем\'єр*', 'речник*', 'посередни*', 'угод*', 'зустріч*',
      ],
      negative: ['peacekeep*'],
      defaultSeverity: 'minor',
    },
    {
      id: 'troops',
      name: 'Troops',
      description: 'Deployments, troop numbers, training, the front line, weapons deliveries and foreign forces.',
      terms: [
        'troop*', 'soldier*', 'deploy*', 'brigade*', 'battalion*', 'front line*', 'frontline', 'front-line*',
        'offensive', 'counteroffensive', 'counter-offensive', 'mobilis*', 'mobiliz*', 'conscript*', 'infantry',
        'weapons', 'arms supplies', 'arms deliver*', 'military aid', 'tank*', 'artillery', 'himars', 'f-16*',
        'atacms', 'combat', 'forces', 'army', 'advance*', 'recaptur*', 'captured', 'trench*', 'peacekeep*',
        'військ*', 'солдат*', 'бригад*', 'батальйон*', 'фронт*', 'мобілізац*', 'збро*', 'танк*', 'артилер*',
        'наступ*', 'контрнаступ*', 'навчан*', 'зсу', 'військовослужбов*', 'окупант*', 'піхот*', 'сили оборони',
      ],
      negative: ['наступн*', 'наступного', 'tank farm*', 'think tank*'],
      defaultSeverity: 'moderate',
    },
    {
      id: 'general',
      name: 'General',
      description: 'Updates that match no other topic.',
      defaultSeverity: 'unknown',
    },
  ],
  severityRules: [
    {
      name: 'all-clear',
      severity: 'minor',
      terms: ['all clear', 'all-clear', 'alert is over', 'alert has ended', 'alert lifted', 'відбій тривоги', 'відбій'],
      unless: ['killed', 'wounded', 'injured', 'загин*', 'поранен*', 'постраждал*'],
    },
    {
      name: 'active threat',
      severity: 'extreme',
      terms: [
        'air raid alert', 'air-raid alert', 'air alert', 'air raid siren*', 'sirens', 'take shelter', 'to shelters',
        'in shelters', 'take cover', 'inbound', 'heading toward*', 'heading for', 'approaching', 'under attack',
        'attack is ongoing', 'ongoing attack', 'attack continues', 'explosions heard', 'air defence is working',
        'air defense is working', 'повітрян* тривог*', 'тривог*', 'в укриття', 'в укриттях', 'загроз*', 'курсом на',
        'рухаються на', 'працює ппо', 'ппо працює', 'під атакою',
      ],
      negative: ['відбій тривоги'],
    },
    {
      name: 'casualties',
      severity: 'severe',
      terms: [
        'killed', 'kill', 'kills', 'killing', 'dead', 'died', 'wounded', 'injured', 'injuring', 'wounding', 'casualt*', 'victims', 'hospitali*',
        'загин*', 'загибл*', 'вбит*', 'поранен*', 'постраждал*', 'жертв*', 'травмован*', 'госпіталізован*',
      ],
    },
    {
      name: 'damage',
      severity: 'severe',
      terms: [
        'fire*', 'blaze', 'damag*', 'destroy*', 'destruction', 'collapsed', 'hit a', 'struck a',
        'пожеж*', 'пошкодж*', 'зруйн*', 'руйнуван*', 'влучан*', 'влучил*', 'загорання', 'займання',
      ],
      negative: ['ceasefire*', 'anti-aircraft fire', 'under fire', 'ceasefire', 'fire back'],
    },
    {
      name: 'escalation',
      severity: 'severe',
      terms: ['enter combat', 'entered combat', 'into combat', 'join the fighting', 'joined the fighting', 'enter the war', 'entered the war', 'вступ* у бій', 'вступ* у війну'],
    },
  ],
};

/** The defaults, validated at import like any topics file would be. */
export const DEFAULT_TOPICS: TopicsFile = parseTopicsFile(DEFAULT_TOPICS_INPUT, 'built-in defaults');
