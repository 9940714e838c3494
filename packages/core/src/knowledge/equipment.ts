/**
 * Military equipment, weapons and vehicles, as written in press releases. Hand-curated: no
 * maintained npm data package lists military systems (the registry's "military" packages are
 * symbology standards such as MIL-STD-2525), so these lists are written from general knowledge of
 * the systems in the news and from the designation systems themselves (the 1962 United States
 * Tri-Service designations, F-16 or MQ-9; the Soviet and Russian design-bureau prefixes, Su-25 or
 * Mi-24; the US missile designations, AGM-114). What counts follows the re3d annotation guide
 * (Weapon, MilitaryPlatform, Vehicle): a specific system ("T-14 Armata") or its abstract class
 * ("tank", "rifle", "airliner").
 *
 * EQUIPMENT_PATTERNS feeds the gazetteer (recognize/lexicon.ts); the word lists after it feed
 * recognize/equipment.ts, which finds designations by their shape and class nouns in context.
 *
 * Phrases
 * are matched case-sensitively and whole, so designations are listed as written ("F-16", "F-16s")
 * and generic categories in lower case ("ballistic missiles"). Bare names that are also ordinary
 * words or surnames are left out or listed only in a longer form ("Patriot missile", not "Patriot";
 * "M1 Abrams", not "Abrams"; "Taurus missiles", "Tornado jets", "Lancet drones"; "battle tanks", not
 * "tanks", which would match "think tanks").
 */
