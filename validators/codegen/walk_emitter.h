// Writes the C++ of compiled walks (validators/src/compiled_walk.h): for each schema, a
// function per structure, list and map node it can walk itself, and the entry function.
// Node functions take their node as an argument, so the many operations of a service that
// share shapes (a resource returned by its Create, Get and Update) share their functions:
// a source defines each distinct function body once.
#ifndef SHAPEGUARD_CODEGEN_WALK_EMITTER_H_
#define SHAPEGUARD_CODEGEN_WALK_EMITTER_H_

#include <cstddef>
#include <map>
#include <string>

#include "program.h"
#include "shape_graph.h"

namespace shapeguard::codegen {

// The walks of one generated source.
class WalkSource {
 public:
  // Adds the walk of the schema rooted at `root`, its entry function named `entry`
  // (external linkage), introduced by the comment line `about`.
  void Add(const internal::Program& program, const internal::Slot& root,
           const internal::ShapeGraph& graph, const std::string& entry, const std::string& about);

  // The source's text inside namespace shapeguard::internal: the node functions (declared,
  // then defined, in an anonymous namespace), then the entry functions.
  std::string Text() const;

  std::size_t NodeFunctions() const { return functions_; }

  // Defines a node function of this body under `name`, or, when `name` is empty, under the
  // name of an earlier function of the same body or a new one; returns the name.
  std::string Define(const std::string& body, std::string name, const std::string& shape);

 private:
  std::map<std::string, std::string> by_body_;  // function body -> its name
  std::string declarations_, definitions_, entries_;
  std::size_t functions_ = 0;
};

}  // namespace shapeguard::codegen

#endif  // SHAPEGUARD_CODEGEN_WALK_EMITTER_H_
