#include <gtest/gtest.h>
#include <cstdio>
#include "ingest/convert.h"
TEST(Probe, P) {
  const char* c[] = {
   "The minister\x92s office said the talks were \x93" "constructive\x94 \x96 but no date was set for the next round.",
   "Officials said \x93we will not comment\x94 on the report \x97 and \x93the matter is closed\x94 after talks.",
   "\x93Yes,\x94 he said. \x93No \x96 never.\x94",
   "The council\x92s vote \x96 held on Tuesday \x96 was \x93historic\x94, the mayor\x92s spokesman said\x85",
   "Harbor officials said the ferry\x92s engines failed twice \x97 once on Monday and again on Wednesday \x97 before the company\x92s engineers found the fault. \x93We apologise to every passenger,\x94 the operator said.",
  };
  for (const char* s : c) printf("%s\n", corroborate::ingest::DetectCharset(s).c_str());
}
