// FindQuantities (declared in analyze.h): numbers with their units in an article's text —
// "$6.59 billion" -> 6.59e9 USD, "five-hour" -> 5 hour, "over 100 Ukrainian drones" -> 100 drone
// (modifier "over"), "the sixth time" -> 6 "ordinal:time". Years used as dates, day numbers in
// dates, times of day and list numbering are skipped. Cost: O(n) in the text size.
#pragma once

#include <string>
#include <string_view>

#include "analyze/analyze.h"

namespace corroborate {

// "people" -> "person", "drones" -> "drone", "casualties" -> "casualty"; lower-case input.
// Returns "" when the word does not look like a plural noun.
std::string SingularOfPlural(std::string_view lower);

}  // namespace corroborate
