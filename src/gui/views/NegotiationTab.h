#pragma once

// Stage 3 workspace: the negotiation worksheet (BATNAs, interests, criteria,
// stance), the four levers, the tradables, a live win-win check, and the
// agreement (summary and signed date) that leads to Partnership.

#include "core/WinWin.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSlider;
class QTableView;

namespace accord::gui {

class Session;
class LeverModel;
class TradableModel;
class CommitTextEdit;
class GatePanel;
class WorkspaceSection;

class NegotiationTab : public QWidget
{
    Q_OBJECT
public:
    explicit NegotiationTab(Session& session, QWidget* parent = nullptr);
    void setProspect(core::Id id);
    LeverModel* leverModel() const { return m_levers; }
    TradableModel* tradableModel() const { return m_tradables; }
    /// What the win-win panel shows now.
    const core::WinWinCheck& winWin() const { return m_check; }

    void addTradable();
    static QString stanceName(int stance);

private:
    QGroupBox* buildWorksheet();
    QGroupBox* buildAgreement();
    QGroupBox* buildLevers();
    WorkspaceSection* buildTradables();
    void reloadWorksheet();
    void commitWorksheet();
    void reloadAgreement();
    void commitAgreement();
    void updateWinWin();

    Session& m_session;
    core::Id m_id = core::kNoId;
    LeverModel* m_levers;
    TradableModel* m_tradables;
    CommitTextEdit* m_ourBatna;
    CommitTextEdit* m_theirBatna;
    CommitTextEdit* m_theirInterests;
    CommitTextEdit* m_ourInterests;
    CommitTextEdit* m_criteria;
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
    QTableView* m_tradableView;
    CommitTextEdit* m_summary;
    QCheckBox* m_signed;
    QDateEdit* m_signedOn;
    GatePanel* m_gate;
    core::WinWinCheck m_check;
    bool m_loading = false;
};

} // namespace accord::gui
