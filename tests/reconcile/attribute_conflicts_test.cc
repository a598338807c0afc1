// Attribute conflicts on hand-written multi-outlet stories: outlets giving one person roles that
// cannot both hold (another administration, country, rank or office) conflict; wording
// variants of one role, former roles and an outlet disagreeing with itself do not.
#include "reconcile/attribute_conflicts.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "hand_story.h"
#include "reconcile/claims.h"
#include "reconcile/entities.h"
#include "reconcile/roles.h"

namespace corroborate {
namespace {

using testing::Find;

// Articles of named outlets, one sentence per line, with person mentions and their titles.
class OutletStory {
 public:
  size_t Add(const std::string& outlet, const std::string& text) {
    Article a;
    a.id = "a" + std::to_string(articles_.size() + 1);
    a.outlet = outlet;
    a.language = "en";
    a.text = text;
    AnnotatedDoc d;
    uint32_t begin = 0;
    for (uint32_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == '\n') {
        Sentence s;
        s.span = {begin, i};
        s.paragraph = static_cast<uint32_t>(d.sentences.size());
        d.sentences.push_back(s);
        begin = i + 1;
      }
    }
    articles_.push_back(std::move(a));
    docs_.push_back(std::move(d));
    return docs_.size() - 1;
  }
  // A person mention of the nth occurrence of name, with an optional title before it.
  void Person(size_t doc, const std::string& name, const std::string& title = "", int nth = 0) {
    EntityMention m;
    m.span = Find(articles_[doc].text, name, nth);
    m.type = EntityType::kPerson;
    if (!title.empty()) {
      const uint32_t size = static_cast<uint32_t>(title.size());
      EXPECT_GE(m.span.begin, size + 1);
      m.role = {m.span.begin - size - 1, m.span.begin - 1};
      EXPECT_EQ(m.role.Of(articles_[doc].text), title);
    }
    docs_[doc].entities.push_back(m);
  }
  std::vector<Conflict> Conflicts() {
    StoryInput in;
    for (size_t d = 0; d < docs_.size(); ++d) {
      docs_[d].article = &articles_[d];
      in.docs.push_back(&docs_[d]);
      in.article_index.push_back(static_cast<uint32_t>(d));
      Sourcing s;
      s.article = static_cast<uint32_t>(d);
      s.group = static_cast<uint32_t>(d);
      in.sourcing.push_back(s);
    }
    std::vector<Article> articles(articles_.begin(), articles_.end());
    ResolvedEntities resolved = ResolveEntities(in);
    ClaimSet claims = BuildClaims(in, resolved);
    ConflictContext ctx{in, articles, claims, resolved, nullptr};
    std::vector<Conflict> out;
    for (FoundConflict& f : FindAttributeConflicts(ctx)) out.push_back(std::move(f.conflict));
    return out;
  }
  std::string_view Slice(const Evidence& ev) const {
    return ev.span.Of(articles_[ev.article].text);
  }

