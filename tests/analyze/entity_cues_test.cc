// Entity rules for names outside capitalised runs and for capitalised words that name nothing:
// lower-case state institutions, wire datelines, a leader's name before "administration", a
// one-letter platform name, conjuncts after a parenthesis, and names used as common nouns.
// Rules only (no models), on made-up reports.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "analyze/analyze.h"
#include "analyze/entities.h"

namespace corroborate {
namespace {

struct Doc {
  Article article;
  AnnotatedDoc doc;
  explicit Doc(std::string text) {
    article.text = std::move(text);
    doc.article = &article;
    Tokenize(&doc);
    FindEntities(&doc);
  }
  const EntityMention* Find(std::string_view name) const {
    for (const EntityMention& m : doc.entities) {
      if (m.span.Of(article.text) == name) return &m;
    }
    return nullptr;
  }
  // Whether any mention's text contains `part`.
  bool AnyContains(std::string_view part) const {
    for (const EntityMention& m : doc.entities) {
      if (m.span.Of(article.text).find(part) != std::string_view::npos) return true;
    }
    return false;
  }
};

#define EXPECT_MENTION(d, name, entity_type)           \
  do {                                                 \
    const EntityMention* m_ = (d).Find(name);          \
    ASSERT_NE(m_, nullptr) << "no mention " << (name); \
    EXPECT_EQ(m_->type, entity_type) << (name);        \
  } while (0)

TEST(InstitutionTest, LowerCaseMinistriesAreOrganisations) {
  Doc d(
      "The exchange will take place on Friday, the Kestrian foreign ministry said on Wednesday. "
      "On Tuesday morning, shelling near Brodnitsa wounded one civilian, Varnia's defence "
      "ministry said. Talks in Velgrad were hosted by the Caldorian government, and the central "
      "bank of Varnia cut its main rate.");
  EXPECT_MENTION(d, "Kestrian foreign ministry", EntityType::kOrganization);
  EXPECT_MENTION(d, "Varnia's defence ministry", EntityType::kOrganization);
  EXPECT_MENTION(d, "Caldorian government", EntityType::kOrganization);
  EXPECT_MENTION(d, "central bank of Varnia", EntityType::kOrganization);
  EXPECT_MENTION(d, "Brodnitsa", EntityType::kPlace);
}

TEST(InstitutionTest, DescriptionsAndBareNounsAreNot) {
  Doc d(
      "Varnian officials said a Russian military aircraft had crossed the border. The Kestrian "
      "minister met Sarkan's aide, and the Kestrian bank reopened. Relatives marched to the "
      "defence ministry on Saturday.");
  EXPECT_FALSE(d.AnyContains("military")) << "an adjective before a noun names no body";
  EXPECT_FALSE(d.AnyContains("officials"));
  EXPECT_FALSE(d.AnyContains("minister"));
  EXPECT_FALSE(d.AnyContains("bank")) << "'bank' needs 'central' or the like before it";
  EXPECT_FALSE(d.AnyContains("aide")) << "a person's possessive heads no institution";
  EXPECT_FALSE(d.AnyContains("defence ministry")) << "no owner named";
}

TEST(DatelineTest, WireDatelinePlaceIsAPlace) {
  Doc d(
      "TARSK, March 4 (KNA) \u2014 The exchange of 240 prisoners of war will take place on "
      "Friday, the ministry said.");
  EXPECT_MENTION(d, "TARSK", EntityType::kPlace);
  Doc d2("GENEVA (MPA) \u2014 Talks resumed on Tuesday.");
  EXPECT_MENTION(d2, "GENEVA", EntityType::kPlace);
  Doc d3("ORLEN, Varnia, Dec. 2 \u2014 Families gathered outside the ministry.");
  EXPECT_MENTION(d3, "ORLEN", EntityType::kPlace);
}

TEST(DatelineTest, CapitalisedOpeningsWithoutADateAreNotPlaces) {
  Doc d("UPDATE, the ministry said, follows below. NATO, the alliance, met on Monday.");
  EXPECT_EQ(d.Find("UPDATE"), nullptr);
  const EntityMention* nato = d.Find("NATO");
  ASSERT_NE(nato, nullptr);
  EXPECT_NE(nato->type, EntityType::kPlace);
}

TEST(TermOfOfficeTest, LeaderBeforeAdministrationIsAPerson) {
  Doc d("Rubio, the Biden administration\u2019s former critic, flew to Geneva on Monday.");
  EXPECT_MENTION(d, "Biden", EntityType::kPerson);
  Doc d2("Officials of the Kestrian administration met in Tarsk.");
  const EntityMention* k = d2.Find("Kestrian");
  if (k != nullptr) {
    EXPECT_NE(k->type, EntityType::kPerson);
  }
}

TEST(PlatformLetterTest, OneLetterNameOnlyWhereTheTextSaysSo) {
  Doc d(
      "On X, the minister urged openness in the talks. Castellan posted on X. The company X, "
      "formerly Twitter, did not comment.");
  EXPECT_MENTION(d, "X", EntityType::kOrganization);
  size_t xs = 0;
  for (const EntityMention& m : d.doc.entities) xs += m.span.Of(d.article.text) == "X";
  EXPECT_EQ(xs, 3u);
  Doc bare("Plan B was discussed, and grade A steel was delivered to X Street by Unit X.");
  EXPECT_EQ(bare.Find("B"), nullptr);
  EXPECT_EQ(bare.Find("A"), nullptr);
  EXPECT_EQ(bare.Find("X"), nullptr);
}

TEST(ConjunctionTest, ConjunctAfterAParenthesisJoinsThePlaceBeforeIt) {
  Doc d(
      "On Monday, Kestria claimed it took Krasnodol (known in Varnia as Belodol) and Zarvansk; "
      "Varnia denied it.");
  EXPECT_MENTION(d, "Krasnodol", EntityType::kPlace);
  EXPECT_MENTION(d, "Zarvansk", EntityType::kPlace);
  Doc d2("The envoy met Sarkan (the foreign minister) and Danek on Tuesday.");
  const EntityMention* danek = d2.Find("Danek");
  ASSERT_NE(danek, nullptr);
  EXPECT_NE(danek->type, EntityType::kPlace);
}

TEST(CommonNounUseTest, NameAfterIndefiniteArticleHeadingItsPhraseIsDropped) {
  Doc d(
      "The talks had come to resemble a diplomatic Groundhog Day \u2014 a cycle in which each "
      "round ended where it began.");
  EXPECT_EQ(d.Find("Groundhog Day"), nullptr);
  Doc kept(
      "A Kremlin adviser said the Groundhog Day festival was cancelled. A Meridian Press "
      "reporter asked Sarkan. A Boeing 737 landed.");
  EXPECT_NE(kept.Find("Kremlin"), nullptr);
  EXPECT_NE(kept.Find("Groundhog Day"), nullptr);
  EXPECT_NE(kept.Find("Meridian Press"), nullptr);
  EXPECT_NE(kept.Find("Boeing"), nullptr);
}

}  // namespace
}  // namespace corroborate
