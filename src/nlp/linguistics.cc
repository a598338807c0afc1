// Loading the model bundle; see linguistics.h.
#include "nlp/linguistics.h"

#include <utility>

#include "nlp/model_paths.h"

namespace corroborate::nlp {
namespace {

// Finds `file_name` in the models directory and loads it with Model::Load.
template <typename Model>
Status LoadOne(const std::string& dir_option, const char* file_name, Model* out) {
  Result<std::string> path = FindModelFile(dir_option, file_name);
  if (!path.ok()) return path.status();
  Result<Model> model = Model::Load(*path);
  if (!model.ok()) return model.status();
  *out = std::move(model).value();
  return Status::Ok();
}

}  // namespace

Result<Linguistics> Linguistics::Load(const std::string& models_dir_option) {
  Result<std::string> dir = FindModelsDir(models_dir_option);
  if (!dir.ok()) return dir.status();
  Linguistics models;
  models.dir_ = *dir;
  if (Status s = LoadOne(*dir, "tagger.bin", &models.tagger_); !s.ok()) return s;
  if (Status s = LoadOne(*dir, "parser.bin", &models.parser_); !s.ok()) return s;
  if (Status s = LoadOne(*dir, "ner.bin", &models.ner_); !s.ok()) return s;
  if (Status s = LoadOne(*dir, "places.bin", &models.places_); !s.ok()) return s;
  if (Result<std::string> path = FindModelFile(*dir, "sentences.bin"); path.ok()) {
    Result<SentenceModel> sentences = SentenceModel::Load(*path);
    if (!sentences.ok()) return sentences.status();
    models.sentences_.emplace(std::move(sentences).value());
  }
  if (Result<std::string> path = FindModelFile(*dir, "lexicon.bin"); path.ok()) {
    Result<Lexicon> lexicon = Lexicon::Load(*path);
    if (!lexicon.ok()) return lexicon.status();
    models.lexicon_.emplace(std::move(lexicon).value());
  }
  return models;
}

}  // namespace corroborate::nlp
