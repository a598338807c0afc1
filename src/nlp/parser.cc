// Dependency parser: model file and parsing; training is in parser_train.cc, evaluation in
// parser_eval.cc. See parser.h.
#include "nlp/parser.h"

#include "nlp/parser_model.h"
#include "nlp/tagger.h"

namespace corroborate::nlp {
namespace {

constexpr char kKind[] = "parser";
constexpr char kWeights[] = "parser";
// Bumped whenever the feature templates or the class layout change: old models are refused.
constexpr uint32_t kFeatureVersion = 1;
constexpr uint32_t kMaxLabels = 1024;

}  // namespace

Parser::Parser() : impl_(std::make_unique<Impl>()) {}
Parser::~Parser() = default;
Parser::Parser(Parser&&) noexcept = default;
Parser& Parser::operator=(Parser&&) noexcept = default;

const std::vector<std::string>& Parser::labels() const { return impl_->labels; }
TransitionKind Parser::system() const { return impl_->kind; }
size_t Parser::num_features() const { return impl_->model.num_rows(); }
size_t Parser::num_weights() const { return impl_->model.num_weights(); }

Parser Parser::FromImpl(std::unique_ptr<Impl> impl) {
  Parser p;
  p.impl_ = std::move(impl);
  return p;
}

std::string Parser::Serialize(const std::vector<std::pair<std::string, std::string>>& meta) const {
  const Impl& m = *impl_;
  ModelWriter writer(kKind);
  ByteWriter config;
  config.U32(kFeatureVersion);
  config.U8(static_cast<uint8_t>(m.kind));
  config.U32(m.root_label);
  writer.AddSection("config", std::move(config.bytes()));
  ByteWriter labels;
  labels.U32(static_cast<uint32_t>(m.labels.size()));
  for (const std::string& l : m.labels) labels.String(l);
  writer.AddSection("labels", std::move(labels.bytes()));
  m.model.Save(kWeights, &writer);
  for (const auto& [key, value] : meta) writer.AddMeta(key, value);
  return writer.Serialize();
}

Status Parser::Save(const std::string& path,
                    const std::vector<std::pair<std::string, std::string>>& meta) const {
  return WriteFileAtomically(path, Serialize(meta));
}

Result<Parser> Parser::Load(const std::string& path) {
  Result<ModelFile> file = ModelFile::Load(path, kKind);
  if (!file.ok()) return file.status();
  return FromModelFile(*file);
}

Result<Parser> Parser::FromModelFile(const ModelFile& file) {
  auto impl = std::make_unique<Impl>();
  ByteReader config = file.Reader("config");
  uint32_t version = 0;
  uint8_t kind = 0;
  config.U32(&version);
  config.U8(&kind);
  config.U32(&impl->root_label);
  if (config.ok() && version != kFeatureVersion) {
    config.Fail("feature version " + std::to_string(version) + ", this build reads " +
                std::to_string(kFeatureVersion) + " (retrain with `corroborate train parser`)");
  }
  if (config.ok() && kind > static_cast<uint8_t>(TransitionKind::kArcEager)) {
    config.Fail("unknown transition system " + std::to_string(kind));
  }
  if (config.ok() && !config.AtEnd()) config.Fail("unexpected bytes at the end");
  if (!config.ok()) return file.Error(config.error());
  impl->kind = static_cast<TransitionKind>(kind);

  ByteReader labels = file.Reader("labels");
  uint32_t count = 0;
  labels.U32(&count);
  if (labels.ok() && (count == 0 || count > kMaxLabels)) {
    labels.Fail("bad label count " + std::to_string(count));
  }
  for (uint32_t i = 0; i < count && labels.ok(); ++i) {
    std::string label;
    labels.String(&label, 64);
    impl->labels.push_back(std::move(label));
  }
  if (labels.ok() && !labels.AtEnd()) labels.Fail("unexpected bytes at the end");
  if (labels.ok() && impl->root_label >= impl->labels.size()) {
    labels.Fail("root label " + std::to_string(impl->root_label) + " out of range");
  }
  if (!labels.ok()) return file.Error(labels.error());

  if (Status s = impl->model.Load(file, kWeights); !s.ok()) return s;
  const uint32_t classes = NumClasses(static_cast<uint32_t>(impl->labels.size()));
  if (impl->model.num_classes() != classes) {
    return file.Error("section '" + std::string(kWeights) +
                      ".rows': " + std::to_string(impl->model.num_classes()) +
                      " classes, the labels need " + std::to_string(classes));
  }
  return FromImpl(std::move(impl));
}

void Parser::Impl::Run(int32_t n, std::span<const ParserToken> tokens, ParseState* state,
                       std::vector<float>* scores) const {
  const TransitionSystem system = System();
  scores->resize(system.num_classes());
  uint64_t keys[kMaxParserFeatures];
  state->Init(n);
  while (!system.IsTerminal(*state)) {
    if (const int32_t forced = system.ForcedClass(*state); forced >= 0) {
      system.Apply(static_cast<uint32_t>(forced), state);
      continue;
    }
    const size_t count = ExtractParserFeatures(kind, *state, tokens, keys);
    model.ScoreKeys(std::span<const uint64_t>(keys, count), scores->data());
    system.Apply(system.BestValid(*state, scores->data()), state);
  }
}

void Parser::Parse(const ParserInput& input, ParsedSentence* out) const {
  const Impl& m = *impl_;
  const size_t n = input.words.size();
  PrepareParserTokens(input.words, input.upos, input.xpos, &out->tokens);
  m.Run(static_cast<int32_t>(n), out->tokens, &out->state, &out->scores);
  out->heads.resize(n);
  out->label_ids.resize(n);
  out->deprels.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const TokenState& t = out->state.token(static_cast<int32_t>(i + 1));
    out->heads[i] = t.head;
    out->label_ids[i] = t.label;
    out->deprels[i] = m.labels[t.label];
  }
}

void Parser::Parse(std::span<const std::string_view> words, const TaggedSentence& tags,
                   ParsedSentence* out) const {
  ParserInput input;
  input.words = words;
  input.upos = tags.upos;
  input.xpos = tags.xpos;
  Parse(input, out);
}

}  // namespace corroborate::nlp
