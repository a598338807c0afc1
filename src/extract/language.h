// Language identification with CLD2 on cleaned article text. Returns an ISO 639-1 code ("en",
// "uk"), or CLD2's code for languages without one, or "und" when CLD2 is not confident.
// O(text length); thread-safe (CLD2's tables are read-only).
#pragma once

#include <string>
#include <string_view>

namespace corroborate {

std::string DetectLanguage(std::string_view text);

}  // namespace corroborate
