#include "reconcile/demonyms.h"

#include "core/strings.h"

namespace corroborate {

std::vector<std::string> DemonymBases(std::string_view demonym) {
  const std::string d = AsciiLower(demonym);
  std::vector<std::string> bases;
  auto cut = [&](size_t n, std::string_view add) {
    if (d.size() > n + 2) bases.push_back(d.substr(0, d.size() - n) + std::string(add));
  };
  if (EndsWith(d, "n")) cut(1, "");  // Varnian, Russian, Korean
  if (EndsWith(d, "ian")) {          // Ukrainian, Brazilian, Canadian
    cut(3, "e"), cut(3, ""), cut(3, "a");
  }
  if (EndsWith(d, "ean")) cut(2, "");                 // Chilean -> Chile
  if (EndsWith(d, "an")) bases.push_back(d + "y");    // German -> Germany
  if (EndsWith(d, "ese")) cut(3, "a"), cut(3, "");    // Chinese, Japanese
  if (EndsWith(d, "ish")) cut(3, "and"), cut(3, "");  // Polish, Turkish
  if (EndsWith(d, "i")) cut(1, "");                   // Israeli
  return bases;
}

}  // namespace corroborate
