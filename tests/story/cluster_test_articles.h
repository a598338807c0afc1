// Fictional news reports for the clustering tests, written for this project: several outlets'
// reports of one event each (an earthquake in Peru, another in Turkey, two rounds of talks
// between the same ministers in Geneva and Vienna, and their meeting again four months later).
#pragma once

#include <string>
#include <vector>

#include "model/date.h"

namespace corroborate::testing {

struct TestReport {
  std::string event;  // what the report is about, for assertions
  std::string title;
  std::string text;
  CivilDate published;
};

// Three reports each of two earthquakes on the same day in different countries.
std::vector<TestReport> TwoEarthquakes();
// Three outlets' reports of one summit, written differently.
std::vector<TestReport> OneSummit();
// The same ministers' talks in Geneva on a Sunday (three reports) and in Vienna on the Tuesday
// after (three reports): two events of one story.
std::vector<TestReport> TalksInTwoCities();
// The same ministers meeting in Geneva in March and again in July.
std::vector<TestReport> SamePeopleMonthsApart();

}  // namespace corroborate::testing
