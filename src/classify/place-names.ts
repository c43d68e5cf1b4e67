// The built-in gazetteer incident threading uses: places in English and Ukrainian, each within its region or country.
import { cancelsAny, compileTerm, createTermIndex, type Token } from './term-index.js';

/** One place: its id, the place it lies within, and its names as terms (English, Ukrainian stems for case forms). */
export interface PlaceName {
  id: string;
  /** The enclosing place: a district within its city, a town within its oblast, a capital within its country. */
  within?: string;
  /**
   * Named in so many reports (as the seat of government, a venue, a party to talks) that sharing it links two
   * reports only on a topic bound to it (an air-raid topic listing it among its places). It still keeps apart.
   */
  common?: boolean;
  /**
   * Its parts are one place for threading: a city's districts, or Kyiv oblast's towns, whose impact the same night
   * is one incident (test/fixtures/LABELLING.md, clarification 9). Other places' parts stay apart.
   */
  joinsParts?: boolean;
  /**
   * A place whose reports this one's take in: a report naming both goes with this one's incident ("Kyiv and the
   * region": the city's, clarification 9), so the other place and its parts are dropped from it.
   */
  prevailsOver?: string;
  names: readonly string[];
}

// Ukrainian alternates vowels inside a name (Харків/Харкова, Київ/Києва), so both stems are listed. Kyiv city and
// Kyiv oblast are siblings, not one within the other: the labelling guideline keeps the city's incident and the
// oblast's (its administration's messages, impact in its towns) apart the same night, and a report naming both goes
// with the city's (clarification 9).
// Ukraine and Russia are left out on purpose: nearly every report names them, so they would tell nothing apart.
export const PLACE_NAMES: readonly PlaceName[] = [
  {
    id: 'kyiv-oblast',
    joinsParts: true,
    names: [
      'Kalashnyk', 'калашник*', 'Kyiv oblast', 'Kyiv region', 'Kyiv regional', 'Kyiv province', 'Kyiv Oblast Military',
      'київщин*', 'київськ* област*', 'київськ* ова', 'київськ* обласн*',
      // Around the city, not in it ("у селі під Києвом"). Not "outside Kyiv", which is also at a door in the city ("outside
      // Kyiv's Okhmatdyt children's hospital").
      'під києвом', 'під столицею',
    ],
  },
  {
    id: 'kyiv',
    common: true,
    joinsParts: true,
    prevailsOver: 'kyiv-oblast',
    names: [
      'Klitschko', 'кличк*', 'Tymur Tkachenko', 'тимур* ткаченк*', 'Kyiv', 'Kiev', 'Ukrainian capital',
      'Ukraine\'s capital', 'the capital', 'київ', 'києв*', 'київськ* міськ*', 'столиц*', 'кмва',
      // The metro line named after Brovary is Kyiv's (the topic's negative sets aside Brovary inside it).
      'святошинсько броварськ* лін*', 'Sviatoshynsko-Brovarska line',
      // So is the avenue ("ще один гуде над Броварським проспектом").
      'броварськ* проспект*', 'Brovarskyi Avenue', 'Brovarskyi prospekt',
    ],
  },
  { id: 'kyiv/podil', within: 'kyiv', names: ['Podil', 'Podilskyi', 'поділ', 'подолі', 'подолу', 'подолом', 'подільськ*', 'Kurenivka', 'куренівк*', 'куренівц*', 'Vynohradar', 'виноградар*', 'Mostytskyi', 'мостицьк*'] },
  { id: 'kyiv/obolon', within: 'kyiv', names: ['Obolon', 'Obolonskyi', 'оболон*', 'Priorka', 'пріорк*', 'героїв дніпра', 'Heroiv Dnipra'] },
  { id: 'kyiv/darnytsia', within: 'kyiv', names: ['Darnytsia', 'Darnytskyi', 'дарниц*', 'Pozniaky', 'Poznyaky', 'Osokorky', 'позняки', 'позняках', 'позняків', 'познякам', 'позняками', 'осокорки', 'осокорках', 'харківськ* шосе', 'Kharkivske shose', 'Kharkivske highway'] },
  { id: 'kyiv/solomianskyi', within: 'kyiv', names: ['Solomianskyi', 'Solomianka', 'солом\'янськ*', 'солом\'янк*', 'солом\'янці', 'Zhuliany', 'жулян*', 'Chokolivka', 'чоколівк*', 'Shuliavka', 'шулявк*', 'шулявці', 'Vidradnyi', 'відрадн* масив*'] },
  { id: 'kyiv/shevchenkivskyi', within: 'kyiv', names: ['Shevchenkivskyi', 'шевченківськ*', 'Lukianivka', 'лук\'янівк*', 'лук\'янівц*'] },
  { id: 'kyiv/holosiivskyi', within: 'kyiv', names: ['Holosiivskyi', 'Holosiiv', 'голосіївськ*', 'голосіїв*', 'голосієв*', 'Teremky', 'теремки', 'теремках', 'теремків', 'Koncha-Zaspa', 'конча-засп*', 'VDNH', 'вднг', 'Demiivka', 'деміївк*', 'деміївці', 'Feofaniia', 'феофані*', 'Korchuvate', 'корчуват*', 'Vydubychi', 'видубич*'] },
  { id: 'kyiv/desnianskyi', within: 'kyiv', names: ['Desnianskyi', 'Troieshchyna', 'Troyeshchyna', 'деснянськ*', 'троєщин*', 'Lisovyi masyv', 'лісов* масив*', 'Vyhurivshchyna', 'вигурівщин*', 'Bykivnia', 'биківн*'] },
  { id: 'kyiv/dniprovskyi', within: 'kyiv', names: ['Dniprovskyi', 'дніпровськ* район*', 'Rusanivka', 'русанівка', 'русанівці', 'русанівки', 'Berezniaky', 'Bereznyaky', 'березняки', 'березняках', 'березняків', 'березнякам', 'Livoberezhna', 'Livoberezhnyi', 'лівобережн* масив*', 'лівобережній', 'Raiduzhnyi', 'райдужн* масив*', 'соцміст*'] },
  { id: 'kyiv/pecherskyi', within: 'kyiv', names: ['Pecherskyi', 'Pechersk', 'печерськ*', 'Arsenalna', 'арсенальн*'] },
  { id: 'kyiv/sviatoshynskyi', within: 'kyiv', names: ['Sviatoshynskyi', 'Sviatoshyn', 'святошин*', 'Borshchahivka', 'борщаг*', 'борщазі', 'Nyvky', 'нивк*', 'Akademmistechko', 'академмістечк*', 'Bilychi', 'біличах', 'біличі'] },
  // Villages of the oblast named like the city's Borshchahivka: the longer name is meant.
  { id: 'kyiv-oblast/sofiivska-borshchahivka', within: 'kyiv-oblast', names: ['Sofiivska Borshchahivka', 'софіївськ* борщагівк*', 'софіївській борщагівці'] },
  { id: 'kyiv-oblast/petropavlivska-borshchahivka', within: 'kyiv-oblast', names: ['Petropavlivska Borshchahivka', 'петропавлівськ* борщагівк*', 'петропавлівській борщагівці'] },
  { id: 'kyiv-oblast/bila-tserkva', within: 'kyiv-oblast', names: ['Bila Tserkva', 'біл* церкв*', 'білоцерків*'] },
  { id: 'kyiv-oblast/brovary', within: 'kyiv-oblast', names: ['Brovary', 'бровар*'] },
  { id: 'kyiv-oblast/boryspil', within: 'kyiv-oblast', names: ['Boryspil', 'борисп*'] },
  { id: 'kyiv-oblast/irpin', within: 'kyiv-oblast', names: ['Irpin', 'ірпін*', 'ірпен*'] },
  { id: 'kyiv-oblast/bucha', within: 'kyiv-oblast', names: ['Bucha', 'буча', 'бучі', 'бучу', 'бучею', 'бучанськ*'] },
  { id: 'kyiv-oblast/vyshhorod', within: 'kyiv-oblast', names: ['Vyshhorod', 'вишгород*'] },
  { id: 'kyiv-oblast/obukhiv', within: 'kyiv-oblast', names: ['Obukhiv', 'обухів*', 'обухов*', 'Trypillia', 'Trypilska', 'трипілл*', 'трипільськ*'] },
  { id: 'kyiv-oblast/fastiv', within: 'kyiv-oblast', names: ['Fastiv', 'фастів*', 'фастов*'] },
  { id: 'kyiv-oblast/vasylkiv', within: 'kyiv-oblast', names: ['Vasylkiv', 'васильків*', 'васильков*'] },
  { id: 'kyiv-oblast/hostomel', within: 'kyiv-oblast', names: ['Hostomel', 'гостомел*'] },
  { id: 'kyiv-oblast/borodianka', within: 'kyiv-oblast', names: ['Borodianka', 'бородянк*'] },
  // More of the oblast's towns and villages (the topic's places hold them too), so that their reports keep apart from
  // the city's the same night (clarification 9). Not "Українка": also a word for a Ukrainian woman.
  { id: 'kyiv-oblast/vyshneve', within: 'kyiv-oblast', names: ['Vyshneve', 'вишневе', 'вишневому', 'вишневого', 'вишневим'] },
  { id: 'kyiv-oblast/boiarka', within: 'kyiv-oblast', names: ['Boyarka', 'Boiarka', 'боярк*', 'боярці'] },
  { id: 'kyiv-oblast/ukrainka', within: 'kyiv-oblast', names: ['Ukrainka', 'над українкою', 'в українці', 'у українці', 'біля українки', 'м. українка', 'місто українка'] },
  { id: 'kyiv-oblast/pereiaslav', within: 'kyiv-oblast', names: ['Pereiaslav', 'Pereyaslav', 'переяслав*'] },
  { id: 'kyiv-oblast/yahotyn', within: 'kyiv-oblast', names: ['Yahotyn', 'яготин*'] },
  { id: 'kyiv-oblast/slavutych', within: 'kyiv-oblast', names: ['Slavutych', 'славутич*'] },
  { id: 'kyiv-oblast/bohuslav', within: 'kyiv-oblast', names: ['Bohuslav', 'богуслав*'] },
  { id: 'kyiv-oblast/kaharlyk', within: 'kyiv-oblast', names: ['Kaharlyk', 'кагарлик*'] },
  { id: 'kyiv-oblast/makariv', within: 'kyiv-oblast', names: ['Makariv', 'макарів', 'макарові', 'макарова', 'макаровом', 'макарівськ*'] },
  { id: 'kyiv-oblast/baryshivka', within: 'kyiv-oblast', names: ['Baryshivka', 'баришівк*', 'баришівці'] },
  { id: 'kyiv-oblast/berezan', within: 'kyiv-oblast', names: ['Berezan', 'березан*'] },
  { id: 'kyiv-oblast/vorzel', within: 'kyiv-oblast', names: ['Vorzel', 'ворзел*'] },
  { id: 'kyiv-oblast/myronivka', within: 'kyiv-oblast', names: ['Myronivka', 'миронівк*', 'миронівці'] },
  { id: 'kyiv-oblast/skvyra', within: 'kyiv-oblast', names: ['Skvyra', 'сквир*'] },
  { id: 'kyiv-oblast/ivankiv', within: 'kyiv-oblast', names: ['Ivankiv', 'іванків*'] },
  { id: 'kyiv-oblast/dymer', within: 'kyiv-oblast', names: ['Dymer', 'димер*'] },
  { id: 'kyiv-oblast/kriukivshchyna', within: 'kyiv-oblast', names: ['Kriukivshchyna', 'крюківщин*'] },
  { id: 'kyiv-oblast/hlevakha', within: 'kyiv-oblast', names: ['Hlevakha', 'глевах*'] },
  { id: 'kyiv-oblast/kotsiubynske', within: 'kyiv-oblast', names: ['Kotsiubynske', 'коцюбинськ*'] },
  {
    id: 'kharkiv',
    joinsParts: true,
    names: [
      'Terekhov', 'Syniehubov', 'терехов*', 'синєгубов*', 'Kharkiv', 'Kharkov', 'харків*', 'харков*', 'харківщин*',
    ],
  },
  { id: 'kharkiv/saltivskyi', within: 'kharkiv', names: ['Saltivskyi', 'салтівськ*'] },
  { id: 'kharkiv/kyivskyi', within: 'kharkiv', names: ['Kyivskyi district', 'київськ* район*'] },
  { id: 'odesa', names: ['Kiper', 'кіпер*', 'Odesa', 'Odessa', 'одес*', 'одещин*'] },
  {
    id: 'dnipro',
    names: [
      'Lysak', 'Filatov', 'лисак*', 'філатов*', 'Dnipro', 'Dnipropetrovsk', 'дніпро', 'дніпра', 'дніпрі', 'дніпру',
      'дніпропетровськ*', 'дніпропетровщин*',
      // A strike on the city, not the river's "по Дніпру" (which the Kyiv topic's negatives hold): "удару по Дніпру".
      ...['удар', 'удару', 'удари', 'ударів', 'ударом', 'ударами', 'атака', 'атаки', 'атаку', 'обстріл', 'обстрілу'].map(
        (strike) => `${strike} по дніпру`),
      ...['ракетного', 'ракетному', 'масованого', 'нічного', 'комбінованого'].map((kind) => `${kind} удару по дніпру`),
    ],
  },
  {
    id: 'zaporizhzhia',
    names: [
      'Ivan Fedorov', 'Іван Федоров', 'Івана Федорова', 'Zaporizhzhia', 'Zaporizhia', 'запоріжж*', 'запорізьк*',
    ],
  },
  { id: 'sumy', names: ['Artiukh', 'артюх*', 'Sumy', 'суми', 'сумах', 'сумщин*', 'сумськ*'] },
  { id: 'chernihiv', names: ['Chaus', 'чаус*', 'Chernihiv', 'чернігів*', 'чернігов*'] },
  { id: 'zhytomyr', names: ['Zhytomyr', 'житомир*'] },
  { id: 'lviv', names: ['Sadovyi', 'Kozytskyi', 'Андрій Садовий', 'козицьк*', 'Lviv', 'львів*', 'львов*'] },
  { id: 'kherson', names: ['Prokudin', 'прокудін*', 'Kherson', 'херсон*'] },
  {
    id: 'mykolaiv',
    names: [
      'Vitaliy Kim', 'Vitalii Kim', 'Віталій Кім', 'Senkevych', 'сєнкевич*', 'Mykolaiv', 'миколаїв*', 'миколаєв*',
    ],
  },
  { id: 'poltava', names: ['Poltava', 'полтав*'] },
  { id: 'donetsk-oblast', names: ['Donetsk', 'Donbas', 'донецьк*', 'донеччин*', 'донбас*'] },
  { id: 'donetsk-oblast/pokrovsk', within: 'donetsk-oblast', names: ['Pokrovsk', 'покровськ*'] },
  { id: 'donetsk-oblast/kurakhove', within: 'donetsk-oblast', names: ['Kurakhove', 'курахов*'] },
  { id: 'donetsk-oblast/chasiv-yar', within: 'donetsk-oblast', names: ['Chasiv Yar', 'часів* яр*', 'часового яру'] },
  // Other regional centres with their oblasts, and towns often struck: a town stands alone where its oblast shares
  // an id with its city (Izium and Kharkiv are two places, as Kyiv city and its oblast are).
  { id: 'volyn', names: ['Volyn', 'волин*'] },
  { id: 'volyn/lutsk', within: 'volyn', names: ['Lutsk', 'луцьк*'] },
  { id: 'rivne-oblast', names: ['Rivne oblast', 'Rivne region', 'рівненщин*', 'рівненськ* област*'] },
  { id: 'rivne-oblast/rivne', within: 'rivne-oblast', names: ['Rivne', 'рівне', 'рівного', 'рівному', 'рівним'] },
  { id: 'ternopil', names: ['Ternopil', 'тернопіл*', 'тернопол*', 'тернопільщин*'] },
  { id: 'khmelnytskyi', names: ['Khmelnytskyi', 'Khmelnytskyi oblast', 'хмельницьк*', 'хмельниччин*'] },
  { id: 'khmelnytskyi/starokostiantyniv', within: 'khmelnytskyi', names: ['Starokostiantyniv', 'старокостянтинів*'] },
  { id: 'ivano-frankivsk', names: ['Ivano-Frankivsk', 'івано-франківськ*', 'прикарпатт*'] },
  { id: 'ivano-frankivsk/burshtyn', within: 'ivano-frankivsk', names: ['Burshtyn', 'бурштин*'] },
  { id: 'zakarpattia', names: ['Zakarpattia', 'Uzhhorod', 'Mukachevo', 'закарпатт*', 'ужгород*', 'мукачев*'] },
  { id: 'chernivtsi', names: ['Chernivtsi', 'Bukovyna', 'чернівц*', 'буковин*'] },
  { id: 'vinnytsia', names: ['Borzov', 'борзов*', 'Vinnytsia', 'вінниц*', 'вінниччин*'] },
  { id: 'cherkasy', names: ['Cherkasy', 'черкас*', 'черкащин*'] },
  { id: 'cherkasy/uman', within: 'cherkasy', names: ['Uman', 'умань', 'умані'] },
  { id: 'kirovohrad', names: ['Kropyvnytskyi', 'Kirovohrad', 'кропивницьк*', 'кіровоградщин*', 'кіровоградськ*'] },
  {
    id: 'kryvyi-rih',
    names: [
      'Vilkul', 'вілкул*', 'Kryvyi Rih', 'кривий ріг', 'кривого рогу', 'кривому розі', 'кривому рогу', 'кривим рогом',
      'криворіж*', 'криворізьк*',
    ],
  },
  { id: 'nikopol', names: ['Nikopol', 'нікопол*'] },
  { id: 'pavlohrad', names: ['Pavlohrad', 'павлоград*'] },
  { id: 'kamianske', names: ['Kamianske', 'кам\'янськ*'] },
  { id: 'kremenchuk', names: ['Kremenchuk', 'кременчу*'] },
  { id: 'izium', names: ['Izium', 'ізюм*'] },
  { id: 'kupiansk', names: ['Kupiansk', 'куп\'янськ*'] },
  { id: 'chuhuiv', names: ['Chuhuiv', 'чугуїв*'] },
  { id: 'izmail', names: ['Izmail', 'ізмаїл*'] },
  { id: 'chornomorsk', names: ['Chornomorsk', 'чорноморськ'] },
  { id: 'konotop', names: ['Konotop', 'конотоп*'] },
  { id: 'shostka', names: ['Shostka', 'шостк*'] },
  { id: 'okhtyrka', names: ['Okhtyrka', 'охтирк*'] },
  { id: 'nizhyn', names: ['Nizhyn', 'ніжин*'] },
  { id: 'korosten', names: ['Korosten', 'коростен*'] },
  { id: 'berdychiv', names: ['Berdychiv', 'бердичів*', 'бердичев*'] },
  { id: 'donetsk-oblast/kramatorsk', within: 'donetsk-oblast', names: ['Kramatorsk', 'краматорськ*'] },
  { id: 'donetsk-oblast/sloviansk', within: 'donetsk-oblast', names: ['Sloviansk', 'слов\'янськ*'] },
  { id: 'donetsk-oblast/kostiantynivka', within: 'donetsk-oblast', names: ['Kostiantynivka', 'костянтинівк*'] },
  { id: 'donetsk-oblast/druzhkivka', within: 'donetsk-oblast', names: ['Druzhkivka', 'дружківк*'] },
  { id: 'donetsk-oblast/toretsk', within: 'donetsk-oblast', names: ['Toretsk', 'торецьк*'] },
  { id: 'luhansk-oblast', names: ['Luhansk', 'луганськ*', 'луганщин*'] },
  { id: 'belgorod', names: ['Belgorod', 'бєлгород*', 'белгород*'] },
  { id: 'bryansk', names: ['Bryansk', 'брянськ*', 'брянщин*'] },
  { id: 'crimea/sevastopol', within: 'crimea', names: ['Sevastopol', 'севастопол*'] },
  { id: 'crimea', names: ['Crimea', 'крим', 'криму', 'кримськ*'] },
  { id: 'kursk', names: ['Kursk', 'курськ*', 'курщин*'] },
  { id: 'black-sea', names: ['Black Sea', 'чорн* мор*', 'чорноморськ*'] },
  { id: 'saratov', names: ['Saratov', 'Engels', 'саратов*', 'енгельс*'] },
  { id: 'novorossiysk', names: ['Novorossiysk', 'новоросійськ*'] },
  { id: 'rostov', names: ['Rostov', 'ростов*'] },
  { id: 'tuapse', names: ['Tuapse', 'туапсе'] },
  { id: 'ryazan', names: ['Ryazan', 'рязан*'] },
  { id: 'volgograd', names: ['Volgograd', 'волгоград*'] },
  { id: 'krasnodar', names: ['Krasnodar', 'краснодар*'] },
  { id: 'moscow', names: ['Moscow', 'москв*'] },
  { id: 'belarus', names: ['Belarus', 'Minsk', 'білорус*', 'мінськ*'] },
  { id: 'north-korea', names: ['North Korea', 'North Korean', 'Pyongyang', 'кндр', 'північн* коре*', 'пхеньян*'] },
  { id: 'south-korea', names: ['South Korea', 'South Korean', 'Seoul', 'південн* коре*', 'сеул*'] },
  { id: 'brussels', names: ['Brussels', 'брюссел*'] },
  {
    id: 'usa',
    common: true,
    names: [
      'United States', 'U.S.', 'American', 'Washington', 'State Department', 'White House', 'сша', 'вашингтон*',
      'американськ*', 'держдеп*', 'білий дім', 'білого дому',
    ],
  },
  { id: 'uk', names: ['Britain', 'British', 'United Kingdom', 'UK', 'London', 'британі*', 'британськ*', 'лондон*'] },
  { id: 'france', names: ['France', 'French', 'Paris', 'франці*', 'французьк*', 'париж*'] },
  { id: 'germany', names: ['Germany', 'German', 'Berlin', 'німеччин*', 'німецьк*', 'берлін*'] },
  { id: 'italy', names: ['Italy', 'Italian', 'Rome', 'італі*', 'італійськ*'] },
  { id: 'poland', names: ['Poland', 'Polish', 'Warsaw', 'польщ*', 'польськ*', 'варшав*'] },
  { id: 'lithuania', names: ['Lithuania', 'Lithuanian', 'Vilnius', 'литв*', 'литовськ*', 'вільнюс*'] },
  { id: 'latvia', names: ['Latvia', 'Latvian', 'Riga', 'латві*', 'латвійськ*'] },
  { id: 'estonia', names: ['Estonia', 'Estonian', 'Tallinn', 'естоні*', 'естонськ*', 'таллінн*'] },
  { id: 'norway', names: ['Norway', 'Norwegian', 'Oslo', 'норвегі*', 'норвезьк*', 'осло'] },
  { id: 'sweden', names: ['Sweden', 'Swedish', 'Stockholm', 'швеці*', 'шведськ*', 'стокгольм*'] },
  { id: 'finland', names: ['Finland', 'Finnish', 'Helsinki', 'фінлянді*', 'фінськ*'] },
  { id: 'denmark', names: ['Denmark', 'Danish', 'Copenhagen', 'данія', 'данії', 'данію', 'данськ*', 'копенгаген*'] },
  { id: 'netherlands', names: ['Netherlands', 'Dutch', 'The Hague', 'нідерланд*', 'гаага', 'гаазі'] },
  { id: 'czechia', names: ['Czech', 'Czechia', 'Prague', 'чехі*', 'чеськ*', 'прага', 'празі'] },
  { id: 'slovakia', names: ['Slovakia', 'Slovak', 'Bratislava', 'словаччин*', 'словацьк*', 'братислав*'] },
  { id: 'hungary', names: ['Hungary', 'Hungarian', 'Budapest', 'угорщин*', 'угорськ*', 'будапешт*'] },
  { id: 'romania', names: ['Romania', 'Romanian', 'Bucharest', 'румуні*', 'румунськ*', 'бухарест*'] },
  { id: 'moldova', names: ['Moldova', 'Moldovan', 'Chisinau', 'молдов*', 'молдовськ*', 'кишин*'] },
  { id: 'serbia', names: ['Serbia', 'Serbian', 'Belgrade', 'сербі*', 'сербськ*', 'белград*'] },
  {
    id: 'turkey',
    names: [
      'Turkey', 'Turkish', 'Türkiye', 'Ankara', 'Istanbul', 'туреччин*', 'турецьк*', 'анкар*', 'стамбул*',
    ],
  },
  { id: 'switzerland', names: ['Switzerland', 'Swiss', 'Geneva', 'Bern', 'швейцарі*', 'швейцарськ*', 'женев*'] },
  { id: 'canada', names: ['Canada', 'Canadian', 'Ottawa', 'канад*', 'оттав*'] },
  { id: 'japan', names: ['Japan', 'Japanese', 'Tokyo', 'японі*', 'японськ*', 'токіо'] },
  { id: 'china', names: ['China', 'Chinese', 'Beijing', 'китай', 'китаю', 'китаї', 'китайськ*', 'пекін*'] },
  { id: 'india', names: ['India', 'Indian', 'New Delhi', 'індія', 'індії', 'індію', 'індійськ*'] },
  { id: 'iran', names: ['Iran', 'Iranian', 'Tehran', 'іран*', 'тегеран*'] },
  { id: 'israel', names: ['Israel', 'Israeli', 'ізраїл*'] },
  { id: 'qatar', names: ['Qatar', 'катар*'] },
  { id: 'saudi-arabia', names: ['Saudi Arabia', 'Saudi', 'Riyadh', 'Jeddah', 'саудівськ*', 'ер-ріяд*', 'джидд*'] },
  { id: 'vatican', names: ['Vatican', 'Pope', 'ватикан*', 'папа римськ*'] },
];