export const EQUIPMENT_PATTERNS: readonly string[] = [
  // combat aircraft
  'F-16',
  'F-16s',
  'F-16 Fighting Falcon',
  'F-35',
  'F-35s',
  'F-35A',
  'F-35B',
  'F-35C',
  'F-35 Lightning II',
  'F-15',
  'F-15s',
  'F-15E',
  'F-15EX',
  'F-22',
  'F-22 Raptor',
  'F/A-18',
  'F/A-18 Super Hornet',
  'F-18',
  'A-10',
  'A-10 Warthog',
  'A-10 Thunderbolt II',
  'Eurofighter Typhoon',
  'Eurofighter',
  'Gripen',
  'JAS 39 Gripen',
  'Rafale',
  'Mirage 2000',
  'Tornado jets',
  'Su-24',
  'Su-25',
  'Su-27',
  'Su-30',
  'Su-34',
  'Su-35',
  'Su-57',
  'MiG-29',
  'MiG-31',
  'Tu-22M3',
  'Tu-95',
  'Tu-160',
  // bombers, transport, tankers, surveillance
  'B-1',
  'B-1B',
  'B-1B Lancer',
  'B-2',
  'B-2 Spirit',
  'B-21',
  'B-21 Raider',
  'B-52',
  'B-52s',
  'B-52H',
  'B-52 Stratofortress',
  'C-17',
  'C-17 Globemaster III',
  'C-130',
  'C-130J',
  'C-130 Hercules',
  'A400M',
  'KC-135',
  'KC-46',
  'KC-46A Pegasus',
  'E-3 Sentry',
  'E-7 Wedgetail',
  'AWACS',
  'P-8 Poseidon',
  'P-8A Poseidon',
  'RC-135',
  // helicopters
  'AH-64 Apache',
  'AH-64',
  'Apache helicopter',
  'Apache helicopters',
  'UH-60 Black Hawk',
  'UH-60',
  'Black Hawk',
  'Black Hawks',
  'CH-47 Chinook',
  'CH-47',
  'Chinook',
  'V-22 Osprey',
  'MV-22 Osprey',
  'CV-22 Osprey',
  'Mi-8',
  'Mi-17',
  'Mi-24',
  'Ka-52',
  // drones
  'MQ-9 Reaper',
  'MQ-9',
  'MQ-1 Predator',
  'MQ-1C Gray Eagle',
  'RQ-4 Global Hawk',
  'Global Hawk',
  'Bayraktar TB2',
  'Bayraktar',
  'Switchblade',
  'Shahed',
  'Shahed-136',
  'Shahed drones',
  'Lancet drones',
  'Orlan-10',
  // air and missile defence
  'Patriot missile',
  'Patriot missiles',
  'Patriot system',
  'Patriot systems',
  'Patriot air defense system',
  'Patriot air defence system',
  'Patriot batteries',
  'Patriot battery',
  'MIM-104 Patriot',
  'THAAD',
  'Aegis',
  'Aegis Ashore',
  'SM-3',
  'SM-6',
  'NASAMS',
  'IRIS-T',
  'IRIS-T SLM',
  'SAMP/T',
  'Iron Dome',
  "David's Sling",
  'Arrow 3',
  'Gepard',
  'Stinger',
  'Stingers',
  'Stinger missiles',
  'Starstreak',
  'S-300',
  'S-400',
  'Pantsir',
  // rockets, missiles and munitions
  'HIMARS',
  'M142 HIMARS',
  'MLRS',
  'M270',
  'GMLRS',
  'ATACMS',
  'Storm Shadow',
  'SCALP',
  'Taurus missiles',
  'Taurus KEPD 350',
  'Tomahawk',
  'Tomahawks',
  'Tomahawk cruise missiles',
  'Tomahawk Land Attack Missile',
  'Tomahawk Land Attack Missiles',
  'TLAM',
  'TLAMs',
  'Joint Direct Attack Munition',
  'Joint Direct Attack Munitions',
  'Harpoon',
  'Naval Strike Missile',
  'JASSM',
  'JDAM',
  'JDAMs',
  'Hellfire',
  'Hellfire missiles',
  'Javelin',
  'Javelins',
  'Javelin missiles',
  'NLAW',
  'NLAWs',
  'TOW',
  'TOW missiles',
  'Carl Gustaf',
  'Kinzhal',
  'Iskander',
  'Kalibr',
  'Zircon',
  'Oreshnik',
  'Sarmat',
  'Burevestnik',
  'Minuteman III',
  'Sentinel ICBM',
  'Trident II',
  'ICBM',
  'ICBMs',
  // armour and artillery
  'Leopard 1',
  'Leopard 2',
  'Leopard 2A4',
  'Leopard 2A6',
  'Leopard 2A7',
  'Leopard tanks',
  'M1 Abrams',
  'M1A1 Abrams',
  'M1A2 Abrams',
  'Abrams tanks',
  'Challenger 2',
  'Challenger 3',
  'T-72',
  'T-80',
  'T-90',
  'Bradleys',
  'M2 Bradley',
  'Bradley Fighting Vehicle',
  'Bradley Fighting Vehicles',
  'Stryker combat vehicles',
  'Strykers',
  'Marder',
  'CV90',
  'M113',
  'Humvee',
  'Humvees',
  'HMMWV',
  'MRAP',
  'MRAPs',
  'M777',
  'M777 howitzer',
  'M777 howitzers',
  'CAESAR howitzer',
  'PzH 2000',
  'Krab',
  'Archer artillery system',
  // ships
  'aircraft carrier',
  'aircraft carriers',
  'destroyer',
  'destroyers',
  'frigate',
  'frigates',
  'submarine',
  'submarines',
  'nuclear submarine',
  'nuclear submarines',
  'Virginia-class submarine',
  'Arleigh Burke-class destroyer',
  // the small craft that harass ships in the Gulf ("five IRGCN fast attack craft")
  'fast attack craft',
  'fast inshore attack craft',
  'FIAC',
  'FIACs',
  'patrol craft',
  'landing craft',
  // categories
  'nuclear weapons',
  'nuclear weapon',
  'nuclear warheads',
  'chemical weapons',
  'biological weapons',
  'weapons of mass destruction',
  'ballistic missiles',
  'ballistic missile',
  'cruise missiles',
  'cruise missile',
  'hypersonic missiles',
  'hypersonic missile',
  'anti-tank missiles',
  'anti-ship missiles',
  'air defense systems',
  'air defence systems',
  'air defense system',
  'air defence system',
  'drones',
  'drone',
  'unmanned aerial vehicles',
  'unmanned aerial vehicle',
  'UAVs',
  'UAV',
  'fighter jets',
  'fighter jet',
  'battle tanks',
  'main battle tanks',
  'armored vehicles',
  'armoured vehicles',
  'artillery',
  'artillery shells',
  'howitzers',
  'rockets',
  'landmines',
  'cluster munitions',
  'ammunition',
  'small arms',
];

