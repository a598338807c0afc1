// Tree shape for well-formed and malformed markup: implied elements and end tags, misnesting,
// raw text, foreign content, head elements in the body, depth limiting.
#include <gtest/gtest.h>

#include <string>

#include "html/parser.h"
#include "tree_dump.h"

namespace corroborate::html {
namespace {

using testing::Dump;
using testing::DumpBody;

std::string Body(std::string_view html) { return DumpBody(Parse(html)); }

TEST(TreeBuilderTest, WellFormedPage) {
  Document doc = Parse(
      "<!DOCTYPE html><html lang=\"en\"><head><title>Harbour reopens</title>"
      "<meta charset=\"utf-8\"></head><body><h1>Harbour reopens</h1><p>Ferries resumed "
      "on Monday.</p></body></html>");
  EXPECT_EQ(Dump(doc, Document::kRoot),
            "#document(<!doctype html> html(head(title(\"Harbour reopens\") meta) "
            "body(h1(\"Harbour reopens\") p(\"Ferries resumed on Monday.\"))))");
  EXPECT_EQ(doc.Attr(doc.html(), "lang"), "en");
  EXPECT_EQ(doc.node(doc.head()).tag, Tag::kHead);
  EXPECT_EQ(doc.node(doc.body()).tag, Tag::kBody);
}

TEST(TreeBuilderTest, FragmentGetsHtmlHeadBody) {
  Document doc = Parse("Just a sentence.");
  EXPECT_EQ(Dump(doc, Document::kRoot), "#document(html(head body(\"Just a sentence.\")))");
  Document empty = Parse("");
  EXPECT_EQ(Dump(empty, Document::kRoot), "#document(html(head body))");
  EXPECT_NE(empty.body(), kNoNode);
  EXPECT_NE(empty.head(), kNoNode);
}

TEST(TreeBuilderTest, HeadElementsBeforeBodyContentGoToHead) {
  Document doc = Parse("<title>Budget vote</title><link rel=canonical href=/x><p>Text");
  EXPECT_EQ(Dump(doc, doc.head()), "head(title(\"Budget vote\") link)");
  EXPECT_EQ(DumpBody(doc), "body(p(\"Text\"))");
}

TEST(TreeBuilderTest, HeadElementsAfterHeadCloseGoBackToHead) {
  Document doc = Parse("<head></head> <meta name=author content=\"R. Osei\"><body>x");
  EXPECT_EQ(Dump(doc, doc.head()), "head(meta)");
  EXPECT_EQ(doc.Attr(doc.FindFirst(Tag::kMeta), "content"), "R. Osei");
}

TEST(TreeBuilderTest, HeadElementsInBodyStayInBody) {
  Document doc = Parse("<body><p>a</p><meta property=og:title content=T><style>p{}</style>");
  EXPECT_EQ(DumpBody(doc), "body(p(\"a\") meta style(\"p{}\"))");
}

TEST(TreeBuilderTest, ContentBeforeHtmlTagAndAttributesMerge) {
  Document doc = Parse(
      "<!-- generated --><meta charset=utf-8><html lang=fr><body class=a>"
      "<body class=b id=main><p>Bonjour");
  EXPECT_EQ(doc.Attr(doc.html(), "lang"), "fr");
  EXPECT_EQ(doc.Attr(doc.body(), "class"), "a");  // first wins
  EXPECT_EQ(doc.Attr(doc.body(), "id"), "main");  // merged from the second <body>
  EXPECT_EQ(Dump(doc, doc.head()), "head(meta)");
  EXPECT_EQ(DumpBody(doc), "body(p(\"Bonjour\"))");
}

TEST(TreeBuilderTest, ContentAfterBodyEndStaysInBody) {
  EXPECT_EQ(Body("<body><p>a</p></body></html><p>late</p>"), "body(p(\"a\") p(\"late\"))");
}

TEST(TreeBuilderTest, ParagraphClosedByBlockStart) {
  EXPECT_EQ(Body("<p>one<p>two<div>three</div><p>four<h2>Head</h2>"),
            "body(p(\"one\") p(\"two\") div(\"three\") p(\"four\") h2(\"Head\"))");
  // Inline elements do not close a paragraph.
  EXPECT_EQ(Body("<p>one <b>two</b> <a href=#>three</a>"),
            "body(p(\"one \" b(\"two\") \" \" a(\"three\")))");
}

TEST(TreeBuilderTest, ListItemsCloseEachOther) {
  EXPECT_EQ(Body("<ul><li>one<li>two<ul><li>two.a</ul><li>three</ul>"),
            "body(ul(li(\"one\") li(\"two\" ul(li(\"two.a\"))) li(\"three\")))");
  EXPECT_EQ(Body("<dl><dt>Term<dd>First<dd>Second<dt>Next</dl>"),
            "body(dl(dt(\"Term\") dd(\"First\") dd(\"Second\") dt(\"Next\")))");
}

TEST(TreeBuilderTest, TablesGetImpliedSectionsAndRows) {
  EXPECT_EQ(Body("<table><tr><td>a<td>b<tr><td>c</table>"),
            "body(table(tbody(tr(td(\"a\") td(\"b\")) tr(td(\"c\")))))");
  EXPECT_EQ(Body("<table><td>x</td></table>"), "body(table(tbody(tr(td(\"x\")))))");
  EXPECT_EQ(Body("<table><thead><tr><th>h<tbody><tr><td>d</table>"),
            "body(table(thead(tr(th(\"h\"))) tbody(tr(td(\"d\")))))");
  // A stray </div> inside a cell does not close the div around the table.
  EXPECT_EQ(Body("<div><table><tr><td>a</div>b</td></tr></table>c</div>"),
            "body(div(table(tbody(tr(td(\"ab\")))) \"c\"))");
  // Cells outside any table are ignored (their text stays).
  EXPECT_EQ(Body("<td>loose</td>"), "body(\"loose\")");
}

TEST(TreeBuilderTest, OptionsCloseEachOther) {
  EXPECT_EQ(Body("<select><option>a<option>b<optgroup><option>c</select>"),
            "body(select(option(\"a\") option(\"b\") optgroup(option(\"c\"))))");
}

TEST(TreeBuilderTest, MisnestedFormattingKeepsBlockText) {
  // Browsers keep "xy" in the paragraph; the bold element does not swallow the rest.
  Document doc = Parse("<b><p>x</b>y</p><p>z</p>");
  EXPECT_EQ(DumpBody(doc), "body(b(p(\"xy\")) p(\"z\"))");
  EXPECT_EQ(Body("<p><b>bold</p><p>plain</p>"), "body(p(b(\"bold\")) p(\"plain\"))");
  EXPECT_EQ(Body("<b><i>x</b>y</i>"), "body(b(i(\"x\")) \"y\")");
  EXPECT_EQ(Body("<a href=1>one<a href=2>two</a>"), "body(a(\"one\") a(\"two\"))");
}

TEST(TreeBuilderTest, StrayEndTags) {
  EXPECT_EQ(Body("<div><span>a</div>b</span></div>"), "body(div(span(\"a\")) \"b\")");
  // </span> never closes the div opened inside the span.
  EXPECT_EQ(Body("<span><div>a</span>b</div>"), "body(span(div(\"ab\")))");
  EXPECT_EQ(Body("one</p>two"), "body(\"one\" p \"two\")");
  EXPECT_EQ(Body("a</br>b"), "body(\"a\" br \"b\")");
  EXPECT_EQ(Body("a</unknown>b</>c"), "body(\"abc\")");
  EXPECT_EQ(Body("<h2>Title</h3>after"), "body(h2(\"Title\") \"after\")");
}

TEST(TreeBuilderTest, VoidAndSelfClosingElements) {
  EXPECT_EQ(Body("a<br>b<br/>c<img src=x>d<hr>e"),
            "body(\"a\" br \"b\" br \"c\" img \"d\" hr \"e\")");
  // "/>" on a non-void HTML element is ignored, as in browsers.
  EXPECT_EQ(Body("<div/>inside</div>out"), "body(div(\"inside\") \"out\")");
  EXPECT_EQ(Body("<image src=a.png>"), "body(img)");
}

TEST(TreeBuilderTest, RawTextElements) {
  EXPECT_EQ(Body("<body><script>if (a < b && c > d) { x = '</div>'; }</script><p>after"),
            "body(script(\"if (a < b && c > d) { x = '</div>'; }\") p(\"after\"))");
  EXPECT_EQ(Body("<body><style>p > a { color: red }</STYLE >x"),
            "body(style(\"p > a { color: red }\") \"x\")");
  EXPECT_EQ(Body("<textarea><b>&amp;</textarea>"), "body(textarea(\"<b>&\"))");
  EXPECT_EQ(Body("<body><noscript><img src=pixel></noscript>"),
            "body(noscript(\"<img src=pixel>\"))");
  EXPECT_EQ(Body("<xmp><p>shown</xmp>"), "body(xmp(\"<p>shown\"))");
  EXPECT_EQ(Body("<iframe><p>fallback</iframe>"), "body(iframe(\"<p>fallback\"))");
  // The end tag needs a delimiter: </scripts> does not end a script.
  EXPECT_EQ(Body("<body><script>a</scripts>b</script>"), "body(script(\"a</scripts>b\"))");
  // Unterminated raw text runs to the end.
  EXPECT_EQ(Body("<body><script>var x = 1;"), "body(script(\"var x = 1;\"))");
}

TEST(TreeBuilderTest, ScriptBeforeBodyContentGoesToHead) {
  Document doc = Parse("<script>var a = 1;</script><p>x");
  EXPECT_EQ(Dump(doc, doc.head()), "head(script(\"var a = 1;\"))");
  EXPECT_EQ(DumpBody(doc), "body(p(\"x\"))");
}

TEST(TreeBuilderTest, ScriptEscapes) {
  // Inside "<!--", a nested "<script>" makes the following "</script>" part of the text.
  EXPECT_EQ(Body("<body><script><!-- document.write('<script>x</script>'); --></script>y"),
            "body(script(\"<!-- document.write('<script>x</script>'); -->\") \"y\")");
  EXPECT_EQ(Body("<body><script><!-- a </script>b"), "body(script(\"<!-- a \") \"b\")");
}

TEST(TreeBuilderTest, TitleInBodyIsRcdata) {
  Document doc = Parse("<body><title>A &amp; B <i>x</i></title>");
  EXPECT_EQ(DumpBody(doc), "body(title(\"A & B <i>x</i>\"))");
}

TEST(TreeBuilderTest, Plaintext) {
  EXPECT_EQ(Body("<p>a<plaintext><b>x</b></plaintext>"),
            "body(p(\"a\") plaintext(\"<b>x</b></plaintext>\"))");
}

TEST(TreeBuilderTest, SvgSelfClosingCdataAndBreakout) {
  Document doc = Parse(
      "<p>x<svg viewBox=\"0 0 1 1\"><title>Share</title><path d=\"M0\"/><path d=\"M1\"/>"
      "<![CDATA[a<b]]></svg>y</p>");
  EXPECT_EQ(DumpBody(doc), "body(p(\"x\" svg(title(\"Share\") path path \"a<b\") \"y\"))");
  // svg's <title> is not the document title.
  EXPECT_EQ(doc.FindFirst(Tag::kTitle), kNoNode);
  EXPECT_EQ(doc.node(doc.FindFirst(Tag::kSvg)).tag, Tag::kSvg);
  // A block element breaks out of foreign content.
  EXPECT_EQ(Body("<svg><g><p>para</p></svg>"), "body(svg(g) p(\"para\"))");
  // Outside svg, CDATA is a bogus comment up to the first '>' (dropped).
  EXPECT_EQ(Body("a<![CDATA[b]]>c"), "body(\"ac\")");
  // HTML inside foreignObject.
  EXPECT_EQ(Body("<svg><foreignObject><div>t</div></foreignObject></svg>"),
            "body(svg(foreignobject(div(\"t\"))))");
}

TEST(TreeBuilderTest, CommentsKeptOnlyWhenAsked) {
  EXPECT_EQ(Body("a<!-- hidden -->b"), "body(\"ab\")");
  ParseOptions keep;
  keep.keep_comments = true;
  EXPECT_EQ(DumpBody(Parse("a<!-- hidden -->b", keep)), "body(\"a\" <!-- hidden --> \"b\")");
}

TEST(TreeBuilderTest, AdjacentTextMerges) {
  Document doc = Parse("<p>one<!-- x -->two</nonsense>three &amp; four</p>");
  NodeId p = doc.FindFirst(Tag::kP);
  NodeId text = doc.node(p).first_child;
  ASSERT_NE(text, kNoNode);
  EXPECT_EQ(doc.node(text).text, "onetwothree & four");
  EXPECT_EQ(doc.node(text).next_sibling, kNoNode);
}

TEST(TreeBuilderTest, DeepNestingIsFlattened) {
  std::string html;
  for (int i = 0; i < 10000; ++i) html += "<div>";
  html += "deep";
  for (int i = 0; i < 10000; ++i) html += "</div>";
  html += "<p>after</p>";
  ParseOptions options;
  options.max_depth = 100;
  Document doc = Parse(html, options);
  EXPECT_TRUE(doc.stats().depth_limited);
  EXPECT_LE(doc.stats().max_depth_seen, 100u);
  size_t divs = 0;
  for (const Node& n : doc.nodes()) {
    EXPECT_LE(n.depth, 100);
    if (n.tag == Tag::kDiv) ++divs;
  }
  EXPECT_EQ(divs, 10000u);
  EXPECT_EQ(doc.TextContent(doc.body()), "deep after");
  // The paragraph after the deep part is a child of body: every opened div was closed.
  EXPECT_EQ(doc.node(doc.FindFirst(Tag::kP)).parent, doc.body());
}

TEST(TreeBuilderTest, DeepInlineNestingAndDefaultLimit) {
  std::string html;
  for (int i = 0; i < 10000; ++i) html += "<span><b>";
  html += "x";
  Document doc = Parse(html);
  EXPECT_LE(doc.stats().max_depth_seen, ParseOptions().max_depth);
  EXPECT_EQ(doc.TextContent(doc.body()), "x");
}

TEST(TreeBuilderTest, NodesAreInPreOrderWithConsistentLinks) {
  Document doc = Parse(
      "<html><body><div><p>a<b>b<i>c</b>d</i></p><table><tr><td>e<td>f</table>"
      "<ul><li>g<li>h</ul><svg><g><path/></g></svg></div><b><p>x</b>y</p></body>");
  const auto& nodes = doc.nodes();
  for (NodeId id = 1; id < nodes.size(); ++id) {
    const Node& n = nodes[id];
    ASSERT_LT(n.parent, id);
    EXPECT_EQ(n.depth, nodes[n.parent].depth + 1);
    EXPECT_LE(n.subtree_end, nodes[n.parent].subtree_end);
    if (n.first_child != kNoNode) {
      EXPECT_EQ(n.first_child, id + 1);
    }
    if (n.next_sibling != kNoNode) {
      EXPECT_EQ(n.next_sibling, n.subtree_end);
      EXPECT_EQ(nodes[n.next_sibling].prev_sibling, id);
    } else {
      EXPECT_EQ(nodes[n.parent].last_child, id);
    }
  }
}

}  // namespace
}  // namespace corroborate::html