export interface PlaceFinder {
  /**
   * The most specific places the tokens name, outside the `negative` hits ("Kyiv-based", "visit to Kyiv"): a place
   * is dropped when a place within it is named too ("Kyiv's Darnytskyi district" → the district), and a place
   * another prevails over when both are named ("Kyiv and the region" → Kyiv), unless `narrowest` is false (every
   * place named).
   */
  find(tokens: readonly Token[], negative: readonly { start: number; end: number }[], options?: { narrowest?: boolean }): string[];
  /**
   * True when every place of the shorter list is, lies within, or contains a place of the other: "Kyiv" fits
   * "Darnytskyi district", but talks in Kyiv with Japan do not fit talks in Kyiv with the Netherlands.
   */
  compatible(a: readonly string[], b: readonly string[]): boolean;
  /** Where two lists meet: for each related pair, the broader place ("Kyiv" and "Darnytskyi district" → Kyiv). */
  shared(a: readonly string[], b: readonly string[]): string[];
  /** True for a place too common to link reports on its own (see PlaceName.common). */
  isCommon(id: string): boolean;
  /** True for a place other places lie within (a region with its towns, a city with its districts). */
  hasParts(id: string): boolean;
}

/**
 * @example const places = createPlaceFinder(); places.find(tokenize('Вибухи у Харкові').tokens, []) // ['kharkiv']
 */
