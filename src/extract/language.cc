#include "extract/language.h"

#include <compact_lang_det.h>

#include <climits>

#include "core/utf8.h"

namespace corroborate {

std::string DetectLanguage(std::string_view text) {
  // CLD2 wants valid UTF-8; a few hundred KiB is plenty to decide.
  constexpr size_t kMaxBytes = 256 * 1024;
  const std::string clean = utf8::Sanitize(utf8::Truncate(text, kMaxBytes));
  if (clean.empty()) return "und";
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      clean.data(), static_cast<int>(clean.size()), /*is_plain_text=*/true, top3, percent3,
      &text_bytes, &reliable);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) {
    return "und";
  }
  std::string code = CLD2::LanguageCode(lang);
  // "zh-Hant" -> "zh": the script is not part of ISO 639-1.
  const size_t dash = code.find('-');
  if (dash != std::string::npos) code.resize(dash);
  if (code.empty() || code == "un" || code == "xxx") return "und";
  return code;
}

}  // namespace corroborate
