#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "render/html_escape.h"
#include "render/render.h"

namespace corroborate::render_test {

Account SampleAccount();  // fixture_test.cc

namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

struct Tag {
  std::string name;  // "/mark" for a closing tag
  std::vector<std::pair<std::string, std::string>> attributes;
};

// Splits the page into tags the way a browser would start to: every '<' followed by a letter,
// '/' or '!' opens a tag. Attribute values are read quoted or bare. Enough to see what a browser
// would treat as markup; text between tags is ignored.
std::vector<Tag> ScanTags(const std::string& html) {
  std::vector<Tag> tags;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string::npos) {
    ++i;
    if (i >= html.size()) break;
    if (html[i] == '!') {  // doctype
      i = html.find('>', i);
      continue;
    }
    if (!std::isalpha(static_cast<unsigned char>(html[i])) && html[i] != '/') continue;
    Tag tag;
    while (i < html.size() && html[i] != '>' &&
           !std::isspace(static_cast<unsigned char>(html[i]))) {
      tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
    }
    while (i < html.size() && html[i] != '>') {
      while (i < html.size() && std::isspace(static_cast<unsigned char>(html[i]))) ++i;
      std::string name;
      while (i < html.size() && html[i] != '=' && html[i] != '>' &&
             !std::isspace(static_cast<unsigned char>(html[i]))) {
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
      }
      std::string value;
      if (i < html.size() && html[i] == '=') {
        ++i;
        char quote = html[i];
        if (quote == '"' || quote == '\'') {
          size_t close = html.find(quote, i + 1);
          value = html.substr(i + 1, close - i - 1);
          i = close + 1;
        } else {
          while (i < html.size() && html[i] != '>' &&
                 !std::isspace(static_cast<unsigned char>(html[i]))) {
            value += html[i++];
          }
        }
      }
      if (!name.empty()) tag.attributes.emplace_back(name, value);
    }
    tags.push_back(std::move(tag));
  }
  return tags;
}

std::string Attribute(const Tag& tag, const std::string& name) {
  for (const auto& [k, v] : tag.attributes) {
    if (k == name) return v;
  }
  return "";
}

class HtmlBriefTest : public ::testing::Test {
 protected:
  void SetUp() override {
    account_ = SampleAccount();
    html_ = RenderHtml(account_);
    tags_ = ScanTags(html_);
  }
  Account account_;
  std::string html_;
  std::vector<Tag> tags_;
};

TEST_F(HtmlBriefTest, IsSelfContainedWithStrictCsp) {
  EXPECT_EQ(html_.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html_.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'; img-src data:\">"),
            std::string::npos);
  EXPECT_NE(html_.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html_.find("name=\"viewport\""), std::string::npos);
  EXPECT_NE(html_.find("prefers-color-scheme:dark"), std::string::npos);
  EXPECT_NE(html_.find("max-width:46rem"), std::string::npos);
  for (const Tag& t : tags_) {
    EXPECT_NE(t.name, "script");
    EXPECT_NE(t.name, "link");
    EXPECT_NE(t.name, "img");
    EXPECT_NE(t.name, "iframe");
    EXPECT_TRUE(Attribute(t, "src").empty()) << t.name;
  }
  EXPECT_EQ(html_.find("url("), std::string::npos) << "no CSS fetches";
  EXPECT_EQ(html_.find("@import"), std::string::npos);
}

TEST_F(HtmlBriefTest, OnlyKnownTagsAndAttributesReachTheMarkup) {
  const std::set<std::string> kTags = {
      "html", "head",    "meta",    "title", "style", "body", "header",    "main",
      "nav",  "section", "article", "h1",    "h2",    "h3",   "h4",        "p",
      "ul",   "li",      "div",     "span",  "a",     "mark", "em",        "strong",
      "br",   "details", "summary", "dl",    "dt",    "dd",   "blockquote"};
  const std::set<std::string> kAttributes = {"lang",  "charset", "http-equiv", "content", "name",
                                             "class", "id",      "href",       "title",   "rel"};
  ASSERT_GT(tags_.size(), 100u);
  for (const Tag& t : tags_) {
    std::string name = t.name[0] == '/' ? t.name.substr(1) : t.name;
    EXPECT_TRUE(kTags.count(name)) << "unexpected tag <" << t.name << ">";
    for (const auto& [k, v] : t.attributes) {
      EXPECT_TRUE(kAttributes.count(k)) << "unexpected attribute " << k << " on <" << t.name << ">";
      EXPECT_EQ(v.find('<'), std::string::npos) << k << "=" << v;
      EXPECT_EQ(v.find('"'), std::string::npos) << k << "=" << v;
    }
  }
}

