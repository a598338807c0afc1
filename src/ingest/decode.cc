#include "ingest/decode.h"

#include <exception>
#include <new>
#include <optional>
#include <string_view>

#include "core/strings.h"
#include "core/utf8.h"
#include "ingest/clean_text.h"
#include "ingest/convert.h"
#include "ingest/sniff.h"

namespace corroborate {
namespace {

using ingest::CanonicalCharsetName;
using ingest::ConvertToUnicode;

// A tolerated share of bad sequences when decoding with a detected charset that did not
// convert cleanly (a stray byte in an otherwise fine file should not cost the document).
size_t TolerableErrors(size_t bytes) { return bytes / 200 + 1; }

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
    return {icu::UnicodeString::fromUTF8(icu::StringPiece(body.data(),
                                                          static_cast<int32_t>(body.size()))),
            "UTF-8"};
  }
  std::string detected = ingest::EffectiveCharset(ingest::DetectCharset(body));
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

Result<DecodedDocument> DecodeOrError(RawDocument raw) {
  std::string_view bytes = raw.bytes;
  if (bytes.size() > static_cast<size_t>(INT32_MAX / 2)) {
    return Status::InvalidInput("too large to decode");  // ICU strings index with int32_t
  }
  ingest::Bom bom = ingest::DetectBom(bytes);
  std::string_view body = bytes.substr(bom.length);
  std::string declared = ingest::EffectiveCharset(raw.declared_charset);

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
    if (ingest::LooksBinary(body, /*allow_nul=*/trusted_utf8)) {
      return Status::InvalidInput("binary content (not text)");
    }
  }

  Decoded decoded = ConvertByEvidence(body, bom.charset, declared);
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
