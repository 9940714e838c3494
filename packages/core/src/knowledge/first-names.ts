/**
 * Given names: the generated list (common English-speaking given names from Moby Words II, less
 * those that are ordinary words) plus a hand-curated list of names from other cultures that appear
 * in international news (Arabic, Persian, Turkish, Slavic, Baltic, Nordic, Hebrew, South Asian,
 * East Asian, African, Latin). Used to spot "Jens Stoltenberg" and "Tom Goffus" without a title.
 *
 * Names that are also capitalised words at a sentence start ("Mark", "May", "Will", "Grant",
 * "Christian", "Jordan") are NOT in FIRST_NAMES; they are in AMBIGUOUS_FIRST_NAMES, for a recogniser
 * that has other evidence (a title before, a known surname after).
 */
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES } from './generated/first-names.js';
import { WORLD_AMBIGUOUS_GIVEN_NAMES, WORLD_GIVEN_NAMES } from './generated/world-first-names.js';

/** Given names from outside the English-speaking world that the generated list lacks. */
const WORLD_NAMES = `
Abdallah Abdel Abdelaziz Abdelkader Abdelmadjid Abdul Abdulaziz Abdulla Abdullah Abdulrahman Abdurrahman
Adnan Ahmad Ahmed Ahmet Akram Ali Amir Amr Anas Anwar Ashraf Ayman Aziz Bandar Basel Bashar Bassam Bilal
Ebrahim Fadi Fahad Fahd Faisal Farouk Fatima Fawaz Ghassan Hadi Haider Hamad Hamdan Hamza Hani Hassan
Hazem Hisham Hossein Husam Hussein Ibrahim Imad Imran Ismail Issa Jamal Jassim Javad Jawad Kamal Karim
Kazem Khaled Khalid Khalil Laila Layla Mahmoud Majid Mansour Marwan Masoud Masrour Mazen Mazloum Mehdi
Mohamed Mohammad Mohammed Mohsen Muhammad Muhammed Mustafa Nabil Nadia Naif Nasser Nawaf Nechirvan Nizar
Nouri Omar Osama Qasim Rami Rashid Reza Riad Riyad Saad Saeed Salah Saleh Salman Sami Samir Tamim Tariq
Walid Yahya Yasser Yasin Yousef Youssef Yusuf Zaid Zayed Ziad Abbas Ilham Jeyhun Hikmet Mukhtar Mehmet
Mevlut Mevlüt Recep Tayyip Hakan Hulusi Yasar Yaşar Kemal Ekrem Devlet Omer Ömer Cevdet Numan Binali
Murat Selahattin Suleyman Süleyman Emine Meral Hatice Zeynep Ayse Ayşe Cemil Erdal Fuat Kamil Aleksandar
Aleksandr Aleksei Aleksey Alexei Anatoly Andrii Andriy Andrzej Arseniy Bogdan Borys Denys Dmitri Dmitry
Dmytro Gennady Grigory Ihor Igor Iryna Irina Kyrylo Lyudmila Maksym Mikhail Mykhailo Mykola Natalia
Natalya Nikolai Nikolay Oleg Oleksandr Oleksii Oleksiy Olena Olha Petro Pyotr Ruslan Rustem Serhii
Serhiy Sergei Sergey Sergiy Svetlana Taras Vadym Valerii Valeriy Valery Vasyl Viktor Vitali Vitaliy
Vladislav Volodymyr Yevgeny Yevgeniy Yulia Yuliia Yuriy Yury Ramzan Vyacheslav Jaroslaw Jarosław Mateusz
Radoslaw Radosław Wladyslaw Władysław Zbigniew Krzysztof Tomasz Piotr Pawel Paweł Marek Witold Beata
Agnieszka Malgorzata Małgorzata Janusz Kazimierz Mariusz Wojciech Jacek Lech Ewa Gitanas Ingrida
Gabrielius Alar Kersti Krisjanis Krišjānis Edgars Egils Evika Arturs Artūrs Raimonds Maris Māris Ivars
Aivars Petr Jiri Jiří Milos Miloš Andrej Pavel Vojtech Vojtěch Marian Maia Milorad Ivica Miroslav Zeljko
Željko Dritan Ilir Bajram Besnik Albin Vjosa Hashim Ramush Kadri Nikola Dragan Goran Zoran Hristijan
Dimitar Rumen Boyko Viorica Nicolae Ilie Dorin Irakli Giorgi Bidzina Mikheil Nikol Ararat Kassym-Jomart
Shavkat Emomali Sadyr Serdar Gurbanguly Aliaksandr Sviatlana Siarhei Annalena Olaf Markus Hubertus
Svenja Winfried Armin Horst Heiko Jörg Joerg Jürgen Juergen Thorsten Sahra Ricarda Omid Cem Katarina
Frank-Walter Karl-Theodor Wopke Hanke Geert Sigrid Caspar Wouter Hadja Mathias Maxime Didier Jean-Yves
Jean-Luc Jean-Noel Jean-Noël Jean-Pierre Jean-Marc Jean-Claude Jean-Michel Sebastien Sébastien Gerald
Gérald Stephane Stéphane Thierry Francois François Ségolène Rachida Aurore Edouard Édouard Benoit Benoît
Cedric Cédric Elisabeth Élisabeth Emmanuel Josep Pedro Giorgia Matteo Giuseppe Guido Enrico Elly Romano
Silvio Luigi Paolo Lorenzo Carlo Raffaele Ursula Kaja Margrethe Mette Magnus Ulf Sanna Petteri Sauli
Kristrun Kristrún Bjarni Katrin Katrín Elina Antti Jussi Espen Torbjorn Torbjørn Jonas Jens Pål Jyrki
Alexander Kyriakos Nikos Georgios Dimitris Konstantinos Yannis Giorgos Antonio António Joao João Rui
Marcelo Augusto Luis Luís Yoav Yair Benny Gadi Itamar Bezalel Naftali Avigdor Yuli Gideon Moshe Avi Ehud
Yitzhak Shimon Tzipi Ayelet Herzi Yossi Merav Orit Yariv Isaac Benjamin Narendra Rahul Amit Rajnath
Subrahmanyam Nirmala Arvind Manmohan Sushma Priyanka Sanjay Vijay Anil Sunil Rajesh Ramesh Suresh Mahesh
Vivek Ajit Piyush Smriti Hardeep Shashi Shehbaz Nawaz Bilawal Asif Maryam Ishaq Javed Arif Asim Ranil
Gotabaya Mahinda Pushpa Kamala Rishi Keir Priti Suella Kemi Humza Nikki Tulsi Kash Ketanji Fumio Shigeru
Shinzo Yoshihide Yoshimasa Taro Kenji Hiroshi Takeshi Akira Haruki Yuki Koji Kazuo Masahiro Naoki
Satoshi Yoko Sanae Joko Prabowo Retno Ferdinand Rodrigo Bongbong Lawrence Cyril Thabo Kgalema Muhammadu
Bola Olusegun Abiy Uhuru Raila Yoweri Felix Faustin Macky Bassirou Ousmane Mamadou Moussa Abdoulaye
Amadou Alassane Akinwumi Ngozi Kofi Kwame Samia Hakainde Emmerson Filipe Salva Kais Assimi Mahamat
Andres Andrés Claudia Gustavo Luiz Inacio Inácio Nicolas Nicolás Javier Gabriel Xiomara Nayib Bernardo
Ivan Iván Sebastian Sebastián Alberto Cristina Dilma Jair Michel Mauricio Evo Rafael Lenín Jorge Juan
Jose José Maria María Alejandro Ernesto Fernando Guillermo Ricardo Carlos Miguel Pablo Sergio Felipe
Manuel Raul Raúl Hugo Daniel Gabriela Delcy Dina Edmundo Karoline Pete Kristi Marco Mitch Hakeem Chuck
Jake Jen Tucker Kristalina Achim Jan Tedros Volker Filippo Catherine Mircea Lloyd Karine Antony
`;

/** Given names that are also ordinary capitalised words; for use only with other evidence. */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  [...AMBIGUOUS_GIVEN_NAMES, ...WORLD_AMBIGUOUS_GIVEN_NAMES].flatMap((s) => s.split(' ')),
);

/** Common given names, many cultures; none of them is also a common capitalised English word. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [
    ...[...GIVEN_NAMES, ...WORLD_GIVEN_NAMES].flatMap((s) => s.split(' ')),
    ...WORLD_NAMES.split(/\s+/),
  ].filter((n) => n.length > 0 && !AMBIGUOUS_FIRST_NAMES.has(n)),
);
