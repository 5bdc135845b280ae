#pragma once

// Pipeline-wide settings kept in the store (shared by everyone on the file):
// stale thresholds, stage probabilities for weighted value, the currency.

#include "Store.h"

#include <array>

namespace accord::core {

struct PipelineSettings
{
    std::array<int, 3> staleDays{14, 21, 10};               // stages 1–3
    std::array<int, 4> probabilityPercent{10, 30, 60, 100}; // stages 1–4
    QString currency = QStringLiteral("USD");

    int staleDaysFor(Stage s) const;
    int probabilityFor(Stage s) const { return probabilityPercent[static_cast<int>(s) - 1]; }

    static PipelineSettings load(SettingsRepository& repo);
    void save(SettingsRepository& repo) const;
};

} // namespace accord::core
