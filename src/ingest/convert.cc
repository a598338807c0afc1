#include "ingest/convert.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <memory>

#include "core/strings.h"

namespace corroborate::ingest {
namespace {

constexpr size_t kChunkUnits = 64 * 1024;
constexpr size_t kDetectBytes = 1 << 20;

struct ErrorCounter {
  size_t errors = 0;
  size_t max_errors = 0;
};

// Counts each bad sequence; substitutes U+FFFD while under the budget, else stops conversion
// (leaving *err set, which the caller sees as failure).
void CountingCallback(const void* context, UConverterToUnicodeArgs* args, const char* code_units,
                      int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) return;
  auto* counter = static_cast<ErrorCounter*>(const_cast<void*>(context));
  if (++counter->errors > counter->max_errors) return;  // *err stays set: stop
  *err = U_ZERO_ERROR;
  static const UChar kReplacement = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, err);
  (void)code_units;
  (void)length;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

struct DetectorCloser {
  void operator()(uchardet_t d) const { uchardet_delete(d); }
};

}  // namespace

std::optional<icu::UnicodeString> ConvertToUnicode(std::string_view bytes, std::string_view charset,
                                                   size_t max_errors) {
  std::string name(charset);
  if (name.empty() || name.find('\0') != std::string::npos) return std::nullopt;
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err) || conv == nullptr) return std::nullopt;
  ErrorCounter counter{0, max_errors};
  err = U_ZERO_ERROR;
  ucnv_setToUCallBack(conv.get(), CountingCallback, &counter, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return std::nullopt;

  icu::UnicodeString out;
  std::unique_ptr<UChar[]> chunk(new UChar[kChunkUnits]);
  const char* source = bytes.data();
  const char* source_end = bytes.data() + bytes.size();
  while (true) {
    UChar* target = chunk.get();
    err = U_ZERO_ERROR;
    ucnv_toUnicode(conv.get(), &target, chunk.get() + kChunkUnits, &source, source_end, nullptr,
                   /*flush=*/true, &err);
    out.append(chunk.get(), static_cast<int32_t>(target - chunk.get()));
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(err) || counter.errors > max_errors) return std::nullopt;
    break;
  }
  if (out.isBogus()) return std::nullopt;  // allocation failed
  return out;
}

std::string EffectiveCharset(std::string_view label) {
  std::string_view t = Trim(label);
  if (IEquals(t, "ISO-8859-1") || IEquals(t, "ISO8859-1") || IEquals(t, "latin1") ||
      IEquals(t, "US-ASCII") || IEquals(t, "ASCII") || IEquals(t, "ANSI_X3.4-1968")) {
    return "windows-1252";  // WHATWG: bytes 0x80-0x9F are meant as cp1252 punctuation
  }
  return std::string(t);
}

std::string CanonicalCharsetName(std::string_view charset) {
  std::string name(charset);
  for (const char* standard : {"IANA", "MIME"}) {
    UErrorCode err = U_ZERO_ERROR;
    const char* canonical = ucnv_getStandardName(name.c_str(), standard, &err);
    if (U_SUCCESS(err) && canonical != nullptr && *canonical != '\0') return canonical;
    // The label may be an alias that is not itself standard: go through ICU's canonical name.
    err = U_ZERO_ERROR;
    const char* icu_name = ucnv_getAlias(name.c_str(), 0, &err);
    if (U_SUCCESS(err) && icu_name != nullptr) {
      err = U_ZERO_ERROR;
      canonical = ucnv_getStandardName(icu_name, standard, &err);
      if (U_SUCCESS(err) && canonical != nullptr && *canonical != '\0') return canonical;
    }
  }
  return name;
}

std::string DetectCharset(std::string_view bytes) {
  std::unique_ptr<struct uchardet, DetectorCloser> detector(uchardet_new());
  if (detector == nullptr) return "";
  std::string_view sample = bytes.substr(0, std::min(bytes.size(), kDetectBytes));
  if (uchardet_handle_data(detector.get(), sample.data(), sample.size()) != 0) return "";
  uchardet_data_end(detector.get());
  const char* found = uchardet_get_charset(detector.get());
  return found == nullptr ? "" : std::string(found);
}

}  // namespace corroborate::ingest
