// Issue phrases: the core noun phrase a stance is about, found in the sentence ("security
// guarantees", "frozen assets"), with its grouping key (content stems) and head. Peels
// determiners, grading modifiers, relational heads ("a reduction in the army" → army),
// concession verbs ("to cede land" → land) and embedded clauses ("troops withdraw from the
// region" → region); refuses generic words and denials of reports.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "reconcile/positions_sentence.h"

namespace corroborate::positions {

// The issue noun phrase starting at token p, ending before limit; nullopt when none.
std::optional<Found> Issue(const SentenceView& v, size_t p, size_t limit);

// Issues of a list: "territory, frozen assets and security guarantees". An item reached by a
// bare comma must itself be followed by a comma or "and"/"or", so that "diplomacy, many
// governments remain wary" stays one issue.
std::vector<Found> Issues(const SentenceView& v, size_t p, size_t limit);

}  // namespace corroborate::positions