 private:
  std::deque<Article> articles_;
  std::deque<AnnotatedDoc> docs_;
};

TEST(AttributeConflictsTest, DifferentAdministrationsForOnePerson) {
  OutletStory s;
  size_t a = s.Add("Harbor Times",
                   "Laura Pineda \u2014 the Hollis administration\u2019s top diplomat \u2014 did "
                   "not attend the summit.");
  size_t b = s.Add("Coastal Post",
                   "Secretary of State Laura Pineda, the Grant administration's top diplomat, "
                   "flew to Geneva on Monday.");
  s.Person(a, "Laura Pineda");
  s.Person(b, "Laura Pineda", "Secretary of State");
  std::vector<Conflict> cs = s.Conflicts();
  ASSERT_EQ(cs.size(), 1u);
  const Conflict& c = cs[0];
  EXPECT_EQ(c.kind, ConflictKind::kAttribute);
  EXPECT_NE(c.summary.find("administration"), std::string::npos);
  EXPECT_NE(c.summary.find("Laura Pineda"), std::string::npos);
  ASSERT_EQ(c.sides.size(), 2u);
  EXPECT_EQ(c.sides[0].held_by, "Harbor Times");
  EXPECT_EQ(c.sides[1].held_by, "Coastal Post");
  ASSERT_FALSE(c.sides[0].evidence.empty());
  EXPECT_EQ(s.Slice(c.sides[0].evidence[0]), "the Hollis administration\u2019s top diplomat");
  bool grant = false;
  for (const Evidence& ev : c.sides[1].evidence) {
    grant = grant || s.Slice(ev).find("Grant administration") != std::string_view::npos;
  }
  EXPECT_TRUE(grant);
}

TEST(AttributeConflictsTest, OtherOutletsNamingAnotherAdministrationOfTheDay) {
  OutletStory s;
  size_t a = s.Add("Harbor Times",
                   "Secretary of State Laura Pineda \u2014 the Hollis administration\u2019s top "
                   "diplomat \u2014 has yet to comment.");
  size_t b = s.Add("Coastal Post",
                   "The talks, on which the Grant administration had high hopes, ended without a "
                   "deal.\nSecretary of State Laura Pineda stayed in Washington.");
  size_t c = s.Add("Northern Ledger",
                   "Officials in the Grant administration said the plan had 20 points.\nThe "
                   "previous Hollis administration had rejected a similar plan.");
  s.Person(a, "Laura Pineda", "Secretary of State");
  s.Person(b, "Laura Pineda", "Secretary of State");
  s.Person(c, "Hollis");
  s.Person(c, "Grant");
  std::vector<Conflict> cs = s.Conflicts();
  ASSERT_EQ(cs.size(), 1u);
  ASSERT_EQ(cs[0].sides.size(), 3u);
  EXPECT_EQ(cs[0].sides[0].held_by, "Harbor Times");
  EXPECT_EQ(cs[0].sides[1].held_by, "Coastal Post");
  EXPECT_EQ(cs[0].sides[2].held_by, "Northern Ledger");
  EXPECT_EQ(s.Slice(cs[0].sides[2].evidence.at(0)), "Grant administration");
  EXPECT_EQ(cs[0].sides[2].evidence.size(), 1u);  // the "previous" one is history, not evidence
}

TEST(AttributeConflictsTest, NoConflictWhenTheOutletNamesBothAdministrations) {
  OutletStory s;
  size_t a = s.Add("Harbor Times",
                   "Laura Pineda, the Hollis administration's envoy, met the Grant administration "
                   "team.");
  s.Add("Coastal Post", "The Grant administration had high hopes for the talks.");
  s.Person(a, "Laura Pineda");
  EXPECT_TRUE(s.Conflicts().empty());
}

TEST(AttributeConflictsTest, WordingVariantsOfOneRoleAreNotConflicts) {
  OutletStory s;
  size_t a = s.Add("Harbor Times",
                   "US Secretary of State Laura Pineda arrived.\nKremlin spokesman Oleg Varin "
                   "said nothing.");
  size_t b = s.Add("Coastal Post",
                   "Laura Pineda, the American top diplomat, arrived.\nOleg Varin, the Kremlin's "
                   "spokesperson, declined to comment.");
  size_t c = s.Add("Northern Ledger",
                   "U.S. Secretary of State Laura Pineda arrived.\nKremlin press secretary Oleg "
                   "Varin spoke.");
  s.Person(a, "Laura Pineda", "US Secretary of State");
  s.Person(a, "Oleg Varin", "Kremlin spokesman");
  s.Person(b, "Laura Pineda");
  s.Person(b, "Oleg Varin");
  s.Person(c, "Laura Pineda", "U.S. Secretary of State");
  s.Person(c, "Oleg Varin", "Kremlin press secretary");
  EXPECT_TRUE(s.Conflicts().empty());
}

TEST(AttributeConflictsTest, CountryOfOneOfficeDiffers) {
  OutletStory s;
  size_t a = s.Add("Harbor Times", "US envoy Dan Ruiz landed in Ankara.");
  size_t b = s.Add("Coastal Post", "Russian envoy Dan Ruiz landed in Ankara.");
  s.Person(a, "Dan Ruiz", "US envoy");
  s.Person(b, "Dan Ruiz", "Russian envoy");
  std::vector<Conflict> cs = s.Conflicts();
  ASSERT_EQ(cs.size(), 1u);
  EXPECT_NE(cs[0].summary.find("country"), std::string::npos);
  EXPECT_EQ(cs[0].sides.size(), 2u);
}

TEST(AttributeConflictsTest, RankAndExclusiveOffices) {
  OutletStory s;
  size_t a = s.Add("Harbor Times",
                   "Deputy Foreign Minister Ivo Brandt spoke. Prime Minister "
                   "Ana Sile spoke.");
  size_t b = s.Add("Coastal Post", "Foreign Minister Ivo Brandt spoke. President Ana Sile spoke.");
  s.Person(a, "Ivo Brandt", "Deputy Foreign Minister");
  s.Person(a, "Ana Sile", "Prime Minister");
  s.Person(b, "Ivo Brandt", "Foreign Minister");
  s.Person(b, "Ana Sile", "President");
  std::vector<Conflict> cs = s.Conflicts();
  ASSERT_EQ(cs.size(), 2u);
  EXPECT_NE(cs[0].summary.find("rank"), std::string::npos);
  EXPECT_NE(cs[0].summary.find("Ivo Brandt"), std::string::npos);
  EXPECT_NE(cs[1].summary.find("office"), std::string::npos);
  EXPECT_NE(cs[1].summary.find("Ana Sile"), std::string::npos);
}

TEST(AttributeConflictsTest, FormerRolesAndOneOutletsOwnRolesDoNotConflict) {
  OutletStory s;
  size_t a = s.Add("Harbor Times", "Former Defence Minister Rustam Aliev spoke.");
  size_t b = s.Add("Coastal Post",
                   "Prime Minister Rustam Aliev declined to comment.\nPresident Rustam Aliev "
                   "later left.");
  s.Person(a, "Rustam Aliev", "Former Defence Minister");
  s.Person(b, "Rustam Aliev", "Prime Minister");
  s.Person(b, "Rustam Aliev", "President", 1);
  // The Coastal Post calls him both Prime Minister and President: its own inconsistency, not
  // two outlets disagreeing; and the Harbor Times' "Former Defence Minister" is history.
  EXPECT_TRUE(s.Conflicts().empty());
}

TEST(RolesTest, ParseRoleSlots) {
  RoleFacets f = ParseRole("the Biden administration\u2019s top diplomat");
  EXPECT_EQ(f.office, "foreign_minister");
  EXPECT_EQ(f.principal, "biden");
  EXPECT_TRUE(f.administration);
  f = ParseRole("U.S. Secretary of State");
  EXPECT_EQ(f.office, "foreign_minister");
  EXPECT_EQ(f.country, "united states");
  EXPECT_TRUE(f.principal.empty());
  f = ParseRole("Kremlin spokesman");
  EXPECT_EQ(f.office, "spokesperson");
  EXPECT_EQ(f.org, "kremlin");
  f = ParseRole("Deputy Secretary");
  EXPECT_EQ(f.rank, "deputy");
  f = ParseRole("then-Defence Minister");
  EXPECT_TRUE(f.qualified);
  f = ParseRole("US administration official");
  EXPECT_TRUE(f.principal.empty());
  EXPECT_EQ(f.country, "united states");
}

TEST(RolesTest, FindsAppositionsAfterANameOnly) {
  auto role_after = [](const std::string& text, const std::string& name) {
    size_t p = text.find(name);
    TextSpan span = FindAppositionRole(text, static_cast<uint32_t>(p + name.size()));
    return std::string(span.Of(text));
  };
  EXPECT_EQ(role_after("Marta Kis, the union's chief negotiator, said no.", "Marta Kis"),
            "the union's chief negotiator");
  EXPECT_EQ(role_after("Marta Kis \u2014 the U.S. trade envoy \u2014 left.", "Marta Kis"),
            "the U.S. trade envoy");
  EXPECT_EQ(role_after("Talks with Marta Kis (the mayor) ended.", "Marta Kis"), "the mayor");
  // Lists, clauses and quotes are not appositions.
  EXPECT_EQ(role_after("Marta Kis, Tom Hale and the envoy met.", "Marta Kis"), "");
  EXPECT_EQ(role_after("Marta Kis, who is the envoy, met him.", "Marta Kis"), "");
  EXPECT_EQ(role_after("Marta Kis, the talks were over.", "Marta Kis"), "");
  EXPECT_EQ(role_after("Marta Kis", "Marta Kis"), "");
}

}  // namespace
}  // namespace corroborate
