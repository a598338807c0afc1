// Language tags as pages declare them (<html lang="en-GB">, content-language "en_US, fr",
// og:locale "de_DE", JSON-LD inLanguage "English") reduced to an ISO 639-1 code ("en").
// O(length); thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace corroborate {

// "en-GB" -> "en", "pt_BR" -> "pt", "eng" -> "en", "English" -> "en"; "" when the value is no
// recognisable language ("x-default", "und", "*").
std::string NormalizeLanguage(std::string_view tag);

}  // namespace corroborate
