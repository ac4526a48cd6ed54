// Merging facts into claims; internal to dataset/.
#ifndef TWINMAP_DATASET_CLAIMS_H_
#define TWINMAP_DATASET_CLAIMS_H_

#include <string>
#include <vector>

#include "extract/extract.h"

namespace twinmap::dataset {

struct Claim {
  std::string id;  // "claim:" + 16 hex of the SHA-256 of its content
  extract::Fact fact;
  std::vector<extract::Provenance> provenance;  // sorted
  std::string rank;  // preferred | normal
};

// Claims sorted by id.
std::vector<Claim> MergeFacts(const std::vector<extract::PageFacts>& pages);
std::string ClaimLine(const Claim& claim);
std::string TraceLine(const extract::TraceRecord& record);
std::string ResolutionLine(const extract::ResolutionRecord& record);

}  // namespace twinmap::dataset

#endif  // TWINMAP_DATASET_CLAIMS_H_
