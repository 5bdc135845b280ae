#pragma once

// ①──②──③ : the three steps of the method, the current one filled, each with
// its gate progress underneath. Focusable, with an accessible description.

#include "core/Types.h"

#include <QWidget>

#include <array>

namespace accord::gui {

class StepIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit StepIndicator(QWidget* parent = nullptr);
    struct Step
    {
        int met = 0;
        int total = 0;
    };
    void setState(core::Stage current, const std::array<Step, 3>& steps);
    core::Stage current() const { return m_current; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    core::Stage m_current = core::Stage::Informative;
    std::array<Step, 3> m_steps{};
};

} // namespace accord::gui
