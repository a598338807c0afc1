#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "render/render.h"

namespace corroborate::render_test {

Account SampleAccount();                                                         // fixture_test.cc
Evidence Ev(const Account& account, uint32_t article, std::string_view needle);  // fixture_test.cc

namespace {

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

TEST(MarkdownBrief, SectionsAppearInReadingOrder) {
  std::string md = RenderMarkdown(SampleAccount());
  std::vector<std::string> headings = {"\n## 1. Veltmar dock strike ends with 6% pay rise\n",
                                       "\n### Contested\n",
                                       "\n### Confirmed facts\n",
                                       "\n### Key quotes\n",
                                       "\n### People, organisations and places\n",
                                       "\n### Timeline\n",
                                       "\n### Coverage by outlet\n",
                                       "\n### Single-source claims\n",
                                       "\n## Sources\n",
                                       "\n## Problems\n",
                                       "\n## Evidence\n"};
  size_t last = 0;
  for (const std::string& h : headings) {
    size_t at = md.find(h);
    ASSERT_NE(at, std::string::npos) << h;
    EXPECT_GT(at, last) << h;
    last = at;
  }
  EXPECT_TRUE(Has(md, "**3 articles from 3 outlets · 2 independent sources · 5–6 March 2024**"));
}

TEST(MarkdownBrief, ClaimsNameTheirSourcesAndLinkToExactEvidence) {
  std::string md = RenderMarkdown(SampleAccount());
  EXPECT_TRUE(Has(md,
                  "- Dock workers in Veltmar ended a nine-day strike on Monday. — **2 independent "
                  "sources** (The Harbour Courier, Новости Велтмара, Evil \"Wire\" &lt;b&gt; "
                  "(reprint)) · 4 March 2024 [^a0-28-85][^a1-31-98][^a2-56-113]"))
      << md;
  EXPECT_TRUE(Has(md,
                  "- **Denial:** Will the port authority cut jobs?\n"
                  "  - **Новости Велтмара** — The port authority will cut 40 jobs next year."));
  EXPECT_TRUE(Has(md, "- **Anna Kovač** — “We have a deal that respects every crew,” — "));
  EXPECT_TRUE(Has(md, "Also carried as (ru, Новости Велтмара): “У нас есть соглашение”"));
  EXPECT_TRUE(Has(md, "- **February 2024** — Strike begins"));
  EXPECT_TRUE(Has(md, "Leaves out confirmed: Anna Kovač announced a deal."));
  EXPECT_TRUE(Has(md, "Syndicated from The Harbour Courier (82% of its text copied)"));
  EXPECT_TRUE(
      Has(md, "- **Anna Kovač** (person) — union leader; also written Анна Ковач, Anna Kovac"));

  // Every reference has exactly one definition carrying the outlet and the exact words, and
  // offsets in code points (the Cyrillic span starts at 204, its byte offset is far larger).
  std::set<std::string> refs, defs;
  for (size_t at = md.find("[^"); at != std::string::npos; at = md.find("[^", at + 1)) {
    size_t close = md.find(']', at);
    std::string key = md.substr(at + 2, close - at - 2);
    bool is_def = close + 1 < md.size() && md[close + 1] == ':';
    if (is_def) {
      EXPECT_TRUE(defs.insert(key).second) << "defined twice: " << key;
    } else {
      refs.insert(key);
    }
  }
  EXPECT_EQ(refs, defs);
  EXPECT_GE(refs.size(), 10u);
  EXPECT_TRUE(Has(md,
                  "[^a1-204-245]: **Новости Велтмара**, “Забастовка в порту завершилась” "
                  "(characters 204–245): “управление порта сократит 40 рабочих мест”"));
}

TEST(MarkdownBrief, ArticleTextCannotInjectMarkdownOrHtml) {
  Account account = SampleAccount();
  StoryAccount& s = account.stories[0];
  Fact hostile;
  hostile.id = "f9";
  hostile.statement =
      "# Not a heading | [click](javascript:alert(4)) `code` *em* <script>x</script>";
  hostile.status = FactStatus::kSingleSource;
  hostile.evidence = {Ev(account, 2, "# Not a heading")};
  Fact list;
  list.id = "f10";
  list.statement = "- not a list\n1. not ordered & > not a quote";
  list.status = FactStatus::kSingleSource;
  Fact numbered;
  numbered.id = "f11";
  numbered.statement = "2024. A year\x01 to remember_ok\xC3";
  numbered.status = FactStatus::kSingleSource;
  s.facts.push_back(hostile);
  s.facts.push_back(list);
  s.facts.push_back(numbered);
  std::string md = RenderMarkdown(account);

  EXPECT_FALSE(Has(md, "<script")) << md;
  EXPECT_FALSE(Has(md, "<img"));
  EXPECT_FALSE(Has(md, "<b>"));
  for (size_t at = md.find("](javascript"); at != std::string::npos;
       at = md.find("](javascript", at + 1)) {
    EXPECT_EQ(md[at - 1], '\\') << "an unescaped link: " << md.substr(at - 20, 40);
  }
  EXPECT_TRUE(Has(md,
                  "- \\# Not a heading \\| \\[click\\](javascript:alert(4)) \\`code\\` \\*em\\* "
                  "&lt;script&gt;x&lt;/script&gt; — Evil \"Wire\" &lt;b&gt;"))
      << md;
  // Newlines collapse, so nothing in a statement can start a block of its own.
  EXPECT_TRUE(Has(md, "- \\- not a list 1. not ordered &amp; &gt; not a quote\n"));
  EXPECT_TRUE(Has(md, "- 2024\\. A year to remember\\_ok\uFFFD\n")) << "controls dropped";
  EXPECT_TRUE(Has(md, "“&lt;script&gt;alert(1)&lt;/script&gt;”"));
  // The javascript: URL is shown as escaped text, the https URL as an autolink.
  EXPECT_TRUE(Has(md, "  - URL: javascript:alert(1)\n"));
  EXPECT_TRUE(Has(md, "  - URL: <https://www.harbourcourier.example/news/strike-ends>\n"));
  EXPECT_TRUE(Has(md, "- inputs/&lt;bad&gt;.bin: binary \"data\" &amp; no text"));
}

TEST(MarkdownBrief, EmptyAccountStillHasItsFrame) {
  std::string md = RenderMarkdown(Account{});
  EXPECT_EQ(md.rfind("# Corroborate brief\n", 0), 0u);
  EXPECT_TRUE(Has(md, "_0 stories from 0 articles (0 outlets)."));
  EXPECT_TRUE(Has(md, "\n## Sources\n"));
  EXPECT_TRUE(Has(md, "_No articles were read._"));
  EXPECT_TRUE(Has(md, "\n## Problems\n"));
  EXPECT_FALSE(Has(md, "## Evidence"));
}

TEST(MarkdownBrief, EmptyStoryShowsEveryHeadingWithANote) {
  Account account;
  account.stories.push_back(StoryAccount{});
  std::string md = RenderMarkdown(account);
  EXPECT_TRUE(Has(md, "## 1. Untitled story"));
  EXPECT_TRUE(Has(md, "### Contested\n\n_No contradictions found between the sources._"));
  EXPECT_TRUE(Has(md, "### Single-source claims\n\n_None._"));
  EXPECT_TRUE(Has(md, "**0 articles from 0 outlets · 0 independent sources**"));
}

}  // namespace
}  // namespace corroborate::render_test