/**
 * Designation prefixes written before a hyphen and a number ("F-16", "MQ-9", "Su-25", "AGM-114",
 * "KC-135", "RPG-7"). One-letter prefixes collide with other codes ("F-1 visa", "A-1 rating",
 * "E-5" a pay grade, "S-1" a filing), so the recogniser asks more of them (equipment.ts).
 */
export const DESIGNATION_PREFIXES: ReadonlySet<string> = new Set(
  // US Tri-Service aircraft: mission letters (several may stack: KC, EA, MQ, AH, MV).
  (
    'A B C E F P T U V AC AH AV CH CV EA EC HC HH KC MC MD MH MQ MV RC RQ SH UH WC ' +
    // US missiles and bombs, and rockets and guns known by their letters.
    'AGM AIM BGM RIM MIM UGM LGM GBU CBU SM RPG AK AKM SPG KPV ' +
    // Soviet and Russian design bureaus and Chinese and other families.
    'Su MiG Tu Mi Ka Il An Yak BMP BTR BMD BM ZU ZSU Kh S TOS HQ DF YJ J JF TB'
  ).split(' '),
);

/** One-letter prefixes that stand for aircraft or vehicles only with a longer number or a suffix. */
export const AMBIGUOUS_PREFIXES: ReadonlySet<string> = new Set('A B C E F P S T U V J'.split(' '));

/**
 * Ship prefixes: "USS Carl Vinson", "HMS Diamond". The capitalised words after one are the ship's
 * name.
 */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(
  'USS USNS USCGC HMS HMAS HMCS HMNZS RFA FS ROKS HNLMS HDMS ESPS FGS TCG RBNS RNOV PNS KDB'.split(' '),
);

/**
 * Names of systems that are ordinary words, surnames or places on their own ("Patriot", "Abrams",
 * "Reaper"): equipment only before a class noun ("Patriot air defense systems", "Reaper drones",
 * "Tomahawk cruise missiles") or after a designation ("MQ-9 Reaper").
 */
export const SYSTEM_NAMES: ReadonlySet<string> = new Set(
  (
    'Patriot Tomahawk Hellfire Reaper Predator Javelin Stinger Brimstone Harpoon Exocet Kornet Konkurs ' +
    'Grad Katyusha Scud Fateh Qassam Burkan Shahab Zolfaghar Toophan Sejjil Paveway Maverick Sidewinder ' +
    'AMRAAM JDAM JASSM HIMARS ATACMS GMLRS MLRS NASAMS THAAD Aegis Abrams Leopard Challenger Bradley ' +
    'Stryker Marder Apache Chinook Typhoon Tornado Rafale Mirage Harrier Hornet Raptor Lightning ' +
    'Falcon Warthog Lancer Osprey Hercules Globemaster Sentry Poseidon Bayraktar Shahed Lancet ' +
    'Kalibr Iskander Kinzhal Taurus Caesar Gepard Switchblade Starstreak Sea Sparrow Excalibur ' +
    'Humvee Humvees Strela Igla Pantsir Tochka Uragan Smerch Tor Buk Spirit Stratofortress Stratotanker ' +
    'Extender Orion Hawkeye Growler Prowler Viking Globemaster Eagle Eagles'
  ).split(' '),
);

