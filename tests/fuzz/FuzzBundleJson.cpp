// libFuzzer target: core::bundleFromJson over arbitrary JSON text. Bad input
// must end in ValidationError; anything else escaping is a finding.

#include "core/Bundle.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const nlohmann::json j = nlohmann::json::parse(data, data + size, nullptr, false);
    if (j.is_discarded())
        return 0;
    try {
        const accord::core::ProspectBundle b = accord::core::bundleFromJson(j);
        // A parsed bundle writes back to JSON that parses to the same bundle.
        if (accord::core::bundleFromJson(accord::core::toJson(b)) != b)
            __builtin_trap();
    } catch (const accord::core::ValidationError&) {
    }
    return 0;
}
