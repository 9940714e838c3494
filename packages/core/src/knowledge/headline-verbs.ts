/**
 * Verbs a headline writes in title case after its subject: "McKenzie Assumes Command of U.S. Central
 * Command", "Secretary Austin Hosts Japanese Defense Minister", "Morgan Stanley Names Ted Pick CEO".
 * Never a word of a name, they end the
 * name before them and start none; nor are the participles of an appointment ("Zeta Cloud Named a
 * Leader", "Jane Doe Appointed CEO"). Only third-person forms that are not also nouns of names
 * ("Awards", "Marks", "Issues", "Strikes" are left out).
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(
  'Holds Meets Visits Announces Delivers Hosts Welcomes Condemns Discusses Urges Signs Launches Unveils Travels Assumes Completes Conducts Congratulates Designates Nominates Receives Deploys Begins Concludes Commemorates Celebrates Reaffirms Expresses Relinquishes Appoints Names Hires Promotes Elects Selects Acquires Expands Opens Raises Joins Introduces Wins Secures Invests Adds Declares Orders Warns Says Calls Recalls Agrees Sells Buys Settles Sues Achieves Surpasses Reaches Debuts Enters Extends Renews Cuts Boosts Plans Seeks Named Appointed Recognized Recognised Honored Honoured'.split(
    ' ',
  ),
);
