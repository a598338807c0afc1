#include "ingest/content_encoding.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <vector>

#include "core/strings.h"
#include "ingest/size_format.h"
#include "ingest/sniff.h"

namespace corroborate::ingest {
namespace {

enum class End { kComplete, kTruncated, kCorrupt, kTooLarge };

// Grows *out for the next decoder step: at least 64 KiB, about the input size, never past
// max_bytes + 1 (one byte over the limit is how "too large" is seen).
size_t Grow(std::string* out, size_t input_size, size_t max_bytes) {
  const size_t old = out->size();
  const size_t cap = max_bytes + 1 - std::min(old, max_bytes + 1);
  const size_t step = std::min(cap, std::max<size_t>(64 * 1024, std::max(old, input_size * 2)));
  out->resize(old + step);
  return step;
}

// Inflates with the given zlib window bits (31 gzip, 15 zlib, -15 raw deflate). Concatenated
// gzip members are all inflated; bytes after the last are ignored.
End Inflate(std::string_view in, int window_bits, size_t max_bytes, std::string* out,
            std::string* why) {
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) {
    *why = "out of memory";
    return End::kCorrupt;
  }
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&z, inflateEnd);
  out->clear();
  size_t used = 0;  // bytes of *out filled
  size_t pos = 0;
  while (true) {
    if (used == out->size() && Grow(out, in.size(), max_bytes) == 0) {
      out->resize(used);
      return End::kTooLarge;
    }
    const size_t avail = std::min<size_t>(in.size() - pos, UINT_MAX);
    const size_t room = std::min<size_t>(out->size() - used, UINT_MAX);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + pos));
    z.avail_in = static_cast<uInt>(avail);
    z.next_out = reinterpret_cast<Bytef*>(out->data() + used);
    z.avail_out = static_cast<uInt>(room);
    const int ret = inflate(&z, Z_NO_FLUSH);
    pos += avail - z.avail_in;
    used += room - z.avail_out;
    if (ret == Z_STREAM_END) {
      const bool more_gzip = window_bits > 15 && in.size() - pos >= 2 &&
                             static_cast<unsigned char>(in[pos]) == 0x1f &&
                             static_cast<unsigned char>(in[pos + 1]) == 0x8b;
      if (!more_gzip) break;
      inflateReset(&z);
      continue;
    }
    if (ret == Z_OK || (ret == Z_BUF_ERROR && z.avail_out == 0)) {
      if (pos == in.size() && z.avail_out > 0) {
        out->resize(used);
        return End::kTruncated;
      }
      continue;
    }
    if (ret == Z_BUF_ERROR) {  // input used up, more expected
      out->resize(used);
      return End::kTruncated;
    }
    *why = z.msg != nullptr ? z.msg : "invalid data";
    out->resize(used);
    return End::kCorrupt;
  }
  out->resize(used);
  return End::kComplete;
}

End Unbrotli(std::string_view in, size_t max_bytes, std::string* out) {
  std::unique_ptr<BrotliDecoderState, void (*)(BrotliDecoderState*)> state(
      BrotliDecoderCreateInstance(nullptr, nullptr, nullptr), BrotliDecoderDestroyInstance);
  if (!state) return End::kCorrupt;
  out->clear();
  size_t used = 0;
  size_t avail_in = in.size();
  const uint8_t* next_in = reinterpret_cast<const uint8_t*>(in.data());
  while (true) {
    if (used == out->size() && Grow(out, in.size(), max_bytes) == 0) {
      out->resize(used);
      return End::kTooLarge;
    }
    size_t avail_out = out->size() - used;
    uint8_t* next_out = reinterpret_cast<uint8_t*>(out->data() + used);
    const BrotliDecoderResult r = BrotliDecoderDecompressStream(state.get(), &avail_in, &next_in,
                                                                &avail_out, &next_out, nullptr);
    used = out->size() - avail_out;
    if (r == BROTLI_DECODER_RESULT_SUCCESS) break;
    if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) continue;
    out->resize(used);
    return r == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT ? End::kTruncated : End::kCorrupt;
  }
  out->resize(used);
  return End::kComplete;
}

// A body that reads as text although a coding was declared: stored already decoded.
bool LooksDecoded(std::string_view body) { return !LooksBinary(body.substr(0, 4096), false); }

// zlib's two-byte header: deflate method, 32 KiB window or less, check bits.
bool HasZlibHeader(std::string_view b) {
  if (b.size() < 2) return false;
  const unsigned cmf = static_cast<unsigned char>(b[0]), flg = static_cast<unsigned char>(b[1]);
  return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && (cmf * 256 + flg) % 31 == 0;
}

Result<std::string> UndoOne(std::string body, const std::string& coding, size_t max_bytes) {
  std::string out;
  std::string why;
  End end;
  if (coding == "gzip" || coding == "x-gzip") {
    if (body.size() < 2 || static_cast<unsigned char>(body[0]) != 0x1f ||
        static_cast<unsigned char>(body[1]) != 0x8b) {
      if (LooksDecoded(body)) return body;
      return Status::InvalidInput("Content-Encoding gzip, but the body is not gzip data");
    }
    end = Inflate(body, 15 + 16, max_bytes, &out, &why);
  } else if (coding == "deflate") {
    end = Inflate(body, HasZlibHeader(body) ? 15 : -15, max_bytes, &out, &why);
    if (end == End::kCorrupt && out.empty() && HasZlibHeader(body)) {
      end = Inflate(body, -15, max_bytes, &out, &why);  // raw deflate that looked like zlib
    }
    if (end == End::kCorrupt && out.empty() && LooksDecoded(body)) return body;
  } else if (coding == "br") {
    end = Unbrotli(body, max_bytes, &out);
    if (end != End::kComplete && end != End::kTooLarge && out.empty() && LooksDecoded(body)) {
      return body;
    }
  } else {
    return Status::Unsupported("unsupported Content-Encoding '" + coding + "'");
  }
  switch (end) {
    case End::kComplete:
      return out;
    case End::kTruncated:
      if (!out.empty()) return out;
      return Status::InvalidInput("Content-Encoding " + coding + ": the body is cut short");
    case End::kTooLarge:
      return Status::InvalidInput("more than " + FormatSize(max_bytes) +
                                  " after Content-Encoding " + coding);
    case End::kCorrupt:
      break;
  }
  return Status::InvalidInput("corrupt " + coding + " Content-Encoding" +
                              (why.empty() ? "" : " (" + why + ")"));
}

}  // namespace

Result<std::string> DecodeContentEncoding(std::string body, std::string_view encoding,
                                          size_t max_bytes) {
  std::vector<std::string> codings;
  for (std::string_view part : Split(encoding, ',')) {
    std::string coding = AsciiLower(Trim(part));
    if (!coding.empty() && coding != "identity" && coding != "none") {
      codings.push_back(std::move(coding));
    }
  }
  for (auto it = codings.rbegin(); it != codings.rend(); ++it) {
    Result<std::string> r = UndoOne(std::move(body), *it, max_bytes);
    if (!r.ok()) return r.status();
    body = std::move(r).value();
  }
  return body;
}

}  // namespace corroborate::ingest