export function createPlaceFinder(gazetteer: readonly PlaceName[] = PLACE_NAMES): PlaceFinder {
  const index = createTermIndex(gazetteer.map((place) => place.names));
  const parent = new Map(gazetteer.map((place) => [place.id, place.within]));
  const ancestors = (id: string): string[] => {
    const out: string[] = [];
    for (let at = parent.get(id); at !== undefined && !out.includes(at); at = parent.get(at)) out.push(at);
    return out;
  };
  const common = new Set(gazetteer.filter((place) => place.common).map((place) => place.id));
  const prevails = new Map(
    gazetteer.flatMap((place) => (place.prevailsOver === undefined ? [] : [[place.id, place.prevailsOver] as const])),
  );
  const wholes = new Set(gazetteer.flatMap((place) => (place.within === undefined ? [] : [place.within])));
  const longestName = Math.max(1, ...gazetteer.flatMap((place) => place.names.map((name) => compileTerm(name).length)));
  const lineage = new Map(gazetteer.map((place) => [place.id, ancestors(place.id)]));
  const joining = new Set(gazetteer.filter((place) => place.joinsParts).map((place) => place.id));
  /** The place whose parts two places both are, when it joins its parts (two districts of one city). */
  const whole = (a: string, b: string): string | undefined => {
    const of = parent.get(a);
    return a !== b && of !== undefined && of === parent.get(b) && joining.has(of) ? of : undefined;
  };
  const related = (a: string, b: string) =>
    a === b || (lineage.get(a)?.includes(b) ?? false) || (lineage.get(b)?.includes(a) ?? false) || whole(a, b) !== undefined;

  return {
    find(tokens, negative, { narrowest = true } = {}) {
      // A name longer than every negative context it overlaps, each inside it, stands ("удару по Дніпру" holds the
      // river's "по Дніпру"), as a topic's longer place does in the classifier.
      const cancelled = cancelsAny(negative);
      const hits = index.find(tokens).filter((hit) => !cancelled(hit));
      // Where two names start at one word ("Kyiv" and "Kyiv region"), the longer one is meant. Hits come in token
      // order and a name that covers another starts at most `longestName` words before its end, so each hit is
      // compared only with its neighbours: a text naming a place thousands of times costs no comparison per pair.
      const ids = new Set<string>();
      let from = 0;
      for (const hit of hits) {
        while (hits[from]!.start <= hit.start - longestName) from++;
        let covered = false;
        for (let at = from; at < hits.length && hits[at]!.start <= hit.start && !covered; at++) {
          const other = hits[at]!;
          covered = other !== hit && other.end >= hit.end && (other.end - other.start > hit.end - hit.start || other.term.length > hit.term.length);
        }
        if (!covered) ids.add(gazetteer[hit.group]!.id);
      }
      if (!narrowest) return [...ids];
      // A place prevails through its parts too: a city district named beside an oblast town ("Ще група над Ірпенем, курс на
      // Святошин") is the city's report (clarification 9), as the city's name would be.
      for (const id of [...ids]) {
        for (const at of [id, ...(lineage.get(id) ?? [])]) {
          const over = prevails.get(at);
          if (over === undefined) continue;
          for (const other of ids) if (other === over || lineage.get(other)?.includes(over)) ids.delete(other);
        }
      }
      return [...ids].filter((id) => ![...ids].some((other) => other !== id && lineage.get(other)?.includes(id)));
    },
    hasParts(id) {
      return wholes.has(id);
    },
    isCommon(id) {
      return common.has(id);
    },
    shared(a, b) {
      const out = new Set<string>();
      for (const x of a) for (const y of b) if (related(x, y)) out.add(whole(x, y) ?? (x === y || lineage.get(y)?.includes(x) ? x : y));
      return [...out];
    },
    compatible(a, b) {
      const [few, many] = a.length <= b.length ? [a, b] : [b, a];
      return few.length > 0 && few.every((x) => many.some((y) => related(x, y)));
    },
  };
}
