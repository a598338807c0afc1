// JsonWriter: a streaming JSON emitter into a std::string. Commas and nesting are tracked for the
// caller; strings are escaped (control characters, U+2028/2029) and invalid UTF-8 is replaced, so
// output is always valid JSON whatever the input text. Not thread-safe; one writer per output.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

class JsonWriter {
 public:
  // indent == 0 writes compact JSON (one line), otherwise pretty-prints with that many spaces.
  explicit JsonWriter(std::string* out, int indent = 0) : out_(out), indent_(indent) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);

  void String(std::string_view value);
  void Int(int64_t value);
  void Double(double value);
  void Bool(bool value);
  void Null();

  // Key followed by a value.
  void Field(std::string_view key, std::string_view value) { Key(key), String(value); }
  void Field(std::string_view key, const char* value) { Key(key), String(value); }
  void Field(std::string_view key, int64_t value) { Key(key), Int(value); }
  void Field(std::string_view key, int value) { Key(key), Int(value); }
  void Field(std::string_view key, uint32_t value) { Key(key), Int(value); }
  void Field(std::string_view key, size_t value) { Key(key), Int(static_cast<int64_t>(value)); }
  void Field(std::string_view key, double value) { Key(key), Double(value); }
  void Field(std::string_view key, bool value) { Key(key), Bool(value); }
  // Writes null when the value is empty.
  void FieldOrNull(std::string_view key, std::string_view value);

  // Appends text escaped as the inside of a JSON string (no quotes).
  static void Escape(std::string_view text, std::string* out);

 private:
  void BeforeValue();
  void NewLine();
  void Close(char bracket);

  std::string* out_;
  int indent_;
  // One entry per open container: true once it holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

}  // namespace corroborate
