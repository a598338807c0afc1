// Key phrases are found whatever the case, punctuation and quote marks, as whole words only.
#include "eval/text_match.h"

#include <gtest/gtest.h>

namespace corroborate::eval {
namespace {

TEST(TextMatch, NormalizesCasePunctuationAndQuoteMarks) {
  EXPECT_EQ(NormalizeForMatch("“We’re NOT there yet,” he said."), " we re not there yet he said ");
  EXPECT_EQ(NormalizeForMatch("U.S.-led talks"), " u s led talks ");
  EXPECT_EQ(NormalizeForMatch("Zelenskyy — Зеленский"), " zelenskyy зеленский ");
  EXPECT_EQ(NormalizeForMatch(""), " ");
}

TEST(TextMatch, NamesDropALeadingThe) {
  EXPECT_EQ(NormalizeName("The Daily Courier"), NormalizeName("Daily Courier"));
  EXPECT_NE(NormalizeName("Theodor Kern"), NormalizeName("odor Kern"));
}

TEST(TextMatch, KeysMatchWholeWordsOnly) {
  const std::string text =
      NormalizeForMatch("The talks lasted six hours, a Varnian official said.");
  EXPECT_TRUE(ContainsKey(text, "Six Hours"));
  EXPECT_TRUE(ContainsKey(text, "official said"));
  EXPECT_FALSE(ContainsKey(text, "Varnia"));  // a prefix of a word is not the word
  EXPECT_FALSE(ContainsKey(text, "four hours"));
}

TEST(TextMatch, AlternativesAreSeparatedByBars) {
  const std::string text = NormalizeForMatch("They are prepared to sign a truce tomorrow.");
  EXPECT_TRUE(ContainsKey(text, "ready to sign a ceasefire|prepared to sign a truce"));
  EXPECT_FALSE(ContainsKey(text, "ready to sign|ceasefire"));
  EXPECT_FALSE(ContainsKey(text, "|"));  // empty alternatives never match
  EXPECT_TRUE(ContainsAllKeys(text, {"truce", "tomorrow|today"}));
  EXPECT_FALSE(ContainsAllKeys(text, {"truce", "yesterday"}));
}

TEST(TextMatch, CountsTheWordsOfTheLongestAlternative) {
  EXPECT_EQ(KeyWordCount("six hours|about six hours"), 3u);
  EXPECT_EQ(KeyWordCount("U.S."), 2u);
  EXPECT_EQ(KeyWordCount(" - "), 0u);
}

}  // namespace
}  // namespace corroborate::eval
