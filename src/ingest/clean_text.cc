#include "ingest/clean_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "core/utf8.h"

namespace corroborate::ingest {
namespace {

// What to do with one UTF-16 code unit (all the units we touch are in the BMP).
enum class Action { kKeep, kNewline, kDrop };

Action Classify(char16_t c) {
  if (c >= 0x20 && c < 0x7f) return Action::kKeep;  // fast path: printable ASCII
  if (c == '\n' || c == '\t') return Action::kKeep;
  if (c == '\v' || c == '\f' || c == 0x85 || c == 0x2028 || c == 0x2029) return Action::kNewline;
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xFEFF) return Action::kDrop;
  return Action::kKeep;
}

}  // namespace

bool CleanToUtf8(const icu::UnicodeString& text, std::string* out) {
  out->clear();
  const int32_t n = text.length();
  const char16_t* units = text.getBuffer();
  icu::UnicodeString cleaned;
  if (units == nullptr || !cleaned.getBuffer(n)) {
    return n == 0;
  }
  cleaned.releaseBuffer(0);
  // Append runs of kept units at once: far fewer calls than one append per unit.
  int32_t run_start = 0;
  for (int32_t i = 0; i < n; ++i) {
    char16_t c = units[i];
    Action action = c == '\r' ? Action::kNewline : Classify(c);
    if (action == Action::kKeep) continue;
    cleaned.append(units + run_start, i - run_start);
    if (action == Action::kNewline) cleaned.append(char16_t{'\n'});
    if (c == '\r' && i + 1 < n && units[i + 1] == '\n') ++i;  // CRLF is one line end
    run_start = i + 1;
  }
  cleaned.append(units + run_start, n - run_start);

  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return false;
  // Most text is already NFC: only normalise from the first unit that may need it.
  int32_t done = nfc->spanQuickCheckYes(cleaned, err);
  if (U_FAILURE(err)) return false;
  if (done < cleaned.length()) {
    icu::UnicodeString head(cleaned, 0, done);
    icu::UnicodeString tail(cleaned, done);
    nfc->normalizeSecondAndAppend(head, tail, err);
    if (U_FAILURE(err) || head.isBogus()) return false;
    cleaned = std::move(head);
  }
  if (cleaned.isBogus()) return false;
  cleaned.toUTF8String(*out);  // unpaired surrogates become U+FFFD
  return true;
}

bool IsBlank(const std::string& utf8) {
  size_t pos = 0;
  while (pos < utf8.size()) {
    char32_t cp = utf8::Next(utf8, &pos);
    if (cp == ' ' || cp == '\n' || cp == '\t') continue;
    UChar32 c = static_cast<UChar32>(cp);
    if (u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) ||
        u_charType(c) == U_CONTROL_CHAR) {
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace corroborate::ingest
