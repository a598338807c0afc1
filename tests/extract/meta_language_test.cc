// Declared language tags reduced to ISO 639-1.
#include "extract/html/meta_language.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(MetaLanguageTest, Forms) {
  EXPECT_EQ(NormalizeLanguage("en-GB"), "en");
  EXPECT_EQ(NormalizeLanguage("pt_BR"), "pt");
  EXPECT_EQ(NormalizeLanguage(" EN "), "en");
  EXPECT_EQ(NormalizeLanguage("uk-UA, ru"), "uk");
  EXPECT_EQ(NormalizeLanguage("eng"), "en");
  EXPECT_EQ(NormalizeLanguage("ger"), "de");
  EXPECT_EQ(NormalizeLanguage("English"), "en");
  EXPECT_EQ(NormalizeLanguage("und"), "");
  EXPECT_EQ(NormalizeLanguage("x-default"), "");
  EXPECT_EQ(NormalizeLanguage("*"), "");
  EXPECT_EQ(NormalizeLanguage(""), "");
}

}  // namespace
}  // namespace corroborate
