#pragma once

// A prospect summary as a printable PDF: the locale's paper size, the name and
// the three-step progress on the first page, the sections of the summary
// document below, page numbers on every page.

#include "core/io/Summary.h"

#include <QByteArray>
#include <QLocale>
#include <QPageSize>

namespace accord::report {

struct SummaryPdfOptions
{
    QLocale locale = QLocale();
    std::optional<QPageSize::PageSizeId> pageSize; // default: from the locale
};

QByteArray summaryPdf(const core::SummaryDocument& doc, const SummaryPdfOptions& options = {});

/// summaryPdf written through QSaveFile; throws StoreError when it cannot be written.
void writeSummaryPdf(const QString& path, const core::SummaryDocument& doc,
                     const SummaryPdfOptions& options = {});

} // namespace accord::report
