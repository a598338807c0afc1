#include "ingest/decode.h"

#include <exception>
#include <new>
#include <optional>
#include <string_view>
#include <utility>

#include "core/strings.h"
#include "core/utf8.h"
#include "ingest/clean_text.h"
#include "ingest/convert.h"
#include "ingest/html_charset.h"
#include "ingest/sniff.h"

namespace corroborate {
namespace {

using ingest::CanonicalCharsetName;
using ingest::ConvertToUnicode;

// A tolerated share of bad sequences when decoding with a detected charset that did not
// convert cleanly (a stray byte in an otherwise fine file should not cost the document).
size_t TolerableErrors(size_t bytes) { return bytes / 200 + 1; }

// The byte 0x80-0xFF means, in windows-1252, a letter or the typographic punctuation that
// word processors put in English text (curly quotes, dashes, ellipsis, euro, nbsp, ©, °…).
bool PlausibleIn1252(unsigned char b) {
  switch (b) {
    case 0x80:
    case 0x82:
    case 0x84:
    case 0x85:
    case 0x86:
    case 0x87:
    case 0x89:
    case 0x8B:
    case 0x91:
    case 0x92:
    case 0x93:
    case 0x94:
    case 0x95:
    case 0x96:
    case 0x97:
    case 0x99:
    case 0x9B:
    case 0xA0:
    case 0xA3:
    case 0xA7:
    case 0xA9:
    case 0xAB:
    case 0xAE:
    case 0xB0:
    case 0xB4:
    case 0xB7:
    case 0xBB:
    case 0xBD:
      return true;
    default:
      return b >= 0xC0 && b != 0xD7 && b != 0xF7;
  }
}

// uchardet often calls windows-125x text ISO-8859-x (English with curly quotes even
// ISO-8859-7). Bytes 0x80-0x9F are C1 controls that real ISO-8859 text never has, so when they
// occur the text is windows-125x: windows-1252 when it is mostly ASCII letters and every other
// byte reads as a Western letter or punctuation there, else the code page of the same script.
std::string RefineIsoDetection(std::string_view body, const std::string& detected) {
  if (!IStartsWith(detected, "ISO-8859-")) return detected;
  size_t c1 = 0, high = 0, implausible = 0, ascii_letters = 0;
  for (char ch : body) {
    const unsigned char b = static_cast<unsigned char>(ch);
    if (b >= 0x80) {
      ++high;
      c1 += b < 0xA0 ? 1 : 0;
      implausible += PlausibleIn1252(b) ? 0 : 1;
    } else if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
      ++ascii_letters;
    }
  }
  if (c1 == 0) return detected;
  if (ascii_letters >= 4 * high && implausible * 20 <= high) return "windows-1252";
  const std::string_view part = std::string_view(detected).substr(9);
  static constexpr std::pair<std::string_view, std::string_view> kCodePages[] = {
      {"1", "windows-1252"},  {"15", "windows-1252"}, {"2", "windows-1250"}, {"5", "windows-1251"},
      {"6", "windows-1256"},  {"7", "windows-1253"},  {"8", "windows-1255"}, {"9", "windows-1254"},
      {"13", "windows-1257"}, {"4", "windows-1257"}};
  for (const auto& [iso, windows] : kCodePages) {
    if (part == iso || (part.size() > iso.size() && StartsWith(part, iso) &&
                        (part[iso.size()] == ':' || part[iso.size()] == '-'))) {
      return std::string(windows);
    }
  }
  return "windows-1252";
}

struct Decoded {
  icu::UnicodeString text;
  std::string charset;
};

// Picks the charset by the order of evidence in decode.h and converts. Never fails: the last
// resort, windows-1252, maps every byte.
Decoded ConvertByEvidence(std::string_view body, const std::string& bom_charset,
                          const std::string& declared) {
  if (!bom_charset.empty()) {
    // A BOM is near-certain evidence; tolerate damage rather than reinterpret the bytes.
    if (auto text = ConvertToUnicode(body, bom_charset, SIZE_MAX)) {
      return {std::move(*text), bom_charset};
    }
  }
  if (!declared.empty()) {
    if (auto text = ConvertToUnicode(body, declared, 0)) {
      return {std::move(*text), CanonicalCharsetName(declared)};
    }
  }
  if (utf8::IsValid(body)) {
    return {icu::UnicodeString::fromUTF8(
                icu::StringPiece(body.data(), static_cast<int32_t>(body.size()))),
            "UTF-8"};
  }
  std::string detected =
      RefineIsoDetection(body, ingest::EffectiveCharset(ingest::DetectCharset(body)));
  if (!detected.empty()) {
    if (auto text = ConvertToUnicode(body, detected, TolerableErrors(body.size()))) {
      return {std::move(*text), CanonicalCharsetName(detected)};
    }
  }
  if (auto text = ConvertToUnicode(body, "windows-1252", SIZE_MAX)) {
    return {std::move(*text), "windows-1252"};
  }
  // Unreachable in practice (ICU always has windows-1252); keep the bytes readable anyway.
  std::string sanitized = utf8::Sanitize(body);
  return {icu::UnicodeString::fromUTF8(sanitized), "UTF-8"};
}

// Well-formed multi-byte UTF-8 sequences and malformed bytes in one pass.
struct Utf8Census {
  size_t multibyte = 0;
  size_t invalid = 0;
};

Utf8Census CountUtf8(std::string_view body) {
  Utf8Census census;
  size_t i = 0;
  while (i < body.size()) {
    if (static_cast<unsigned char>(body[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t before = i;
    const char32_t cp = utf8::Next(body, &i);
    if (cp == 0xFFFD && body.compare(before, 3, "\xEF\xBF\xBD") != 0) {
      ++census.invalid;
    } else {
      ++census.multibyte;
    }
  }
  return census;
}

// A charset declared for an HTML page (by HTTP or by its <meta>), if the bytes bear it out:
// - UTF-8 is taken when the bytes are valid UTF-8, or nearly (at most one malformed sequence
//   per 4 well-formed multi-byte ones: a stray byte in a UTF-8 page becomes U+FFFD); when
//   malformed bytes are more common the label is wrong (legacy bytes labelled UTF-8 hardly ever
//   form a well-formed multi-byte sequence);
// - any other label loses to bytes that are valid UTF-8 with multi-byte sequences (legacy text
//   is practically never valid UTF-8 once it has non-ASCII bytes: the label is a template's
//   leftover), and must convert with few errors (as a detected charset must);
// - UTF-16/32 without a BOM only when the bytes look like it.
std::optional<Decoded> ConvertDeclaredHtml(std::string_view body, std::string_view label,
                                           const Utf8Census& census) {
  const std::string charset = ingest::HtmlCharsetForLabel(label);
  if (charset.empty()) return std::nullopt;
  if (charset == "UTF-8") {
    if (census.invalid == 0) {
      return Decoded{icu::UnicodeString::fromUTF8(
                         icu::StringPiece(body.data(), static_cast<int32_t>(body.size()))),
                     "UTF-8"};
    }
    if (census.invalid * 4 > census.multibyte) return std::nullopt;
    if (auto text = ConvertToUnicode(body, "UTF-8", SIZE_MAX)) {
      return Decoded{std::move(*text), "UTF-8"};
    }
    return std::nullopt;
  }
  if (census.invalid == 0 && census.multibyte > 0) return std::nullopt;
  if (ingest::IsWideUnicodeCharset(charset) && ingest::GuessUtf16WithoutBom(body).empty()) {
    return std::nullopt;
  }
  if (auto text = ConvertToUnicode(body, charset, TolerableErrors(body.size()))) {
    return Decoded{std::move(*text), CanonicalCharsetName(charset)};
  }
  return std::nullopt;
}

// HTML: the BOM, the HTTP charset, the page's own <meta> declaration (each as
// ConvertDeclaredHtml allows), then what ConvertByEvidence does without a declaration.
Decoded ConvertHtmlByEvidence(std::string_view body, const std::string& bom_charset,
                              const std::string& declared) {
  if (!bom_charset.empty()) return ConvertByEvidence(body, bom_charset, "");
  const Utf8Census census = CountUtf8(body);
  if (auto http = ConvertDeclaredHtml(body, declared, census)) return std::move(*http);
  const std::string meta = ingest::PrescanHtmlCharset(body);
  if (auto page = ConvertDeclaredHtml(body, meta, census)) return std::move(*page);
  return ConvertByEvidence(body, "", "");
}

Result<DecodedDocument> DecodeOrError(RawDocument raw) {
  std::string_view bytes = raw.bytes;
  if (bytes.size() > static_cast<size_t>(INT32_MAX / 2)) {
    return Status::InvalidInput("too large to decode");  // ICU strings index with int32_t
  }
  ingest::Bom bom = ingest::DetectBom(bytes);
  std::string_view body = bytes.substr(bom.length);
  std::string declared = ingest::EffectiveCharset(raw.declared_charset);
  const bool is_html = raw.format == "html";

  if (bom.charset.empty()) {
    ingest::Magic magic = ingest::DetectMagic(body);
    if (magic.compressed) {
      return Status::Unsupported(std::string(magic.what) + "-compressed (not supported yet)");
    }
    if (!magic.what.empty()) {
      return Status::InvalidInput("binary content (" + std::string(magic.what) + ")");
    }
    if (declared.empty()) {
      // UTF-16 without a BOM is full of NUL bytes; recognise it before calling it binary.
      std::string utf16 = ingest::GuessUtf16WithoutBom(body);
      if (!utf16.empty() && ConvertToUnicode(body, utf16, 0)) {
        declared = utf16;
      }
    }
  }
  const std::string& effective = bom.charset.empty() ? declared : bom.charset;
  if (!ingest::IsWideUnicodeCharset(effective)) {
    // A container that declared UTF-8 and holds valid UTF-8 (JSON lines) may carry a stray
    // escaped \u0000; only the share of control bytes decides there.
    bool trusted_utf8 = IEquals(effective, "UTF-8") && utf8::IsValid(body);
    // Crawled pages carry the odd NUL byte; markup at the start tells they are still pages.
    bool page = is_html && ingest::LooksLikeHtml(body);
    if (ingest::LooksBinary(body, /*allow_nul=*/trusted_utf8 || page)) {
      return Status::InvalidInput("binary content (not text)");
    }
  }

  Decoded decoded = is_html ? ConvertHtmlByEvidence(body, bom.charset, declared)
                            : ConvertByEvidence(body, bom.charset, declared);
  DecodedDocument doc;
  if (!ingest::CleanToUtf8(decoded.text, &doc.text)) {
    return Status::Internal("text normalisation failed (out of memory?)");
  }
  if (ingest::IsBlank(doc.text)) return Status::InvalidInput("empty document");
  doc.charset = std::move(decoded.charset);
  doc.raw = std::move(raw);
  doc.raw.bytes.clear();
  doc.raw.bytes.shrink_to_fit();
  return doc;
}

}  // namespace

Result<DecodedDocument> Decode(RawDocument raw) {
  try {
    return DecodeOrError(std::move(raw));
  } catch (const std::bad_alloc&) {
    return Status::Internal("out of memory while decoding");
  } catch (const std::exception& e) {
    return Status::Internal(std::string("decoding failed: ") + e.what());
  }
}

}  // namespace corroborate
