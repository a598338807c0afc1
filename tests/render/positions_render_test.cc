// The Positions and Framing parts of account.json, brief.md and brief.html on a small invented
// account whose names carry markup, so escaping is checked too.
#include <gtest/gtest.h>

#include <string>

#include "render/position_table.h"
#include "render/render.h"

namespace corroborate::render_test {
namespace {

Evidence At(const Account& a, uint32_t article, std::string_view needle) {
  size_t at = a.articles[article].text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return {article, {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())}};
}

Account PositionsAccount() {
  Account account;
  Article a0;
  a0.id = "ledger-1";
  a0.outlet = "The Northern Ledger";
  a0.title = "Talks stall";
  a0.text =
      "Talks stall\nVarnia will not accept any ceasefire that freezes the front line. "
      "Kestria <b>Union</b> demands a ceasefire now. The so-called peace talks resume in Velgrad.";
  Article a1;
  a1.id = "observer-1";
  a1.outlet = "The Eastern \"Observer\"";
  a1.title = "Velhorod talks";
  a1.text = "Velhorod talks\nVarnia rejects a ceasefire on the current line, officials said.";
  account.articles = {a0, a1};
  StoryAccount s;
  s.id = "s1";
  s.title = "Talks stall";
  s.articles = {0, 1};
  Position p;
  p.actor = "e1";
  p.actor_name = "Varnia";
  p.issue = "ceasefire";
  p.stance = "rejects";
  p.evidence = {At(account, 0, "Varnia will not accept any ceasefire that freezes the front line."),
                At(account, 1, "Varnia rejects a ceasefire on the current line, officials said.")};
  Position q;
  q.actor_name = "Kestria <b>Union</b>";
  q.issue = "ceasefire";
  q.stance = "demands";
  q.evidence = {At(account, 0, "Kestria <b>Union</b> demands a ceasefire now.")};
  s.positions = {p, q};
  FramingTerm f;
  f.article = 0;
  f.term = "so-called peace talks";
  f.category = "delegitimising qualifier";
  f.voice = "outlet";
  f.evidence = At(account, 0, "so-called peace talks");
  s.framing = {f};
  account.stories = {s};
  return account;
}

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

TEST(PositionsRender, JsonCarriesPositionsAndFramingWithCodePointEvidence) {
  std::string json = RenderAccountJson(PositionsAccount());
  EXPECT_TRUE(Has(json, "\"positions\": [")) << json;
  EXPECT_TRUE(Has(json, "\"actor\": \"e1\"")) << json;
  EXPECT_TRUE(Has(json, "\"actor\": null")) << json;
  EXPECT_TRUE(Has(json, "\"stance\": \"rejects\"")) << json;
  EXPECT_TRUE(Has(json,
                  "\"text\": \"Varnia rejects a ceasefire on the current line, officials "
                  "said.\""))
      << json;
  EXPECT_TRUE(Has(json, "\"framing\": [")) << json;
  EXPECT_TRUE(Has(json, "\"voice\": \"outlet\"")) << json;
  EXPECT_TRUE(Has(json, "\"speaker\": null")) << json;
  // "Talks stall\n" is 12 code points; the term starts after the first two sentences.
  std::string text = PositionsAccount().articles[0].text;
  size_t start = text.find("so-called");
  EXPECT_TRUE(Has(json, "\"start\": " + std::to_string(start))) << json;
}

TEST(PositionsRender, MatrixHasOneColumnPerSharedIssue) {
  PositionMatrix m = BuildPositionMatrix(PositionsAccount().stories[0]);
  ASSERT_EQ(m.issues.size(), 1u);
  EXPECT_EQ(m.issues[0], "ceasefire");
  ASSERT_EQ(m.actors.size(), 2u);
  EXPECT_EQ(m.cells[0][0].stances, std::vector<std::string>{"rejects"});
  EXPECT_EQ(m.cells[0][0].evidence.size(), 2u);
  EXPECT_TRUE(m.others.empty());
}

// A second report from the same outlet, and a later change of mind by Varnia.
Account ShiftingAccount() {
  Account account = PositionsAccount();
  Article a2;
  a2.id = "ledger-2";
  a2.outlet = "The Northern Ledger";
  a2.title = "Varnia softens";
  a2.text =
      "Varnia softens\nVarnia now backs a ceasefire along the current line, its foreign "
      "minister said. Varnia also rejects any ceasefire that rewards the shelling, he added.";
  account.articles.push_back(a2);
  StoryAccount& s = account.stories[0];
  s.articles.push_back(2);
  Position support;
  support.actor = "e1";
  support.actor_name = "Varnia";
  support.issue = "ceasefire";
  support.stance = "supports";
  support.evidence = {At(account, 2, "Varnia now backs a ceasefire along the current line")};
  s.positions.push_back(support);
  // The same stance again, from the same outlet's second report.
  s.positions[0].evidence.push_back(
      At(account, 2, "Varnia also rejects any ceasefire that rewards the shelling"));
  return account;
}

TEST(PositionsRender, OneRowPerActorWithSentenceAndOutletCounts) {
  Account account = ShiftingAccount();
  PositionMatrix m = BuildPositionMatrix(account.stories[0], account.articles);
  ASSERT_EQ(m.actors.size(), 2u);  // Varnia once, though it has two stances on the issue
  EXPECT_EQ(m.actors[0], "Varnia");
  const PositionCell& cell = m.cells[0][0];
  ASSERT_EQ(cell.counts.size(), 2u);
  EXPECT_EQ(cell.counts[0].stance, "rejects");
  EXPECT_EQ(cell.counts[0].sentences, 3u);
  EXPECT_EQ(cell.counts[0].outlets, 2u);  // two Ledger reports are one outlet
  EXPECT_EQ(cell.counts[1].stance, "supports");
  EXPECT_EQ(cell.counts[1].sentences, 1u);
  EXPECT_TRUE(cell.conflicting);
  EXPECT_FALSE(m.cells[1][0].conflicting);
  EXPECT_EQ(CellText(cell),
            "conflicting: rejects (3 sentences, 2 outlets) vs supports (1 sentence, 1 outlet)");
  // Without outlet names every article counts.
  PositionMatrix by_article = BuildPositionMatrix(account.stories[0]);
  EXPECT_EQ(by_article.cells[0][0].counts[0].outlets, 3u);
}

TEST(PositionsRender, ConflictShownInMarkdownAndHtml) {
  Account account = ShiftingAccount();
  std::string md = RenderMarkdown(account);
  EXPECT_TRUE(Has(md, "| **Varnia** | conflicting: rejects (3 sentences, 2 outlets) vs supports"))
      << md;
  std::string html = RenderHtml(account);
  EXPECT_TRUE(Has(html, "conflicting: rejects (3 sentences, 2 outlets) vs supports")) << html;
}

TEST(PositionsRender, AgreeingStancesAreNotAConflict) {
  Account account = PositionsAccount();
  Position p = account.stories[0].positions[0];
  p.stance = "opposes";  // rejects and opposes say the same thing
  account.stories[0].positions.push_back(p);
  PositionMatrix m = BuildPositionMatrix(account.stories[0], account.articles);
  ASSERT_EQ(m.cells[0][0].counts.size(), 2u);
  EXPECT_FALSE(m.cells[0][0].conflicting);
  EXPECT_EQ(CellText(m.cells[0][0]),
            "rejects (2 sentences, 2 outlets); opposes (2 sentences, 2 outlets)");
}

TEST(PositionsRender, MarkdownTableAndFramingPerOutlet) {
  std::string md = RenderMarkdown(PositionsAccount());
  EXPECT_TRUE(Has(md, "\n### Positions\n")) << md;
  EXPECT_TRUE(Has(md, "| Actor | ceasefire |\n| --- | --- |\n")) << md;
  EXPECT_TRUE(Has(md, "| **Varnia** | rejects (2 sentences, 2 outlets) [^a0-12-77][^a1-15-78] |"))
      << md;
  EXPECT_TRUE(Has(md, "| **Kestria &lt;b&gt;Union&lt;/b&gt;** | demands (1 sentence, 1 outlet) [^"))
      << md;
  EXPECT_TRUE(Has(md, "\n### Framing\n")) << md;
  EXPECT_TRUE(Has(md,
                  "- **The Northern Ledger**\n  - In its own words: “so-called peace talks” "
                  "(delegitimising qualifier) [^"))
      << md;
}

TEST(PositionsRender, HtmlEscapesActorsAndLinksEvidence) {
  std::string html = RenderHtml(PositionsAccount());
  EXPECT_TRUE(Has(html, "<h3>Positions</h3>")) << html;
  EXPECT_FALSE(Has(html, "<b>Union</b>")) << "unescaped markup";
  EXPECT_TRUE(Has(html, "<th scope=\"row\">Kestria &lt;b&gt;Union&lt;/b&gt;</th>")) << html;
  EXPECT_TRUE(Has(html, "href=\"#ev-a1-15-78\"")) << html;
  EXPECT_TRUE(Has(html, "id=\"ev-a1-15-78\"")) << html;  // the anchor exists in Sources
  EXPECT_TRUE(Has(html, "<h3>Framing</h3>")) << html;
  EXPECT_TRUE(Has(html, "The Eastern &quot;Observer&quot;") ||
              Has(html, "The Eastern &#34;Observer&#34;"))
      << html;
}

}  // namespace
}  // namespace corroborate::render_test
