// UD English word splitting of contractions.
#include "nlp/ud_words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corroborate::nlp {
namespace {

std::vector<std::string> Words(std::string_view token) {
  std::vector<std::pair<size_t, size_t>> ranges;
  SplitUdWords(token, &ranges);
  std::vector<std::string> out;
  for (const auto& [b, e] : ranges) out.emplace_back(token.substr(b, e - b));
  return out;
}

using V = std::vector<std::string>;

TEST(UdWordsTest, Contractions) {
  EXPECT_EQ(Words("don't"), (V{"do", "n't"}));
  EXPECT_EQ(Words("Can't"), (V{"Ca", "n't"}));
  EXPECT_EQ(Words("won\u2019t"), (V{"wo", "n\u2019t"}));
  EXPECT_EQ(Words("We're"), (V{"We", "'re"}));
  EXPECT_EQ(Words("I'm"), (V{"I", "'m"}));
  EXPECT_EQ(Words("they\u2019ve"), (V{"they", "\u2019ve"}));
  EXPECT_EQ(Words("it'll"), (V{"it", "'ll"}));
  EXPECT_EQ(Words("Let's"), (V{"Let", "'s"}));
  EXPECT_EQ(Words("cannot"), (V{"can", "not"}));
  EXPECT_EQ(Words("gonna"), (V{"gon", "na"}));
}

TEST(UdWordsTest, WordsThatStayWhole) {
  EXPECT_EQ(Words("O'Brien"), (V{"O'Brien"}));
  EXPECT_EQ(Words("'s"), (V{"'s"}));
  EXPECT_EQ(Words("n't"), (V{"n't"}));
  EXPECT_EQ(Words("'90s"), (V{"'90s"}));
  EXPECT_EQ(Words("harbour"), (V{"harbour"}));
  EXPECT_EQ(Words(""), (V{""}));
  EXPECT_EQ(Words("\xE2\x80"), (V{"\xE2\x80"}));  // a cut UTF-8 sequence: untouched
}

}  // namespace
}  // namespace corroborate::nlp
