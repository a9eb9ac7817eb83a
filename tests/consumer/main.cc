// Validates one request with the installed library; exits 0 when the report is as expected.
#include <shapeguard/shapeguard.h>

#include <iostream>

int main() {
  auto catalog = shapeguard::Catalog::Builtin();
  if (!catalog.ok()) return 2;
  auto schema = catalog->GetSchema("apigatewayv2.CreateStage", shapeguard::Direction::kInput);
  if (!schema.ok()) return 2;
  shapeguard::Report report = schema.value()->Validate({{"ApiId", "a1b2c3"}});
  for (const auto& d : report.errors) std::cout << d.path << " " << CodeName(d.code) << "\n";
  bool expected = report.errors.size() == 1 && report.errors[0].path == "/StageName" &&
                  report.errors[0].code == shapeguard::Code::kRequired;
  return expected ? 0 : 1;
}
