#include "core/utf8.h"

#include <gtest/gtest.h>

namespace corroborate::utf8 {
namespace {

TEST(Utf8, CodepointIndexCountsMultibyteCharacters) {
  std::string text = "Zelenskyy — «Київ» said";  // em dash and Cyrillic are multi-byte
  CodepointIndex index(text);
  size_t said = text.find("said");
  EXPECT_EQ(index.ToCodepoint(said), 19u);
  EXPECT_EQ(index.ToCodepoint(text.size()), CodepointCount(text));
}

TEST(Utf8, CodepointIndexAcrossBlockBoundaries) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "é";  // 100 bytes, 50 code points
  CodepointIndex index(text);
  EXPECT_EQ(index.ToCodepoint(64), 32u);
  EXPECT_EQ(index.ToCodepoint(100), 50u);
  std::string exact(128, 'a');
  EXPECT_EQ(CodepointIndex(exact).ToCodepoint(128), 128u);
}

TEST(Utf8, InvalidBytesBecomeReplacementAndLoopsTerminate) {
  std::string bad = "ok\xC3\x28 \xF0\x9F\x92 end\xFF";
  EXPECT_FALSE(IsValid(bad));
  std::string clean = Sanitize(bad);
  EXPECT_TRUE(IsValid(clean));
  EXPECT_NE(clean.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_NE(clean.find(" end"), std::string::npos);
}

TEST(Utf8, TruncateNeverSplitsACodepoint) {
  std::string text = "aé";  // 'a' + 2-byte é
  EXPECT_EQ(Truncate(text, 2), "a");
  EXPECT_EQ(Truncate(text, 3), "aé");
}

TEST(Utf8, PrevWalksBackOverMultibyte) {
  std::string text = "a€b";
  size_t pos = text.size() - 1;  // before 'b'
  EXPECT_EQ(Prev(text, &pos), U'€');
  EXPECT_EQ(pos, 1u);
}

}  // namespace
}  // namespace corroborate::utf8

namespace corroborate {
namespace {

TEST(Utf8AffixTest, FirstAndLastCodepointsNeverSplitACharacter) {
  const std::string word = "Zelens\xCA\xB9kyy";  // "Zelensʹkyy": a two-byte modifier letter
  EXPECT_EQ(utf8::FirstCodepoints(word, 7), "Zelens\xCA\xB9");
  EXPECT_EQ(utf8::LastCodepoints(word, 4), "\xCA\xB9kyy");
  EXPECT_EQ(utf8::LastCodepoints("ab", 5), "ab");
  EXPECT_EQ(utf8::FirstCodepoints("", 3), "");
}

}  // namespace
}  // namespace corroborate
