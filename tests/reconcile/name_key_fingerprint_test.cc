// The place-name table (models/places.bin) is keyed by NameKey: this test ties the fingerprint
// the table loader expects (nlp::kPlaceKeyFingerprint) to what NameKey does now, so a change
// to NameKey cannot silently leave places.bin unmatched.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "nlp/place_names.h"
#include "reconcile/entities.h"

namespace corroborate {
namespace {

TEST(NameKeyFingerprintTest, PlaceTableExpectsTodaysNameKey) {
  const std::string now = nlp::PlaceKeyFingerprint([](std::string_view n) { return NameKey(n); });
  EXPECT_EQ(now, nlp::kPlaceKeyFingerprint)
      << "NameKey changed: set kPlaceKeyFingerprint in src/nlp/place_names.h to \"" << now
      << "\" and rebuild models/places.bin with `corroborate train places`";
}

TEST(NameKeyFingerprintTest, FingerprintSeesAKeyChange) {
  const std::string name_key =
      nlp::PlaceKeyFingerprint([](std::string_view n) { return NameKey(n); });
  // A key that forgot one folding step (here: it keeps the possessive) differs.
  const std::string other = nlp::PlaceKeyFingerprint([](std::string_view n) {
    std::string key = NameKey(n);
    if (n.ends_with("\u2019s")) key += "s";
    return key;
  });
  EXPECT_NE(name_key, other);
  EXPECT_EQ(name_key.rfind("name-key ", 0), 0u);
}

}  // namespace
}  // namespace corroborate
