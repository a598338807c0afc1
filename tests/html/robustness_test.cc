// Hostile and broken input: floods of stray tags, huge attributes, unterminated constructs,
// many megabytes of one construct. Each must parse in linear time into a sane tree; the sizes
// are big enough that quadratic behaviour would time the test out.
#include <gtest/gtest.h>

#include <string>

#include "html/parser.h"

namespace corroborate::html {
namespace {

// piece repeated until the result has at least `bytes` bytes.
std::string Repeat(std::string_view piece, size_t bytes) {
  std::string out;
  out.reserve(bytes + piece.size());
  while (out.size() < bytes) out += piece;
  return out;
}

constexpr size_t kBig = 2 << 20;

void ExpectSane(const Document& doc, size_t max_depth = ParseOptions().max_depth) {
  ASSERT_NE(doc.body(), kNoNode);
  EXPECT_LE(doc.stats().max_depth_seen, max_depth);
  EXPECT_EQ(doc.node(Document::kRoot).subtree_end, doc.size());
}

TEST(RobustnessTest, FloodsOfStrayEndTags) {
  Document doc = Parse(Repeat("<x-a>", 5 * 1000) + Repeat("</x-b></span></div>", kBig));
  ExpectSane(doc);
  EXPECT_TRUE(doc.stats().depth_limited);
  Document doc2 = Parse("<span><div>" + Repeat("<i>", 3 * 300) + Repeat("</span>", kBig));
  ExpectSane(doc2);
  EXPECT_EQ(doc2.node(doc2.FindFirst(Tag::kDiv)).parent, doc2.FindFirst(Tag::kSpan));
}

TEST(RobustnessTest, FloodsOfStartTagsAtTheDepthLimit) {
  for (std::string_view piece : {"<div>", "<p><button><div>", "<ul><li>", "<table><tr><td>",
                                 "<a href=x>t", "<b><p>x</b>", "<h1><h2>", "<svg><g>"}) {
    Document doc = Parse(Repeat(piece, kBig));
    ExpectSane(doc);
    EXPECT_GT(doc.size(), kBig / 20) << piece;
  }
}

TEST(RobustnessTest, RepeatedBodyAttributesStayBounded) {
  std::string html;
  for (int i = 0; html.size() < kBig; ++i) html += "<body data-n" + std::to_string(i) + "=1>";
  Document doc = Parse(html);
  ExpectSane(doc);
  EXPECT_EQ(doc.Attr(doc.body(), "data-n0"), "1");
  EXPECT_LE(doc.attributes(doc.body()).size(), 256u);
}

TEST(RobustnessTest, UnterminatedConstructsSpanningMegabytes) {
  Document attr = Parse("<p>before</p><a title=\"" + Repeat("x", kBig));
  ExpectSane(attr);
  EXPECT_EQ(attr.TextContent(attr.body()), "before");
  Document comment = Parse("<p>before</p><!--" + Repeat("-", kBig));
  EXPECT_EQ(comment.TextContent(comment.body()), "before");
  Document script = Parse("<body><script>" + Repeat("<!--<script>", kBig));
  EXPECT_EQ(script.size(), 6u);  // document, html, head, body, script, its text
  Document tag = Parse("<div " + Repeat("a b c ", kBig));
  EXPECT_EQ(tag.FindFirst(Tag::kDiv), kNoNode);  // a tag cut off by the end is dropped
}

TEST(RobustnessTest, HugeTextWithReferencesAndNul) {
  Document doc = Parse(Repeat("&amp;&#x10FFFF;&notanentity; a < b ", kBig));
  ExpectSane(doc);
  std::string text = doc.TextContent(doc.body());
  EXPECT_TRUE(
      text.starts_with("&\xF4\x8F\xBF\xBF\xC2\xAC"
                       "anentity; a < b &\xF4"))
      << text.substr(0, 40);
  Document nul = Parse(std::string(kBig, '\0') + "x");
  EXPECT_EQ(nul.TextContent(nul.body()), "x");
}

}  // namespace
}  // namespace corroborate::html
