// The one first-name table: a person cue for entity recognition and a gender for quote
// attribution.
#include "analyze/given_names.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(GivenNamesTest, FirstNamesAsWrittenCuePeople) {
  EXPECT_TRUE(IsGivenName("Maria"));
  EXPECT_TRUE(IsGivenName("Oleksandr"));
  EXPECT_TRUE(IsGivenName("J\u00fcrgen"));
  EXPECT_FALSE(IsGivenName("maria"));  // exact case: a lower-case word is not a name
  EXPECT_FALSE(IsGivenName("MARIA"));
  EXPECT_FALSE(IsGivenName("Ministry"));
  // Also a word or a place: a gender, but no person cue ("Roman Empire", "Milan Cathedral").
  EXPECT_FALSE(IsGivenName("Roman"));
  EXPECT_FALSE(IsGivenName("Milan"));
  EXPECT_FALSE(IsGivenName("Victoria"));
}

TEST(GivenNamesTest, GenderIsCaseInsensitive) {
  EXPECT_EQ(GivenNameGender("maria"), Gender::kFemale);
  EXPECT_EQ(GivenNameGender("Maria"), Gender::kFemale);
  EXPECT_EQ(GivenNameGender("oleksandr"), Gender::kMale);
  EXPECT_EQ(GivenNameGender("Roman"), Gender::kMale);
  EXPECT_EQ(GivenNameGender("Hillary"), Gender::kFemale);  // formerly only an entity cue
  EXPECT_EQ(GivenNameGender("Sam"), Gender::kUnknown);     // used for both
  EXPECT_EQ(GivenNameGender("Sarkan"), Gender::kUnknown);  // not a first name
  EXPECT_EQ(GivenNameGender(""), Gender::kUnknown);
}

}  // namespace
}  // namespace corroborate