TEST_F(HtmlBriefTest, HostileTextIsEscapedEverywhere) {
  std::string lower = Lower(html_);
  EXPECT_EQ(lower.find("<script"), std::string::npos);
  EXPECT_EQ(lower.find("<img"), std::string::npos);
  EXPECT_EQ(lower.find("<b>"), std::string::npos);
  EXPECT_NE(html_.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html_.find("&lt;img src=x onerror=alert(3)&gt;"), std::string::npos);
  EXPECT_NE(html_.find("Evil &quot;Wire&quot; &lt;b&gt;"), std::string::npos);
  EXPECT_NE(html_.find("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), std::string::npos);
  EXPECT_NE(html_.find("inputs/&lt;wire&gt;.html"), std::string::npos);
  EXPECT_NE(html_.find("binary &quot;data&quot; &amp; no text"), std::string::npos);
  // The javascript: URL is shown as text but never becomes a link; the https URL does.
  EXPECT_NE(html_.find("javascript:alert(1)"), std::string::npos);
  bool https_link = false;
  for (const Tag& t : tags_) {
    std::string href = Lower(Attribute(t, "href"));
    EXPECT_EQ(href.find("javascript"), std::string::npos) << href;
    https_link |= href == "https://www.harbourcourier.example/news/strike-ends";
    if (!href.empty()) {
      EXPECT_TRUE(href[0] == '#' || href.rfind("https://", 0) == 0 || href.rfind("http://", 0) == 0)
          << href;
    }
    // The hostile language tag must not become an attribute.
    EXPECT_NE(Attribute(t, "lang").find("onmouseover"), 0u);
    EXPECT_TRUE(Attribute(t, "onmouseover").empty());
  }
  EXPECT_TRUE(https_link);
}

TEST_F(HtmlBriefTest, SectionsAppearInReadingOrder) {
  std::vector<std::string> headings = {"<h3>Contested</h3>",
                                       "<h3>Confirmed facts</h3>",
                                       "<h3>Key quotes</h3>",
                                       "<h3>People, organisations and places</h3>",
                                       "<h3>Timeline</h3>",
                                       "<h3>Coverage by outlet</h3>",
                                       "<h3>Single-source claims</h3>",
                                       "<h2>Sources</h2>",
                                       "<h2>Problems</h2>"};
  size_t last = 0;
  for (const std::string& h : headings) {
    size_t at = html_.find(h);
    ASSERT_NE(at, std::string::npos) << h;
    EXPECT_GT(at, last) << h;
    last = at;
  }
  EXPECT_NE(html_.find("3 articles from 3 outlets · 2 independent sources · 5–6 March 2024"),
            std::string::npos);
  // Single-source claims are collapsed.
  size_t single = html_.find("<h3>Single-source claims</h3>");
  EXPECT_EQ(html_.find("<details>", single),
            single + std::string("<h3>Single-source claims</h3>\n").size());
  EXPECT_NE(html_.find("class=\"badge confirmed\""), std::string::npos);
  EXPECT_NE(html_.find("class=\"badge contested\""), std::string::npos);
  EXPECT_NE(html_.find("2 independent sources: The Harbour Courier, Новости Велтмара, Evil"),
            std::string::npos);
  EXPECT_NE(html_.find("Syndicated from The Harbour Courier (82% of its text copied)"),
            std::string::npos);
  size_t omits = html_.find("Leaves out confirmed:<ul><li>Anna Kovač announced a deal");
  EXPECT_NE(omits, std::string::npos);
  EXPECT_GT(omits, html_.find("<h4><a href=\"#art-2\">Evil &quot;Wire&quot; &lt;b&gt;</a></h4>"));
}

TEST_F(HtmlBriefTest, EveryEvidenceLinkHasItsAnchorAndTitle) {
  std::set<std::string> ids;
  for (const Tag& t : tags_) {
    std::string id = Attribute(t, "id");
    if (!id.empty()) {
      EXPECT_TRUE(ids.insert(id).second) << "duplicate id " << id;
    }
  }
  size_t evidence_links = 0;
  for (const Tag& t : tags_) {
    std::string href = Attribute(t, "href");
    if (href.empty() || href[0] != '#') continue;
    EXPECT_TRUE(ids.count(href.substr(1))) << "dangling link " << href;
    if (href.rfind("#ev-", 0) == 0) {
      ++evidence_links;
      EXPECT_FALSE(Attribute(t, "title").empty()) << href;
    }
  }
  EXPECT_GE(evidence_links, 12u);
  // The Cyrillic quote: link title carries the exact words, the mark wraps them in the text.
  EXPECT_NE(html_.find("title=\"Новости Велтмара: “У нас есть соглашение”\""), std::string::npos);
  EXPECT_NE(html_.find("\">управление порта сократит 40 рабочих мест</mark>"), std::string::npos);
  // Nested evidence (the quote inside f4's sentence) gets an anchor inside the outer mark.
  EXPECT_NE(html_.find("\">«<span id=\"ev-a1-"), std::string::npos);
}

TEST_F(HtmlBriefTest, OverlappingEvidenceNestsSafely) {
  // f1 and f3 overlap in article 0: one <mark> with an inner empty anchor, properly nested.
  std::vector<std::string> stack;
  for (const Tag& t : tags_) {
    if (t.name == "mark" || t.name == "span") stack.push_back(t.name);
    if (t.name == "/mark" || t.name == "/span") {
      ASSERT_FALSE(stack.empty());
      EXPECT_EQ("/" + stack.back(), t.name);
      stack.pop_back();
    }
  }
  EXPECT_TRUE(stack.empty());
  size_t start = html_.find("<mark id=\"ev-a0-");
  ASSERT_NE(start, std::string::npos);
  size_t end = html_.find("</mark>", start);
  std::string mark = html_.substr(start, end - start);
  EXPECT_NE(mark.find("<span id=\"ev-a0-"), std::string::npos) << mark;
  EXPECT_NE(mark.find("the largest"), std::string::npos) << mark;
  EXPECT_EQ(mark.find("<mark", 1), std::string::npos);
}

TEST(HtmlBrief, EmptyAccountRendersAWholePage) {
  std::string html = RenderHtml(Account{});
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<h2>Sources</h2>"), std::string::npos);
  EXPECT_NE(html.find("<h2>Problems</h2>"), std::string::npos);
  EXPECT_NE(html.find("</html>\n"), std::string::npos);
  std::vector<Tag> tags = ScanTags(html);
  int depth = 0;
  for (const Tag& t : tags) {
    if (t.name == "section") ++depth;
    if (t.name == "/section") --depth;
  }
  EXPECT_EQ(depth, 0);
}

TEST(HtmlEscape, EscapesTheFiveCharactersAndCleansBytes) {
  EXPECT_EQ(HtmlEscape("a&b<c>d\"e'f"), "a&amp;b&lt;c&gt;d&quot;e&#39;f");
  EXPECT_EQ(HtmlEscape("Ковач — “ok”"), "Ковач — “ok”");
  EXPECT_EQ(HtmlEscape(std::string("x\0y\x01z\x7f", 6)), "xyz");
  EXPECT_EQ(HtmlEscape("bad\xC3("), "bad\xEF\xBF\xBD(");
  std::string attr;
  AppendHtmlAttribute("two\nlines", &attr);
  EXPECT_EQ(attr, "two lines");
}

TEST(HtmlEscape, OnlyHttpUrlsAreSafeHrefs) {
  EXPECT_TRUE(IsSafeHttpUrl("https://example.com/a?b=c"));
  EXPECT_TRUE(IsSafeHttpUrl("  HTTP://example.com "));
  EXPECT_FALSE(IsSafeHttpUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsSafeHttpUrl(" JavaScript:alert(1)"));
  EXPECT_FALSE(IsSafeHttpUrl("data:text/html,<script>"));
  EXPECT_FALSE(IsSafeHttpUrl("//example.com"));
  EXPECT_FALSE(IsSafeHttpUrl("https://"));
  EXPECT_FALSE(IsSafeHttpUrl("https://exa mple.com"));
  EXPECT_TRUE(IsLanguageTag("pt-BR"));
  EXPECT_FALSE(IsLanguageTag("en\" onmouseover=\"x"));
}

}  // namespace
}  // namespace corroborate::render_test
