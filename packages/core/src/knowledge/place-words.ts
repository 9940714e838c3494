/**
 * Common words around place names, shared by the recognisers that read them: the gazetteer
 * ("eastern Aleppo" is Aleppo), the chunks ("in al-Hilla") and the tagger's limits on growing a
 * known place ("Mosul district", not "Virginia hospitals").
 */

/** Lower-case compass words that name a part of the place after them: "northern Iraq", "northeast Syria". */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(
  'north south east west northern southern eastern western central north-east north-west south-east south-west northeast northwest southeast southwest northeastern northwestern southeastern southwestern'.split(
    ' ',
  ),
);

/** Capitalised compass words: before a known place they name another place ("South Sioux City", "Southwest Asia"). */
export const CAPITAL_COMPASS: ReadonlySet<string> = new Set(
  'North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern Southwestern'.split(
    ' ',
  ),
);

/** The Arabic article, written lower case and hyphenated to a name: "al-Hilla", "ash-Sham", "Salah ad Din". */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ad',
  'ar',
  'as',
  'ash',
  'at',
  'an',
  'az',
]);

/**
 * Prepositions after which a name is a place, whoever else it could name: "near Ayn Isa", "outside
 * Baghdadi" (people are rarely placed by "near"; "in" and "at" take both, so they are not here).
 */
export const ONLY_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['near', 'Near', 'outside', 'Outside']);

/**
 * Arabic words that open a place's name, as "Lake" or "Mount" do in English: spring (Ayn, Ain),
 * cape (Ras), hill (Tal, Tell), mountain (Jabal, Jebel), valley (Wadi), well (Bir), monastery
 * (Deir, Dayr), palace (Qasr), gate (Bab), bridge (Jisr), village (Kafr, Qaryat), bath (Hammam,
 * Hamam), bank (Jurf), ruin (Khirbat, Khirbet), river (Nahr):
 * "Ayn al-Asad", "Ras al-Ain", "Jisr al-Shughur". Some are also given names ("Ayn"), never first.
 */
export const ARABIC_PLACE_LEADS: ReadonlySet<string> = new Set(
  'Ayn Ain Ras Tal Tall Tell Jabal Jebel Wadi Bir Deir Dayr Qasr Bab Jisr Kafr Hammam Hamam Jurf Qaryat Khirbat Khirbet Nahr'.split(
    ' ',
  ),
);

/**
 * Lower-case administrative units written after a place's name ("Anbar province", "Hajin
 * subdistrict"): the unit is part of the place's mention.
 */
export const ADMIN_UNIT_NOUNS: ReadonlySet<string> = new Set(
  'province governorate district subdistrict county'.split(' '),
);

/** Lower-case nouns for the land around a known town or region, part of its mention: "the Mosul area". */
export const AREA_NOUNS: ReadonlySet<string> = new Set(['area', 'region']);

/** Plural place nouns that several names share ("Kandahar and Uruzgan provinces"): part of neither name. */
export const PLURAL_PLACE_NOUNS: ReadonlySet<string> = new Set(
  'provinces districts governorates neighborhoods neighbourhoods villages towns cities'.split(' '),
);

/** Lower-case nouns of places after a name: "Mosul district", "Anbar province", "Hamrin mountains". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'district districts province provinces governorate governorates region regions area areas city town village neighbourhood neighborhood suburbs outskirts countryside mountains mountain valley river basin desert border borders coast island islands peninsula state county municipality'.split(
    ' ',
  ),
);

/** Words that end a street's name ("9th Street", "Michigan Avenue"): a place name never starts with one. */
export const STREET_WORDS: ReadonlySet<string> = new Set(
  'Street St Avenue Ave Road Rd Boulevard Blvd Drive Dr Lane Ln Highway Hwy Expressway Parkway Pkwy Court Ct Place Pl Square Sq Terrace Way Close Crescent'.split(
    ' ',
  ),
);

/** Place heads that are also surnames ("Carla Hills", "Tom Bridge", "Rebecca Hall"): after a given name, a person's. */
export const SURNAME_PLACE_HEADS: ReadonlySet<string> = new Set([
  'Hall',
  'Hills',
  'Heights',
  'Base',
  'Coast',
  'Bridge',
  'Range',
  'Camp',
  'Castle',
  'Tower',
  'Gate',
  'Citadel',
  'Fortress',
]);

/**
 * Place words that are surnames too, though less often than places ("Grace Park" beside "Victoria
 * Park", "Anna Street" beside "George Street"): a person's only after a title ("Judge Anna Street").
 */
export const TITLED_SURNAME_PLACE_WORDS: ReadonlySet<string> = new Set(['Park', 'Street', 'Lake']);

/** Capitalised last words of a place's name: "Tigris River", "Al Asad Air Base", "Mosul Dam", "Ishtar Gate". */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  'Sea Ocean River Valley Mountains Mountain Island Islands Gulf Strait Straits Bay Lake Peninsula Desert Province Governorate County Parish Borough District Region Street Avenue Road Square Airport Airfield Airbase Base Garrison Harbor Harbour Canal Coast Basin Plateau Heights Hills Barrage Dam Mosque Cathedral Abbey Basilica Chapel Synagogue City Range Complex Bridge Refinery Oilfield Crossing Checkpoint Barracks Camp Arsenal Gate Citadel Fortress Castle Tower Palace'.split(
    ' ',
  ),
);

/**
 * Words that say where the name after them is: "at Albert Hall", "on George Street", "from Cornwall
 * and the G7", "flew to Austin". What follows them is a place rather than a person or a partner.
 */
export const WHERE_WORDS: ReadonlySet<string> = new Set(
  'at in on from to into near outside inside along across past off of around behind opposite through via toward towards beside within throughout'.split(
    ' ',
  ),
);
