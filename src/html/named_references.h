// The WHATWG HTML named character references (generated into named_references.cc by
// scripts/gen-html-entities.py), sorted by name for binary search.
#pragma once

#include <cstddef>
#include <string_view>

namespace corroborate::html {

struct NamedReference {
  std::string_view name;   // without '&'; ends in ';' except for the legacy forms
  std::string_view value;  // UTF-8 (one or two code points)
};

extern const NamedReference kNamedReferences[];
extern const size_t kNamedReferenceCount;

}  // namespace corroborate::html
