// Parsing traits of element names (internal to html/): which start tags close an open <p>,
// which elements are "special" or formatting in the WHATWG tree-construction sense, which bound
// a scope. Known tags are looked up by Tag; the few obsolete names without a Tag ("dir", "big",
// "tt", "applet", …) by name.
#pragma once

#include <cstdint>
#include <string_view>

#include "html/dom.h"

namespace corroborate::html {

enum TagTrait : uint16_t {
  kTraitVoid = 1 << 0,         // no content, no end tag
  kTraitBlock = 1 << 1,        // IsBlock()
  kTraitSpecial = 1 << 2,      // the spec's "special" category
  kTraitClosesP = 1 << 3,      // its start tag closes a <p> in button scope
  kTraitFormatting = 1 << 4,   // a, b, i, em, font, … (closed by the simplified adoption agency)
  kTraitScope = 1 << 5,        // bounds the default scope (html, table, td, th, caption, …)
  kTraitHeading = 1 << 6,      // h1–h6
  kTraitBreakout = 1 << 7,     // its start tag ends foreign (svg/math) content
  kTraitImpliedEnd = 1 << 8,   // closed by "generate implied end tags" (p, li, dd, option, …)
  kTraitIntegration = 1 << 9,  // svg foreignObject/desc/title, MathML mi/mo/…: HTML inside
};

// Traits of a known tag (Tag::kOther has none; use OtherTagTraits for its name).
uint16_t TagTraits(Tag tag);
// Traits of an element name that has no Tag ("dir", "big", "applet", "keygen", …); 0 for the
// rest (custom elements and the like).
uint16_t OtherTagTraits(std::string_view lowercase_name);

}  // namespace corroborate::html
