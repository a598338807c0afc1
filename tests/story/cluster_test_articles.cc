// Fictional reports for the clustering tests (see cluster_test_articles.h). Every name of a
// person is invented; the places are real so that the reports read like news.
#include "story/cluster_test_articles.h"

namespace corroborate::testing {

std::vector<TestReport> TwoEarthquakes() {
  const CivilDate day = CivilDate::Day(2025, 2, 17);
  return {
      {"peru", "Magnitude 6.4 earthquake strikes northern Peru, killing at least 12",
       "Magnitude 6.4 earthquake strikes northern Peru, killing at least 12\n"
       "LIMA — A magnitude 6.4 earthquake struck the Cajamarca region of northern Peru early on "
       "Monday, killing at least 12 people and injuring 48, the national civil defence institute "
       "said.\n"
       "The quake hit at 4:12 a.m. local time at a depth of 35 kilometres, about 60 km east of the "
       "city of Cajamarca, according to the Geophysical Institute of Peru.\n"
       "Civil defence chief Rosa Quispe Mamani said most of the victims were in the town of "
       "Celendin, where adobe houses collapsed on sleeping families.\n"
       "\"Our teams are still searching the rubble in Celendin and in two villages nearby,\" "
       "Quispe told reporters in Lima.\n"
       "President Daniel Arroyo Vela declared a 60-day state of emergency in Cajamarca and said "
       "the army would fly water and tents to the area.",
       day},
      {"peru", "Quake in Peru's Cajamarca leaves 12 dead, dozens hurt",
       "Quake in Peru's Cajamarca leaves 12 dead, dozens hurt\n"
       "At least 12 people died when a strong earthquake shook the Andean region of Cajamarca in "
       "northern Peru before dawn on Monday.\n"
       "The Geophysical Institute of Peru measured the tremor at magnitude 6.4 and placed its "
       "epicentre near Celendin, a farming town of adobe homes.\n"
       "Rosa Quispe Mamani, who heads the civil defence institute, said 48 people were injured "
       "and more than 300 homes were damaged.\n"
       "President Daniel Arroyo Vela flew to Cajamarca and announced a state of emergency for 60 "
       "days.\n"
       "Landslides blocked the road between Cajamarca and Celendin for several hours.",
       day},
      {"peru", "Rescuers dig through rubble after deadly Peru earthquake",
       "Rescuers dig through rubble after deadly Peru earthquake\n"
       "Rescue crews in northern Peru searched collapsed adobe houses on Monday after a magnitude "
       "6.4 quake killed 12 people in the Cajamarca region.\n"
       "Most of the dead were in Celendin, the civil defence institute said, adding that 48 "
       "people were treated in hospital.\n"
       "The Geophysical Institute of Peru said the quake struck 35 km below the surface, which "
       "limited the damage in the city of Cajamarca itself.\n"
       "President Daniel Arroyo Vela promised aid to every family that lost a home.",
       day},
      {"turkey", "Magnitude 5.9 earthquake rattles central Turkey; three dead",
       "Magnitude 5.9 earthquake rattles central Turkey; three dead\n"
       "ANKARA — A magnitude 5.9 earthquake struck Kayseri province in central Turkey on Monday, "
       "killing three people and injuring 21, Turkey's disaster agency AFAD said.\n"
       "The quake was centred near the district of Develi at a depth of 9 kilometres and was felt "
       "as far away as Nigde and Nevsehir.\n"
       "Interior Minister Kemal Aydinoglu said two of the dead were farm workers crushed when a "
       "barn collapsed in Develi.\n"
       "AFAD sent 400 rescuers and set up tents for families who spent the night outdoors.\n"
       "Aftershocks of up to magnitude 4.2 followed through the afternoon.",
       day},
      {"turkey", "Three killed as quake hits Turkey's Kayseri province",
       "Three killed as quake hits Turkey's Kayseri province\n"
       "Three people were killed and 21 injured when an earthquake of magnitude 5.9 shook Kayseri "
       "province in central Anatolia on Monday, officials said.\n"
       "The disaster agency AFAD said the epicentre was in Develi district, where several old "
       "stone buildings and a barn collapsed.\n"
       "Interior Minister Kemal Aydinoglu travelled to Develi and said damage assessments were "
       "under way in 14 villages.\n"
       "Residents of Kayseri city ran into the streets as the shaking began.",
       day},
      {"turkey", "Turkey: strong quake in Kayseri kills 3, AFAD says",
       "Turkey: strong quake in Kayseri kills 3, AFAD says\n"
       "A strong earthquake centred in Develi district of Kayseri killed three people in central "
       "Turkey on Monday, the AFAD disaster agency said.\n"
       "The 5.9 magnitude quake injured 21 people and damaged barns and houses in villages around "
       "Develi.\n"
       "Interior Minister Kemal Aydinoglu said 400 rescuers had been deployed and that aftershocks "
       "were continuing.",
       day},
  };
}

std::vector<TestReport> OneSummit() {
  const CivilDate day = CivilDate::Day(2025, 5, 14);
  return {
      {"summit", "Baltic leaders agree grid link at Tallinn summit",
       "Baltic leaders agree grid link at Tallinn summit\n"
       "TALLINN — The prime ministers of Estonia, Latvia and Lithuania agreed on Wednesday to "
       "build a 1.2 billion euro undersea power link to Finland, at a summit in Tallinn hosted by "
       "Estonian Prime Minister Liisa Kask.\n"
       "Kask said the cable, to be finished by 2029, would carry 700 megawatts and make the "
       "region less exposed to price spikes.\n"
       "Latvian Prime Minister Edgars Ozolins called the agreement \"the most important energy "
       "decision for our three countries in a decade\".\n"
       "Lithuanian Prime Minister Ruta Jankauskiene said the European Union would be asked to "
       "cover 40 percent of the cost.",
       day},
      {"summit", "Estonia, Latvia, Lithuania sign 1.2 bn euro cable deal with Finland",
       "Estonia, Latvia, Lithuania sign 1.2 bn euro cable deal with Finland\n"
       "The three Baltic states signed a deal in Tallinn on Wednesday for a new 700-megawatt "
       "power cable under the Gulf of Finland, worth 1.2 billion euros.\n"
       "Estonian Prime Minister Liisa Kask, who hosted the summit, said construction would start "
       "next year and end in 2029.\n"
       "Her Latvian counterpart Edgars Ozolins and Lithuania's Ruta Jankauskiene said they would "
       "seek EU funds for 40 percent of the project.\n"
       "Finland's grid operator said it welcomed the decision.",
       day},
      {"summit", "Tallinn summit: Baltic states back new power cable to Finland",
       "Tallinn summit: Baltic states back new power cable to Finland\n"
       "Meeting in Tallinn, Liisa Kask, Edgars Ozolins and Ruta Jankauskiene on Wednesday backed "
       "an undersea cable linking the Baltic grid with Finland.\n"
       "The 700 MW link is expected to cost 1.2 billion euros and to be ready in 2029.\n"
       "\"Energy security is national security,\" Kask told a news conference after the summit, "
       "adding that the three governments would ask Brussels to pay 40 percent.",
       day},
  };
}

namespace {

TestReport Geneva(std::string title, std::string body) {
  return {"geneva", title, title + "\n" + body, CivilDate::Day(2025, 3, 9)};
}
TestReport Vienna(std::string title, std::string body) {
  return {"vienna", title, title + "\n" + body, CivilDate::Day(2025, 3, 11)};
}

}  // namespace

std::vector<TestReport> TalksInTwoCities() {
  return {
      Geneva("Armenian and Azerbaijani ministers open border talks in Geneva",
             "GENEVA — Foreign Minister Aram Vardanyan of Armenia and his Azerbaijani counterpart "
             "Elnur Mammadli opened talks in Geneva on Sunday on marking their shared border, "
             "with Swiss mediator Claudia Berset in the chair.\n"
             "The two delegations spent six hours at the Palais des Nations discussing maps of a "
             "disputed 40-kilometre stretch of the frontier.\n"
             "Berset said both sides had agreed to set up a joint commission of surveyors."),
      Geneva("Geneva talks: Armenia and Azerbaijan agree on border survey commission",
             "Armenia and Azerbaijan agreed in Geneva on Sunday to create a joint commission of "
             "surveyors for their disputed border, Swiss mediator Claudia Berset said.\n"
             "Aram Vardanyan and Elnur Mammadli met for six hours at the Palais des Nations in "
             "Geneva.\n"
             "\"We found a common language on the maps,\" Vardanyan told reporters in Geneva "
             "after the session."),
      Geneva("Border talks between Yerevan and Baku begin in Geneva",
             "Talks on the Armenia–Azerbaijan border opened in Geneva on Sunday, the Swiss "
             "foreign ministry said.\n"
             "Mediator Claudia Berset hosted Aram Vardanyan and Elnur Mammadli at the Palais des "
             "Nations, where they agreed on a joint surveyors' commission for a 40 km stretch of "
             "the frontier.\n"
             "Mammadli said the Geneva meeting was \"a constructive start\"."),
      Vienna("Armenia-Azerbaijan talks move to Vienna, focus on transit road",
             "VIENNA — Aram Vardanyan and Elnur Mammadli met again on Tuesday in Vienna, where "
             "Austrian Foreign Minister Gerhard Leitner hosted a second round focused on a transit "
             "road through the Syunik region.\n"
             "The ministers discussed customs posts and a timetable for reopening the railway "
             "between Yerevan and Nakhchivan, Leitner said in Vienna.\n"
             "No agreement on the road was reached, but both sides will meet again in April."),
      Vienna("Vienna round ends without deal on Syunik transit road",
             "A second round of Armenian-Azerbaijani talks ended in Vienna on Tuesday without an "
             "agreement on a transit road across Syunik, Austrian Foreign Minister Gerhard Leitner "
             "said.\n"
             "Vardanyan and Mammadli spent the day at the Hofburg in Vienna discussing customs "
             "controls and the Yerevan–Nakhchivan railway.\n"
             "Leitner said talks would resume in April."),
      Vienna("In Vienna, Vardanyan and Mammadli haggle over railway and customs",
             "Armenia's Aram Vardanyan and Azerbaijan's Elnur Mammadli haggled over customs posts "
             "and the reopening of the Yerevan–Nakhchivan railway in Vienna on Tuesday.\n"
             "Host Gerhard Leitner, Austria's foreign minister, said the Syunik transit road "
             "remained the main obstacle.\n"
             "The Vienna session lasted nine hours at the Hofburg palace."),
  };
}

std::vector<TestReport> SamePeopleMonthsApart() {
  std::vector<TestReport> reports = {
      {"march", "Armenian and Azerbaijani ministers open border talks in Geneva",
       "Armenian and Azerbaijani ministers open border talks in Geneva\n"
       "Foreign Minister Aram Vardanyan of Armenia and Elnur Mammadli of Azerbaijan opened talks "
       "on their border in Geneva on Sunday, with Swiss mediator Claudia Berset in the chair.\n"
       "The delegations agreed to set up a joint commission of surveyors for a disputed "
       "40-kilometre stretch of the frontier.",
       CivilDate::Day(2025, 3, 9)},
      {"march", "Geneva talks: Armenia and Azerbaijan agree on border survey commission",
       "Geneva talks: Armenia and Azerbaijan agree on border survey commission\n"
       "Aram Vardanyan and Elnur Mammadli agreed in Geneva on Sunday to create a commission of "
       "surveyors for their disputed border, mediator Claudia Berset said after six hours of "
       "talks at the Palais des Nations.",
       CivilDate::Day(2025, 3, 9)},
      {"july", "Armenia and Azerbaijan back in Geneva to sign border protocol",
       "Armenia and Azerbaijan back in Geneva to sign border protocol\n"
       "Aram Vardanyan and Elnur Mammadli returned to Geneva on Thursday to sign a protocol on "
       "the first 12 kilometres of their border, drawn up by the joint surveyors' commission, "
       "Swiss mediator Claudia Berset said.\n"
       "The ministers also agreed to exchange 30 detainees before the end of August.",
       CivilDate::Day(2025, 7, 10)},
      {"july", "Vardanyan and Mammadli sign first border protocol in Geneva",
       "Vardanyan and Mammadli sign first border protocol in Geneva\n"
       "The foreign ministers of Armenia and Azerbaijan signed a protocol in Geneva on Thursday "
       "fixing 12 km of their shared frontier, four months after talks began there.\n"
       "Mediator Claudia Berset said an exchange of 30 detainees would follow in August.",
       CivilDate::Day(2025, 7, 10)},
  };
  return reports;
}

}  // namespace corroborate::testing
