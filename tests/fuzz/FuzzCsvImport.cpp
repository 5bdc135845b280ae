// libFuzzer target: the CSV reader and the CRM import planner (mapping guessed
// from the header). Bad files must end in InputError / ValidationError.

#include "core/io/CrmImport.h"
#include "core/io/Csv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace accord::core;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        CsvReadOptions read;
        read.maxFieldBytes = 4096;
        const CsvTable table = readCsv(bytes, read);
        for (const QStringList& row : table.rows)
            if (row.size() != table.header.size())
                __builtin_trap(); // rows are padded to the header's width
        CsvImportOptions options;
        options.mapping = guessMapping(table.header);
        options.now = QDateTime(QDate(2026, 6, 15), QTime(12, 0), QTimeZone::utc());
        options.zone = QTimeZone::utc();
        options.dateOrder = static_cast<DateOrder>(size % 4); // each order, by the input's length
        const CsvImportPlan plan = planCsvImport(table, options);
        (void)plan.report.text(true);
        // What we write, we read back identically (writeCsv separates by commas).
        const QByteArray again = writeCsv(table.header, table.rows, {false, false});
        read.separator = ',';
        const CsvTable reread = readCsv(again, read);
        // (A one-column file's empty row writes as a blank line, which reads as no row.)
        if (reread.header != table.header ||
            (table.header.size() > 1 && reread.rows.size() != table.rows.size()))
            __builtin_trap();
    } catch (const ValidationError&) {
    }
    return 0;
}
