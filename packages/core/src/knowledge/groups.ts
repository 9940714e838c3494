/**
 * Nationality-like groups that are not countries: religious, ethnic and political groups.
 * Hand-curated. `name` is the canonical adjective; `forms` are the other written forms, people
 * plurals included. Country demonyms ("Turkish", "Israelis") live with the countries in PLACES and
 * are not repeated here.
 *
 * The political forms ("Republican", "Democratic", "Conservative") are also ordinary capitalised
 * words at a sentence start ("Conservative estimates...", "Democratic values..."); a recogniser
 * should give them less weight there.
 */

export interface GroupEntry {
  name: string;
  forms: readonly string[];
}

const group = (name: string, ...forms: string[]): GroupEntry => ({ name, forms });

export const GROUPS: readonly GroupEntry[] = [
  // religious
  group('Muslim', 'Muslims'),
  group('Sunni', 'Sunnis', 'Sunni Muslim', 'Sunni Muslims'),
  group('Shia', 'Shiite', 'Shiites', "Shi'ite", "Shi'ites", "Shi'a", 'Shias', 'Shia Muslims'),
  group('Alawite', 'Alawites'),
  group('Druze'),
  group('Ismaili', 'Ismailis'),
  group('Christian', 'Christians'),
  group('Catholic', 'Catholics', 'Roman Catholic', 'Roman Catholics'),
  group('Orthodox', 'Orthodox Christian', 'Orthodox Christians'),
  group('Protestant', 'Protestants'),
  group('Evangelical', 'Evangelicals'),
  group('Coptic', 'Copts', 'Coptic Christians'),
  group('Jewish', 'Jews', 'Jew'),
  group('Hindu', 'Hindus'),
  group('Sikh', 'Sikhs'),
  group('Buddhist', 'Buddhists'),
  group('Yazidi', 'Yazidis', 'Yezidi', 'Yezidis', 'Ezidi', 'Ezidis'),
  group("Baha'i", 'Bahai', "Baha'is"),
  // ethnic and national minorities
  group('Kurdish', 'Kurds', 'Kurd'),
  group('Arab', 'Arabs'),
  group('Assyrian', 'Assyrians'),
  group('Chaldean', 'Chaldeans'),
  group('Armenian Christian', 'Armenian Christians'),
  group('Pashtun', 'Pashtuns', 'Pashtoon'),
  group('Hazara', 'Hazaras'),
  group('Baloch', 'Balochi', 'Baluch'),
  group('Tamil', 'Tamils'),
  group('Rohingya'),
  group('Uyghur', 'Uyghurs', 'Uighur', 'Uighurs'),
  group('Tibetan', 'Tibetans'),
  group('Crimean Tatar', 'Crimean Tatars', 'Tatar', 'Tatars'),
  group('Circassian', 'Circassians'),
  group('Berber', 'Berbers', 'Amazigh'),
  group('Bedouin', 'Bedouins'),
  group('Roma', 'Romani'),
  group('Serb', 'Serbs', 'Kosovo Serb', 'Kosovo Serbs', 'Bosnian Serb', 'Bosnian Serbs'),
  group('Croat', 'Croats', 'Bosnian Croat', 'Bosnian Croats'),
  group('Bosniak', 'Bosniaks'),
  group('Kosovo Albanian', 'Kosovo Albanians'),
  group('Hispanic', 'Hispanics', 'Latino', 'Latinos', 'Latina', 'Latinas', 'Latinx'),
  group('African American', 'African Americans', 'African-American', 'African-Americans'),
  group('Asian American', 'Asian Americans'),
  group('Native American', 'Native Americans'),
  group('Aboriginal', 'Aboriginal Australians'),
  // political
  group('Republican', 'Republicans'),
  group('Democratic', 'Democrat', 'Democrats'),
  group('Conservative', 'Conservatives', 'Tory', 'Tories'),
  group('Labour'),
  group('Liberal Democrat', 'Liberal Democrats', 'Lib Dem', 'Lib Dems'),
  group('Communist', 'Communists'),
  group('Islamist', 'Islamists'),
];
