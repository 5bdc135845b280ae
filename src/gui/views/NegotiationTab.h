#pragma once

// Stage 3 workspace: the negotiation worksheet (BATNAs, interests, criteria,
// stance), the four levers, the tradables, a live win-win check, and the
// agreement (summary and signed date) that leads to Partnership.

#include "WorkspaceTab.h"
#include "core/WinWin.h"

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSlider;
class QTableView;

namespace accord::gui {

class LeverModel;
class TradableModel;
class CommitTextEdit;
class WorkspaceSection;

class NegotiationTab : public WorkspaceTab
{
    Q_OBJECT
public:
    explicit NegotiationTab(Session& session, QWidget* parent = nullptr);
    /// What the win-win panel shows now.
    const core::WinWinCheck& winWin() const { return m_check; }

private:
    static QString stanceName(int stance);
    void prospectShown() override;
    QGroupBox* buildWorksheet();
    QGroupBox* buildAgreement();
    QGroupBox* buildLevers();
    WorkspaceSection* buildTradables();
    void reloadWorksheet();
    void commitWorksheet();
    /// The prospect on show, for its agreement; nullopt when it could not be read.
    std::optional<core::Prospect> readAgreement();
    void reloadAgreement();
    void commitAgreement();
    void updateWinWin();
    void addTradable();

    LeverModel* m_levers;
    TradableModel* m_tradables;
    CommitTextEdit* m_ourBatna;
    CommitTextEdit* m_theirBatna;
    CommitTextEdit* m_theirInterests;
    CommitTextEdit* m_ourInterests;
    CommitTextEdit* m_criteria;
    /// The worksheet's text boxes and the members they show.
    std::vector<std::pair<CommitTextEdit*, QString core::Negotiation::*>> m_sheetTexts;
    QSlider* m_stance;
    QLabel* m_stanceLabel;
    QTableView* m_leverView;
    QLabel* m_winWinSummary;
    QLabel* m_winWinWarnings;
    QWidget* m_winWinPanel;
    QComboBox* m_side;
    QLineEdit* m_item;
    QLineEdit* m_value;
    QLineEdit* m_cost;
    CommitTextEdit* m_summary;
    QCheckBox* m_signed;
    QDateEdit* m_signedOn;
    core::WinWinCheck m_check;
    bool m_loading = false;
};

} // namespace accord::gui
