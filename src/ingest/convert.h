// Charset conversion and detection on top of ICU and uchardet.
// ConvertToUnicode streams bytes through an ICU converter in fixed-size chunks (memory: the
// UTF-16 result plus 128 KiB), counting invalid or unmappable sequences so a caller can ask
// for a strict conversion (max_errors 0) or a tolerant one. Cost: O(n). Thread-safe (each call
// opens its own converter).
#pragma once

#include <unicode/unistr.h>

#include <optional>
#include <string>
#include <string_view>

namespace corroborate::ingest {

// Decodes `bytes` from `charset` into UTF-16. Invalid or unmapped sequences become U+FFFD;
// returns nullopt when ICU does not know the charset or there are more than max_errors of them.
std::optional<icu::UnicodeString> ConvertToUnicode(std::string_view bytes, std::string_view charset,
                                                   size_t max_errors);

// The name to use for a charset label: the web's rules (ISO-8859-1 and US-ASCII mean
// windows-1252), otherwise the label as given. Empty for an empty label.
std::string EffectiveCharset(std::string_view label);

// The IANA (else MIME, else given) spelling of a charset ICU knows: "windows-1251", "UTF-8",
// "Shift_JIS", "KOI8-R".
std::string CanonicalCharsetName(std::string_view charset);

// uchardet's guess for the bytes (looks at the first 1 MiB); "" when it has none.
std::string DetectCharset(std::string_view bytes);

}  // namespace corroborate::ingest
