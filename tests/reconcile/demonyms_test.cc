// Demonyms back to their base names (reconcile/demonyms.h): the regular English derivations.
#include "reconcile/demonyms.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace corroborate {
namespace {

bool Derives(const std::string& demonym, const std::string& base) {
  const std::vector<std::string> bases = DemonymBases(demonym);
  return std::find(bases.begin(), bases.end(), base) != bases.end();
}

TEST(DemonymsTest, RegularDerivationsReachTheBaseName) {
  EXPECT_TRUE(Derives("Varnian", "varnia"));
  EXPECT_TRUE(Derives("Russian", "russia"));
  EXPECT_TRUE(Derives("Ukrainian", "ukraine"));
  EXPECT_TRUE(Derives("Brazilian", "brazil"));
  EXPECT_TRUE(Derives("Canadian", "canada"));
  EXPECT_TRUE(Derives("Chilean", "chile"));
  EXPECT_TRUE(Derives("German", "germany"));
  EXPECT_TRUE(Derives("Chinese", "china"));
  EXPECT_TRUE(Derives("Polish", "poland"));
  EXPECT_TRUE(Derives("Israeli", "israel"));
}

TEST(DemonymsTest, WordsWithoutADemonymEndingHaveNoBase) {
  EXPECT_TRUE(DemonymBases("ministry").empty());
  EXPECT_TRUE(DemonymBases("").empty());
}

}  // namespace
}  // namespace corroborate
