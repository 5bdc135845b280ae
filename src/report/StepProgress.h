#pragma once

// The method's three steps drawn as ①──②──③ with the current step filled and
// each step's gate progress under it: the same picture on paper as in the
// prospect header on screen.

#include "core/io/Summary.h"

#include "PdfPages.h"

class QPainter;
class QRectF;

namespace accord::report {

void drawStepProgress(QPainter& painter, const QRectF& rect,
                      const std::vector<core::StepProgress>& steps, const PageGeometry& geometry);

} // namespace accord::report
