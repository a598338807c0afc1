// The binary container every trained NLP model is stored in (models/*.bin).
//
// Layout (all integers little-endian):
//   0  "CRBMODEL"            magic, 8 bytes
//   8  u32 format version    kModelFormatVersion; other versions are refused
//  12  u32 section count     at most kMaxSections
//  16  char kind[16]         "tagger", "parser", "ner" … NUL-padded
//  32  u64 file size         total bytes, so truncation is told apart from corruption
//  40  u32 CRC-32            (IEEE) of every byte of the file except these four
//  44  u32 reserved (0)
//  48  section table         per section: char name[32] NUL-padded, u64 offset, u64 size
//      payloads              in table order, each starting on an 8-byte boundary
//
// A model is loaded with one read of the file; every check (magic, version, size, section
// bounds, checksum, kind) happens before any section is used, and sections are only reached
// through bounds-checked readers, so no input can cause undefined behaviour. Errors read
// "PATH: what is wrong", e.g. "models/tagger.bin: checksum mismatch (file corrupt)".
// Thread-safety: a loaded ModelFile is immutable.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/status.h"

namespace corroborate::nlp {

inline constexpr uint32_t kModelFormatVersion = 1;
inline constexpr uint32_t kMaxSections = 4096;
inline constexpr size_t kModelHeaderSize = 48;
inline constexpr size_t kSectionEntrySize = 48;
inline constexpr size_t kMaxKindLength = 15;
inline constexpr size_t kMaxSectionNameLength = 31;

// CRC-32 (IEEE 802.3, reflected 0xEDB88320), continuing from crc (0 to start).
uint32_t Crc32(std::string_view bytes, uint32_t crc = 0);

// Appends little-endian values to a section's bytes.
class ByteWriter {
 public:
  void U8(uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
  void U16(uint16_t v) { Raw(&v, sizeof v); }
  void U32(uint32_t v) { Raw(&v, sizeof v); }
  void U64(uint64_t v) { Raw(&v, sizeof v); }
  void I16(int16_t v) { Raw(&v, sizeof v); }
  void I32(int32_t v) { Raw(&v, sizeof v); }
  void F32(float v) { Raw(&v, sizeof v); }
  void String(std::string_view s);  // u32 length + bytes
  template <class T>
  void Array(const std::vector<T>& values) {  // u64 count + raw values
    static_assert(std::is_arithmetic_v<T>);
    U64(values.size());
    Raw(values.data(), values.size() * sizeof(T));
  }
  void Raw(const void* data, size_t size);
  std::string& bytes() { return bytes_; }

 private:
  std::string bytes_;
};

// Reads what ByteWriter wrote, with bounds checks. After the first failure every read fails
// and error() says what was being read; callers check ok() once at the end.
class ByteReader {
 public:
  // what names the data in messages: "section 'upos.weights'".
  ByteReader(std::string_view bytes, std::string what) : bytes_(bytes), what_(std::move(what)) {}

  bool U8(uint8_t* v) { return Raw(v, sizeof *v); }
  bool U16(uint16_t* v) { return Raw(v, sizeof *v); }
  bool U32(uint32_t* v) { return Raw(v, sizeof *v); }
  bool U64(uint64_t* v) { return Raw(v, sizeof *v); }
  bool I16(int16_t* v) { return Raw(v, sizeof *v); }
  bool I32(int32_t* v) { return Raw(v, sizeof *v); }
  bool F32(float* v);  // also fails on NaN and infinity
  bool String(std::string* s, size_t max_size = 1 << 20);
  template <class T>
  bool Array(std::vector<T>* values, uint64_t max_count) {
    static_assert(std::is_arithmetic_v<T>);
    uint64_t n;
    if (!U64(&n)) return false;
    if (n > max_count || n > remaining() / sizeof(T)) {
      return Fail("array of " + std::to_string(n) + " values does not fit");
    }
    values->resize(n);
    return Raw(values->data(), n * sizeof(T));
  }
  bool Raw(void* out, size_t size);
  bool Fail(std::string why);

  bool ok() const { return error_.empty(); }
  bool AtEnd() const { return pos_ == bytes_.size(); }
  size_t remaining() const { return bytes_.size() - pos_; }
  // "section 'x': truncated (reading 4 bytes at offset 12 of 14)"
  const std::string& error() const { return error_; }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
  std::string what_;
  std::string error_;
};

class ModelWriter {
 public:
  explicit ModelWriter(std::string kind) : kind_(std::move(kind)) {}
  // Names are unique, at most kMaxSectionNameLength bytes.
  void AddSection(std::string name, std::string bytes);
  // Key-value metadata (training command, data, scores), stored as section "meta".
  void AddMeta(std::string key, std::string value);
  std::string Serialize() const;
  // Writes to path through a temporary file renamed over it.
  Status WriteFile(const std::string& path) const;

 private:
  std::string kind_;
  std::vector<std::pair<std::string, std::string>> sections_;
  std::vector<std::pair<std::string, std::string>> meta_;
};

// Writes bytes to path through a temporary file renamed over it (no half-written models).
Status WriteFileAtomically(const std::string& path, std::string_view bytes);

class ModelFile {
 public:
  // Reads and validates path; expected_kind empty accepts any kind.
  static Result<ModelFile> Load(const std::string& path, std::string_view expected_kind);
  // Validates bytes already in memory; name stands for the file in messages.
  static Result<ModelFile> Parse(std::string bytes, std::string name,
                                 std::string_view expected_kind);

  const std::string& name() const { return name_; }
  const std::string& kind() const { return kind_; }
  bool Has(std::string_view section) const;
  // The bytes of a section; an error naming the file and section when it is missing.
  Result<std::string_view> Section(std::string_view section) const;
  // A reader over a section ("" bytes and a failed reader when it is missing).
  ByteReader Reader(std::string_view section) const;
  // "NAME: what" as an InvalidInput status.
  Status Error(std::string_view what) const;
  // Metadata value, "" when absent.
  std::string Meta(std::string_view key) const;
  size_t size_bytes() const { return bytes_.size(); }

 private:
  struct SectionEntry {
    std::string name;
    size_t offset = 0;
    size_t size = 0;
  };
  std::string bytes_;
  std::string name_;
  std::string kind_;
  std::vector<SectionEntry> sections_;
  std::vector<std::pair<std::string, std::string>> meta_;
};

}  // namespace corroborate::nlp
