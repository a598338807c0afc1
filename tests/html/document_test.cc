// Document queries: Attr/HasAttr/HasClass, FindFirst/FindAll, traversal, TextContent, tag
// tables, and views surviving a move.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/parser.h"

namespace corroborate::html {
namespace {

constexpr std::string_view kPage =
    "<html><head><title>Port strike ends</title></head><body>"
    "<nav class=\"menu top\"><a href=\"/\">Home</a><a href=\"/world\">World</a></nav>"
    "<article class=\"story  main-story\" data-id=\"42\">"
    "<h1>Port strike ends after nine days</h1>"
    "<p>Dock workers in Valmora voted on Tuesday to accept a 6&nbsp;% raise.</p>"
    "<script>trackView();</script><style>.x{}</style>"
    "<p>Shipping lines said <em>backlogs</em> would clear<br>within a week.</p>"
    "<ul><li>Vote: 812 for</li><li>Against: 97</li></ul>"
    "<template><p>hidden</p></template><noscript>Enable JS</noscript>"
    "</article><footer>&copy; 2025 The Valmora Ledger</footer></body></html>";

TEST(DocumentTest, AttributesAndClasses) {
  Document doc = Parse(kPage);
  NodeId article = doc.FindFirst(Tag::kArticle);
  ASSERT_NE(article, kNoNode);
  EXPECT_EQ(doc.Attr(article, "data-id"), "42");
  EXPECT_TRUE(doc.HasAttr(article, "class"));
  EXPECT_FALSE(doc.HasAttr(article, "id"));
  EXPECT_EQ(doc.Attr(article, "id"), "");
  EXPECT_TRUE(doc.HasClass(article, "story"));
  EXPECT_TRUE(doc.HasClass(article, "main-story"));
  EXPECT_FALSE(doc.HasClass(article, "main"));
  EXPECT_FALSE(doc.HasClass(article, ""));
  NodeId nav = doc.FindFirst(Tag::kNav);
  EXPECT_TRUE(doc.HasClass(nav, "top"));
  EXPECT_EQ(doc.attributes(nav).size(), 1u);
}

TEST(DocumentTest, FindFirstAndFindAllRespectScope) {
  Document doc = Parse(kPage);
  std::vector<NodeId> links = doc.FindAll(Tag::kA);
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(doc.Attr(links[1], "href"), "/world");
  NodeId article = doc.FindFirst(Tag::kArticle);
  EXPECT_EQ(doc.FindFirst(Tag::kA, article), kNoNode);
  EXPECT_EQ(doc.FindAll(Tag::kP, article).size(), 3u);  // the one in <template> included
  EXPECT_EQ(doc.FindFirst(Tag::kTitle), doc.node(doc.head()).first_child);
  EXPECT_EQ(doc.FindFirst(Tag::kArticle, article), kNoNode);  // scope itself is excluded
}

TEST(DocumentTest, TextContentCollapsesAndSkips) {
  Document doc = Parse(kPage);
  NodeId article = doc.FindFirst(Tag::kArticle);
  EXPECT_EQ(doc.TextContent(article),
            "Port strike ends after nine days Dock workers in Valmora voted on Tuesday to accept "
            "a 6\xC2\xA0% raise. Shipping lines said backlogs would clear within a week. Vote: "
            "812 for Against: 97");
  EXPECT_EQ(doc.TextContent(doc.FindFirst(Tag::kFooter)), "\xC2\xA9 2025 The Valmora Ledger");
  // A raw-text element asked for directly gives its own text.
  EXPECT_EQ(doc.TextContent(doc.FindFirst(Tag::kScript)), "trackView();");
  EXPECT_EQ(doc.TextContent(doc.head()), "Port strike ends");
  Document inline_only = Parse("<p>  a <b>b</b>c\n\n d  </p>");
  EXPECT_EQ(inline_only.TextContent(inline_only.body()), "a bc d");
}

TEST(DocumentTest, TraversalVisitsEveryNodeInOrder) {
  Document doc = Parse(kPage);
  NodeId article = doc.FindFirst(Tag::kArticle);
  std::vector<NodeId> visited;
  for (NodeId id = doc.Next(article, article); id != kNoNode; id = doc.Next(id, article)) {
    visited.push_back(id);
  }
  ASSERT_FALSE(visited.empty());
  EXPECT_EQ(visited.front(), article + 1);
  EXPECT_EQ(visited.back() + 1, doc.node(article).subtree_end);
  for (size_t i = 1; i < visited.size(); ++i) EXPECT_EQ(visited[i], visited[i - 1] + 1);
  // Skipping children of the <ul> jumps straight to what follows it.
  NodeId ul = doc.FindFirst(Tag::kUl);
  NodeId after = doc.NextSkippingChildren(ul, article);
  EXPECT_EQ(doc.node(after).tag, Tag::kTemplate);
  EXPECT_EQ(doc.NextSkippingChildren(article, article), kNoNode);
  EXPECT_EQ(doc.Next(doc.size() - 1, Document::kRoot), kNoNode);
}

TEST(DocumentTest, MoveKeepsViewsValid) {
  std::string html = "<p class=lead>Tom &amp; Jerry <SPAN>x</SPAN><My-Tag></p>";
  Document moved;
  std::string_view text, cls;
  {
    Document doc = Parse(html);
    NodeId p = doc.FindFirst(Tag::kP);
    cls = doc.Attr(p, "class");
    text = doc.node(doc.node(p).first_child).text;
    moved = std::move(doc);
  }
  html.assign(html.size(), 'z');  // the Document owns its copy of the input
  Document again = std::move(moved);
  EXPECT_EQ(cls, "lead");
  EXPECT_EQ(text, "Tom & Jerry ");
  NodeId p = again.FindFirst(Tag::kP);
  EXPECT_EQ(again.Attr(p, "class"), "lead");
  EXPECT_EQ(again.TextContent(p), "Tom & Jerry x");
  EXPECT_EQ(again.node(again.node(p).last_child).name, "my-tag");
}

TEST(DocumentTest, TagTables) {
  for (int i = 1; i < static_cast<int>(Tag::kCount); ++i) {
    Tag tag = static_cast<Tag>(i);
    EXPECT_EQ(TagFromName(TagName(tag)), tag) << TagName(tag);
  }
  EXPECT_EQ(TagFromName("my-widget"), Tag::kOther);
  EXPECT_EQ(TagFromName("blockquotes"), Tag::kOther);
  EXPECT_EQ(TagFromName(""), Tag::kOther);
  EXPECT_EQ(TagName(Tag::kOther), "");
  EXPECT_TRUE(IsVoid(Tag::kBr));
  EXPECT_TRUE(IsVoid(Tag::kMeta));
  EXPECT_FALSE(IsVoid(Tag::kDiv));
  EXPECT_TRUE(IsBlock(Tag::kP));
  EXPECT_TRUE(IsBlock(Tag::kTd));
  EXPECT_FALSE(IsBlock(Tag::kBr));
  EXPECT_FALSE(IsBlock(Tag::kSpan));
  EXPECT_FALSE(IsBlock(Tag::kOther));
}

TEST(DocumentTest, StatsCountWhatWasBuilt) {
  Document doc = Parse("<p>a<b>b</b></p><p>c</p>");
  EXPECT_EQ(doc.stats().input_bytes, 24u);
  EXPECT_EQ(doc.stats().elements, 6u);  // html, head, body, p, b, p
  EXPECT_EQ(doc.stats().text_nodes, 3u);
  EXPECT_FALSE(doc.stats().depth_limited);
}

}  // namespace
}  // namespace corroborate::html
