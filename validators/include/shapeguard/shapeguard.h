// shapeguard: validates AWS API requests and responses against their contracts.
//
//   auto catalog = shapeguard::Catalog::Builtin();
//   auto schema = catalog->GetSchema("apigatewayv2.CreateStage", shapeguard::Direction::kInput);
//   shapeguard::Report report = (*schema)->Validate(document);
#ifndef SHAPEGUARD_SHAPEGUARD_H_
#define SHAPEGUARD_SHAPEGUARD_H_

#include "shapeguard/catalog.h"
#include "shapeguard/diagnostic.h"
#include "shapeguard/document_source.h"
#include "shapeguard/json_pointer.h"
#include "shapeguard/operation.h"
#include "shapeguard/report.h"
#include "shapeguard/result.h"
#include "shapeguard/schema.h"
#include "shapeguard/timestamp_format.h"

#endif  // SHAPEGUARD_SHAPEGUARD_H_
