/**
 * Well-known public figures who are often named by surname alone in defence and government
 * releases ("at the hands of Assad"). Curated by hand (no openly licensed data package lists
 * them with press spellings); surnames here are distinctive enough to stand alone. Keep it to
 * people whose bare surname is unambiguous in such text.
 */
export interface PersonEntry {
  name: string;
  /** Other full forms and distinctive bare surnames. */
  aliases: readonly string[];
}

const person = (name: string, ...aliases: string[]): PersonEntry => ({ name, aliases });

export const KNOWN_PEOPLE: readonly PersonEntry[] = [
  person('Bashar al-Assad', 'Bashar al-Asad', 'Bashar Assad', 'Assad', 'Asad', 'al-Assad'),
  person('Vladimir Putin', 'Putin'),
  person('Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Zelenskyy', 'Zelensky'),
  person('Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Erdoğan', 'Erdogan'),
  person('Benjamin Netanyahu', 'Netanyahu'),
  person('Ali Khamenei', 'Ayatollah Ali Khamenei', 'Khamenei'),
  person('Abu Bakr al-Baghdadi', 'al-Baghdadi', 'Baghdadi'),
  person('Abu Musab al-Zarqawi', 'al-Zarqawi', 'Zarqawi'),
  person('Osama bin Laden', 'bin Laden'),
  person('Ayman al-Zawahiri', 'al-Zawahiri', 'Zawahiri'),
  person('Saddam Hussein', 'Saddam'),
  person('Muammar Gaddafi', 'Gaddafi', 'Qaddafi'),
  person('Kim Jong Un', 'Kim Jong-un'),
  person('Xi Jinping'),
  // ("musk" is a word, so no rule reads the name; the surname alone is not listed for that reason.)
  person('Elon Musk'),
  person('Yoon Suk Yeol', 'Yoon Suk-yeol'),
  // ("Bill" is also a word and "Gates" a plural: no rule reads the name; the surname alone is not
  // listed, as "Robert Gates" is another.)
  person('Bill Gates'),
  person('Melinda French Gates', 'Melinda Gates'),
  person('Aung San Suu Kyi', 'Daw Aung San Suu Kyi', 'Suu Kyi'),
  person('Nouri al-Maliki', 'al-Maliki', 'Maliki'),
  person('Haider al-Abadi', 'al-Abadi', 'Abadi'),
  person('Hassan Nasrallah', 'Nasrallah'),
  person('Yahya Sinwar', 'Sinwar'),
  person('Mahmoud Abbas'),
  // Leaders and envoys of the United States and its allies whose surname stands alone in releases
  // ("Trump's chairman" was a company). Not "Harris", "Austin", "Kerry", "May", "Cameron": places,
  // months or given names first.
  person('Donald Trump', 'Donald J. Trump', 'Trump'),
  person('Joe Biden', 'Joseph R. Biden', 'Joseph R. Biden Jr.', 'Biden'),
  person('Barack Obama', 'Obama'),
  person('Antony Blinken', 'Blinken'),
  person('Mike Pompeo', 'Pompeo'),
  person('Marco Rubio', 'Rubio'),
  person('Pete Hegseth', 'Hegseth'),
  person('Keir Starmer', 'Starmer'),
  person('Rishi Sunak', 'Sunak'),
  person('Justin Trudeau', 'Trudeau'),
  person('Friedrich Merz', 'Merz'),
  person('Giorgia Meloni', 'Meloni'),
  person('Javier Milei', 'Milei'),
  person('Cyril Ramaphosa', 'Ramaphosa'),
  person('Jacinda Ardern', 'Ardern'),
  person('Emmanuel Macron', 'Macron'),
  person('Angela Merkel', 'Merkel'),
  person('Olaf Scholz', 'Scholz'),
  person('Jens Stoltenberg', 'Stoltenberg'),
  person('Mark Rutte', 'Rutte'),
  person('António Guterres', 'Antonio Guterres', 'Guterres'),
  person('Staffan de Mistura', 'de Mistura'),
  person('Ban Ki-moon'),
  person('Kofi Annan'),
  person('Narendra Modi', 'Modi'),
  person('Shinzo Abe'),
  person('Fumio Kishida', 'Kishida Fumio', 'Kishida'),
  person('Ursula von der Leyen', 'von der Leyen'),
  person('Josep Borrell', 'Borrell'),
  person('Alexander Lukashenko', 'Lukashenko'),
  person('Sergei Lavrov', 'Sergey Lavrov', 'Lavrov'),
  person('Mohammed bin Salman', 'Mohammad bin Salman'),
  person('Ismail Haniyeh', 'Haniyeh'),
  // Leaders with four-word names, longer than the people rules read unaided.
  person(
    'Abdrabbuh Mansur Hadi',
    'Abd Rabbuh Mansur Hadi',
    'Abdo Rabbo Mansour Hadi',
    'Abed Rabbo Mansour Hadi',
    'Abdu Rabbu Mansour Hadi',
    'Abd Rabbuh Mansour Hadi',
    'Abd-Rabbu Mansour Hadi',
    'Abd Rabbo Mansour Hadi',
  ),
  person('Masoud Barzani'),
  person('Nechirvan Barzani'),
  person('Ashraf Ghani', 'Mohammad Ashraf Ghani'),
  person('Hamid Karzai', 'Karzai'),
  person('Zalmay Khalilzad', 'Khalilzad'),
  person('Mazloum Abdi', 'Mazloum Kobani Abdi', 'Mazloum Kobani'),
];
