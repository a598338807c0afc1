// Fuzzes Decode: any bytes, with a declared charset chosen by the first byte. Checks the
// contract on success: valid UTF-8, no '\r', no BOM, no C0 controls but '\t' and '\n'.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/utf8.h"
#include "ingest/decode.h"

namespace {

const char* const kDeclared[] = {
    "", "", "UTF-8", "windows-1251", "UTF-16LE", "ISO-2022-JP", "Shift_JIS", "bogus-charset"};

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  corroborate::RawDocument raw;
  raw.uri = "fuzz";
  if (size > 0) {
    raw.declared_charset = kDeclared[data[0] % (sizeof(kDeclared) / sizeof(kDeclared[0]))];
    ++data;
    --size;
  }
  raw.bytes.assign(reinterpret_cast<const char*>(data), size);
  auto result = corroborate::Decode(std::move(raw));
  if (!result.ok()) {
    Check(!result.status().message().empty());
    Check(result.status().message().find('\n') == std::string::npos);
    return 0;
  }
  const std::string& text = result->text;
  Check(corroborate::utf8::IsValid(text));
  Check(!result->charset.empty());
  Check(result->raw.bytes.empty());
  for (unsigned char c : text) Check(c >= 0x20 || c == '\t' || c == '\n');
  Check(text.find("\xef\xbb\xbf") == std::string::npos);
  return 0;
}