/**
 * Class nouns that name equipment by themselves ("helicopters", "barrel bombs", "artillery"),
 * singular and plural. Lower case; matched in lower case also at a sentence start.
 */
export const EQUIPMENT_HEADS: ReadonlySet<string> = new Set(
  (
    'aircraft airplane airplanes aeroplane aeroplanes airliner airliners warplane warplanes plane planes jet jets ' +
    'bombers helicopter helicopters gunship gunships drone drones UAV UAVs UAS ' +
    'tank tanks vehicle vehicles truck trucks boat boats ships warship warships vessel vessels ' +
    'submarine submarines destroyer destroyers frigate frigates cruiser corvette corvettes ' +
    'artillery howitzer howitzers mortar mortars rocket rockets missile missiles ' +
    'bomb bombs IED IEDs VBIED VBIEDs explosives munition munitions ammunition weapon weapons ' +
    'rifle rifles gun guns machinegun machineguns cannon cannons grenade grenades landmine landmines ' +
    'bulldozer bulldozers excavator excavators humvee humvees'
  ).split(' '),
);

/**
 * Class nouns that name equipment only after another equipment word: "air defense system",
 * "artillery round", "artillery piece", "explosive device", "aircraft carrier", "tank shells".
 */
export const DEPENDENT_HEADS: ReadonlySet<string> = new Set(
  'system systems round rounds shell shells piece pieces device devices carrier carriers launcher launchers vest vests tube tubes rail rails'.split(
    ' ',
  ),
);

/**
 * Words that qualify a class noun and belong to its name: "chemical weapons", "unmanned aircraft",
 * "improvised explosive devices", "coalition aircraft", "an ordinary artillery round".
 */
export const EQUIPMENT_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'chemical biological nuclear radiological conventional ballistic cruise guided precision-guided barrel ' +
    'unmanned manned armed armored armoured coalition military fighter attack bomber strike combat ' +
    'transport cargo tanker surveillance reconnaissance remotely piloted remotely-piloted improvised explosive ' +
    'car truck suicide vehicle-borne heavy light small anti-tank anti-aircraft anti-ship anti-armor anti-armour ' +
    'surface-to-air air-to-air air-to-surface surface-to-surface air defense defence air-defense air-defence ' +
    'naval short-range long-range medium-range intermediate-range hypersonic tactical strategic main battle ' +
    'machine assault sniper rocket mortar artillery tank missile self-propelled multiple launch patrol ' +
    'amphibious landing utility fixed-wing rotary-wing stealth jet helicopter aircraft simple ordinary ' +
    'such recoilless anti-personnel cluster guided-missile multi-role multirole rocket-propelled'
  ).split(' '),
);

/** A class noun after one of these is not equipment: "think tank", "investment vehicle", "suicide bombers". */
export const NOT_EQUIPMENT_BEFORE: ReadonlySet<string> = new Set(
  'think fuel water oil gas storage septic fish petrol investment purpose special-purpose legal financial funding'.split(
    ' ',
  ),
);

/**
 * A class noun before one of these qualifies something else: "chemical weapons report", "gun
 * control", "weapons inspectors", "missile programme".
 */
export const NOT_EQUIPMENT_AFTER: ReadonlySet<string> = new Set(
  (
    'report reports programme programmes program programs convention conventions inspector inspectors ' +
    'inspection inspections treaty ban control violence law laws crime crimes owner owners ownership rights safety ' +
    'show shows industry industries company companies maker makers manufacturer manufacturers charge charges ' +
    'offence offences offense offenses possession dealer dealers trafficking proliferation expert experts ' +
    'watchdog agency council commission fuel storage facility facilities factory factories plant ' +
    'plants site sites warehouse warehouses shop shops store stores range ranges club clubs license ' +
    'licence licenses licences permit permits lobby sale sales buyback'
  ).split(' '),
);
