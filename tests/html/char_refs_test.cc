// Character references: named (with and without ';'), numeric, the C1 remapping, invalid
// values, and the attribute rule for legacy names.
#include "html/char_refs.h"

#include <gtest/gtest.h>

#include <string>

#include "html/parser.h"

namespace corroborate::html {
namespace {

std::string Decode(std::string_view text, bool in_attribute = false) {
  std::string out;
  AppendDecoded(text, in_attribute, &out);
  return out;
}

TEST(CharRefsTest, NamedReferences) {
  EXPECT_EQ(Decode("Fish &amp; Chips"), "Fish & Chips");
  EXPECT_EQ(Decode("&lt;tag&gt; &quot;q&quot; &apos;"), "<tag> \"q\" '");
  EXPECT_EQ(Decode("caf&eacute; &mdash; 5&nbsp;km"), "caf\xC3\xA9 \xE2\x80\x94 5\xC2\xA0km");
  EXPECT_EQ(Decode("&CounterClockwiseContourIntegral;"), "\xE2\x88\xB3");
  // Two code points.
  EXPECT_EQ(Decode("&NotEqualTilde;"), "\xE2\x89\x82\xCC\xB8");
  // Case matters: &AMP; exists, &Amp; does not.
  EXPECT_EQ(Decode("&AMP; &Amp;"), "& &Amp;");
}

TEST(CharRefsTest, LegacyNamesWithoutSemicolon) {
  EXPECT_EQ(Decode("&copy 2024"), "\xC2\xA9 2024");
  EXPECT_EQ(Decode("AT&T"), "AT&T");            // &T is not a reference
  EXPECT_EQ(Decode("&notit;"), "\xC2\xACit;");  // longest legacy prefix "not"
  EXPECT_EQ(Decode("&notin;"), "\xE2\x88\x89");
  // Only legacy names work without ';'.
  EXPECT_EQ(Decode("&mdash x"), "&mdash x");
  EXPECT_EQ(Decode("&ampx"), "&x");
}

TEST(CharRefsTest, AttributeRule) {
  EXPECT_EQ(Decode("?a=1&copy=2", true), "?a=1&copy=2");
  EXPECT_EQ(Decode("?a=1&copyx", true), "?a=1&copyx");
  EXPECT_EQ(Decode("?a=1&amp;b=2", true), "?a=1&b=2");
  EXPECT_EQ(Decode("&copy 2024", true), "\xC2\xA9 2024");
}

TEST(CharRefsTest, NumericReferences) {
  EXPECT_EQ(Decode("&#39;&#x27;&#X27;"), "'''");
  EXPECT_EQ(Decode("&#8212;&#x2014"), "\xE2\x80\x94\xE2\x80\x94");
  EXPECT_EQ(Decode("&#x1F600;"), "\xF0\x9F\x98\x80");
  // windows-1252 remapping of 0x80–0x9F; 0x81 has no mapping and stays.
  EXPECT_EQ(Decode("&#128;&#x93;&#x94;&#150;"), "\xE2\x82\xAC\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x93");
  EXPECT_EQ(Decode("&#x81;"), "\xC2\x81");
  // Invalid values become U+FFFD.
  EXPECT_EQ(Decode("&#0;&#xD800;&#x110000;&#99999999999999999999;"),
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  // No digits: not a reference.
  EXPECT_EQ(Decode("&#; &#x; &#xg;"), "&#; &#x; &#xg;");
}

TEST(CharRefsTest, DecodedInTextAndAttributesNotInRawText) {
  Document doc = Parse(
      "<body><a href=\"/s?q=a&amp;b&copy=1\" title='Tom &amp; Jerry'>R&amp;D &#8220;x&#8221;</a>"
      "<script>if (a &amp;&amp; b) {}</script>");
  NodeId a = doc.FindFirst(Tag::kA);
  EXPECT_EQ(doc.Attr(a, "href"), "/s?q=a&b&copy=1");
  EXPECT_EQ(doc.Attr(a, "title"), "Tom & Jerry");
  EXPECT_EQ(doc.TextContent(a), "R&D \xE2\x80\x9Cx\xE2\x80\x9D");
  NodeId script = doc.FindFirst(Tag::kScript);
  EXPECT_EQ(doc.node(doc.node(script).first_child).text, "if (a &amp;&amp; b) {}");
}

TEST(CharRefsTest, ReferenceAtEndOfInput) {
  Document doc = Parse("a &am");
  EXPECT_EQ(doc.TextContent(doc.body()), "a &am");
  Document doc2 = Parse("a &");
  EXPECT_EQ(doc2.TextContent(doc2.body()), "a &");
  Document doc3 = Parse("a &#x");
  EXPECT_EQ(doc3.TextContent(doc3.body()), "a &#x");
}

}  // namespace
}  // namespace corroborate::html
