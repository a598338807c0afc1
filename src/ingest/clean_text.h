// The last step of decoding: UTF-16 text -> UTF-8 in NFC with '\n' line ends and no stray
// control characters. O(n); thread-safe (ICU's NFC instance is shared and immutable).
#pragma once

#include <unicode/unistr.h>

#include <string>

namespace corroborate::ingest {

// Line ends: CRLF, lone CR, U+2028, U+2029, NEL (U+0085), VT and FF become '\n' (a page break
// separates text; dropping it would glue words together). Dropped: other C0 controls except
// \t, DEL, C1 controls, U+FEFF anywhere. Then NFC. Unpaired surrogates become U+FFFD.
// Returns false (and leaves *out empty) only when ICU fails (out of memory).
bool CleanToUtf8(const icu::UnicodeString& text, std::string* out);

// True when the UTF-8 text has no visible character (only white space, format characters
// like U+200B, or nothing).
bool IsBlank(const std::string& utf8);

}  // namespace corroborate::ingest
