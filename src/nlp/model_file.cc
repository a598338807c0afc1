// Model container: writer, validating reader, CRC-32; see model_file.h.
#include "nlp/model_file.h"

#include <array>
#include <bit>
#include <cmath>
#include <cstdio>

#include "core/read_file.h"

namespace corroborate::nlp {
namespace {

static_assert(std::endian::native == std::endian::little,
              "model files are little-endian; a big-endian port needs byte swapping here");

constexpr char kMagic[8] = {'C', 'R', 'B', 'M', 'O', 'D', 'E', 'L'};
constexpr size_t kCrcOffset = 40;
constexpr size_t kSizeOffset = 32;
constexpr size_t kKindOffset = 16;
constexpr size_t kKindField = 16;
constexpr size_t kNameField = 32;
constexpr uint64_t kMaxMetaEntries = 1024;

constexpr std::array<uint32_t, 256> MakeCrcTable() {
  std::array<uint32_t, 256> table{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  return table;
}
constexpr std::array<uint32_t, 256> kCrcTable = MakeCrcTable();

template <class T>
T LoadLE(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <class T>
void StoreLE(char* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

// A NUL-padded fixed-width name field: printable ASCII, then only NULs.
bool ReadNameField(const char* p, size_t width, std::string* out) {
  size_t n = 0;
  while (n < width && p[n] != '\0') {
    unsigned char c = static_cast<unsigned char>(p[n]);
    if (c < 0x21 || c > 0x7e) return false;
    ++n;
  }
  if (n == 0 || n == width) return false;  // empty, or no terminating NUL
  for (size_t i = n; i < width; ++i) {
    if (p[i] != '\0') return false;
  }
  out->assign(p, n);
  return true;
}

size_t AlignUp(size_t n) { return (n + 7) & ~size_t{7}; }

uint32_t FileCrc(std::string_view bytes) {
  uint32_t crc = Crc32(bytes.substr(0, kCrcOffset));
  return Crc32(bytes.substr(kCrcOffset + 4), crc);
}

}  // namespace

uint32_t Crc32(std::string_view bytes, uint32_t crc) {
  crc = ~crc;
  for (char ch : bytes) {
    crc = kCrcTable[(crc ^ static_cast<unsigned char>(ch)) & 0xFFu] ^ (crc >> 8);
  }
  return ~crc;
}

void ByteWriter::String(std::string_view s) {
  U32(static_cast<uint32_t>(s.size()));
  Raw(s.data(), s.size());
}

void ByteWriter::Raw(const void* data, size_t size) {
  if (size > 0) bytes_.append(static_cast<const char*>(data), size);
}

bool ByteReader::Raw(void* out, size_t size) {
  if (!ok()) return false;
  if (size > remaining()) {
    return Fail("truncated (reading " + std::to_string(size) + " bytes at offset " +
                std::to_string(pos_) + " of " + std::to_string(bytes_.size()) + ")");
  }
  if (size > 0) std::memcpy(out, bytes_.data() + pos_, size);
  pos_ += size;
  return true;
}

bool ByteReader::F32(float* v) {
  if (!Raw(v, sizeof *v)) return false;
  if (!std::isfinite(*v)) return Fail("value is not a finite number");
  return true;
}

bool ByteReader::String(std::string* s, size_t max_size) {
  uint32_t n;
  if (!U32(&n)) return false;
  if (n > max_size || n > remaining()) {
    return Fail("string of " + std::to_string(n) + " bytes does not fit");
  }
  s->resize(n);
  return Raw(s->data(), n);
}

bool ByteReader::Fail(std::string why) {
  if (error_.empty()) error_ = what_ + ": " + why;
  pos_ = bytes_.size();
  return false;
}

void ModelWriter::AddSection(std::string name, std::string bytes) {
  sections_.emplace_back(std::move(name), std::move(bytes));
}

void ModelWriter::AddMeta(std::string key, std::string value) {
  meta_.emplace_back(std::move(key), std::move(value));
}

std::string ModelWriter::Serialize() const {
  std::vector<std::pair<std::string, std::string>> sections = sections_;
  if (!meta_.empty()) {
    ByteWriter meta;
    meta.U32(static_cast<uint32_t>(meta_.size()));
    for (const auto& [k, v] : meta_) {
      meta.String(k);
      meta.String(v);
    }
    sections.emplace_back("meta", std::move(meta.bytes()));
  }
  const size_t table_end = kModelHeaderSize + sections.size() * kSectionEntrySize;
  std::string out(table_end, '\0');
  std::memcpy(out.data(), kMagic, sizeof kMagic);
  StoreLE<uint32_t>(out.data() + 8, kModelFormatVersion);
  StoreLE<uint32_t>(out.data() + 12, static_cast<uint32_t>(sections.size()));
  std::memcpy(out.data() + kKindOffset, kind_.data(), std::min(kind_.size(), kMaxKindLength));
  for (size_t i = 0; i < sections.size(); ++i) {
    out.resize(AlignUp(out.size()), '\0');
    char* entry = out.data() + kModelHeaderSize + i * kSectionEntrySize;
    const std::string& name = sections[i].first;
    std::memcpy(entry, name.data(), std::min(name.size(), kMaxSectionNameLength));
    StoreLE<uint64_t>(entry + kNameField, out.size());
    StoreLE<uint64_t>(entry + kNameField + 8, sections[i].second.size());
    out += sections[i].second;
  }
  StoreLE<uint64_t>(out.data() + kSizeOffset, out.size());
  StoreLE<uint32_t>(out.data() + kCrcOffset, FileCrc(out));
  return out;
}

Status ModelWriter::WriteFile(const std::string& path) const {
  return WriteFileAtomically(path, Serialize());
}

Status WriteFileAtomically(const std::string& path, std::string_view bytes) {
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) return Status::IoError(path + ": cannot write");
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::IoError(path + ": cannot write");
  }
  return Status::Ok();
}

Result<ModelFile> ModelFile::Load(const std::string& path, std::string_view expected_kind) {
  Result<std::string> bytes = ReadFileToString(path);
  if (!bytes.ok()) {
    return bytes.status().code() == Status::Code::kNotFound
               ? Status::NotFound(path + ": cannot open model file")
               : Status::IoError(path + ": cannot read model file");
  }
  return Parse(std::move(bytes).value(), path, expected_kind);
}

Result<ModelFile> ModelFile::Parse(std::string bytes, std::string name,
                                   std::string_view expected_kind) {
  ModelFile m;
  m.name_ = std::move(name);
  const size_t size = bytes.size();
  const char* p = bytes.data();
  // Magic first: anything else is not a model at all.
  const size_t magic_len = std::min(size, sizeof kMagic);
  if (size == 0 || std::memcmp(p, kMagic, magic_len) != 0) {
    return m.Error("not a Corroborate model file (bad magic)");
  }
  if (size < kModelHeaderSize) {
    return m.Error("truncated in the header (" + std::to_string(size) + " of " +
                   std::to_string(kModelHeaderSize) + " bytes)");
  }
  const uint32_t version = LoadLE<uint32_t>(p + 8);
  if (version != kModelFormatVersion) {
    return m.Error("model format version " + std::to_string(version) +
                   ", this build reads version " + std::to_string(kModelFormatVersion) +
                   " (retrain the model with this build)");
  }
  const uint32_t count = LoadLE<uint32_t>(p + 12);
  if (count > kMaxSections) {
    return m.Error("bad header: " + std::to_string(count) + " sections");
  }
  const uint64_t declared_size = LoadLE<uint64_t>(p + kSizeOffset);
  const size_t table_end = kModelHeaderSize + size_t{count} * kSectionEntrySize;
  if (size < table_end) return m.Error("truncated in the section table");
  // Section bounds against the declared size; truncation is reported by section.
  std::vector<SectionEntry> sections;
  size_t previous_end = table_end;
  for (uint32_t i = 0; i < count; ++i) {
    const char* entry = p + kModelHeaderSize + size_t{i} * kSectionEntrySize;
    SectionEntry s;
    if (!ReadNameField(entry, kNameField, &s.name)) {
      return m.Error("bad section table (entry " + std::to_string(i) + " has no valid name)");
    }
    const uint64_t offset = LoadLE<uint64_t>(entry + kNameField);
    const uint64_t length = LoadLE<uint64_t>(entry + kNameField + 8);
    if (offset < previous_end || offset % 8 != 0 || offset > declared_size ||
        length > declared_size - offset) {
      return m.Error("bad section table (section '" + s.name + "' out of place)");
    }
    for (const SectionEntry& other : sections) {
      if (other.name == s.name) return m.Error("bad section table (duplicate '" + s.name + "')");
    }
    s.offset = static_cast<size_t>(offset);
    s.size = static_cast<size_t>(length);
    previous_end = s.offset + s.size;
    sections.push_back(std::move(s));
  }
  if (declared_size != previous_end) {
    return m.Error("bad header: declared size " + std::to_string(declared_size) +
                   " does not match its sections");
  }
  if (size < declared_size) {
    for (const SectionEntry& s : sections) {
      if (s.offset + s.size > size) {
        return m.Error("truncated at section '" + s.name + "' (file has " + std::to_string(size) +
                       " of " + std::to_string(declared_size) + " bytes)");
      }
    }
    return m.Error("truncated (" + std::to_string(size) + " of " + std::to_string(declared_size) +
                   " bytes)");
  }
  if (size > declared_size) {
    return m.Error(std::to_string(size - declared_size) +
                   " unexpected bytes after the end of the model (file corrupt)");
  }
  if (FileCrc(bytes) != LoadLE<uint32_t>(p + kCrcOffset)) {
    return m.Error("checksum mismatch (file corrupt)");
  }
  if (!ReadNameField(p + kKindOffset, kKindField, &m.kind_)) {
    return m.Error("bad header: no model kind");
  }
  if (!expected_kind.empty() && m.kind_ != expected_kind) {
    return m.Error("is a " + m.kind_ + " model, expected " + std::string(expected_kind));
  }
  m.bytes_ = std::move(bytes);
  m.sections_ = std::move(sections);
  if (m.Has("meta")) {
    ByteReader r = m.Reader("meta");
    uint32_t n = 0;
    r.U32(&n);
    if (n > kMaxMetaEntries) r.Fail("too many entries");
    for (uint32_t i = 0; i < n && r.ok(); ++i) {
      std::string k, v;
      r.String(&k);
      r.String(&v);
      m.meta_.emplace_back(std::move(k), std::move(v));
    }
    if (!r.ok()) return m.Error(r.error());
  }
  return m;
}

bool ModelFile::Has(std::string_view section) const {
  for (const SectionEntry& s : sections_) {
    if (s.name == section) return true;
  }
  return false;
}

Result<std::string_view> ModelFile::Section(std::string_view section) const {
  for (const SectionEntry& s : sections_) {
    if (s.name == section) return std::string_view(bytes_).substr(s.offset, s.size);
  }
  return Error("missing section '" + std::string(section) + "'");
}

ByteReader ModelFile::Reader(std::string_view section) const {
  std::string what = "section '" + std::string(section) + "'";
  Result<std::string_view> bytes = Section(section);
  if (!bytes.ok()) {
    ByteReader r({}, what);
    r.Fail("missing");
    return r;
  }
  return ByteReader(*bytes, what);
}

Status ModelFile::Error(std::string_view what) const {
  return Status::InvalidInput(name_ + ": " + std::string(what));
}

std::string ModelFile::Meta(std::string_view key) const {
  for (const auto& [k, v] : meta_) {
    if (k == key) return v;
  }
  return "";
}

}  // namespace corroborate::nlp
