#include "ProspectColumns.h"

namespace accord::storage {

using namespace accord::core;

Stage stageAt(const Statement& st, int column)
{
    const int v = st.integer(column);
    return v >= 1 && v <= kStageCount ? static_cast<Stage>(v) : Stage::Informative;
}

Prospect readProspect(const Statement& st)
{
    Prospect p;
    p.id = st.id(0);
    p.name = st.text(1);
    p.industry = st.text(2);
    p.segment = st.text(3);
    p.website = st.text(4);
    p.owner = st.text(5);
    p.stage = stageAt(st, 6);
    p.status = statusFromKey(st.text(7)).value_or(Status::Active);
    p.value.minor = st.int64(8);
    p.value.currency = st.text(9);
    p.lostReason = st.text(10);
    p.nextStep = st.text(11);
    p.nextStepDue = st.date(12);
    p.createdAt = st.time(13);
    p.updatedAt = st.time(14);
    p.stageEnteredAt = st.time(15);
    p.deletedAt = st.time(16);
    p.signedOn = st.date(17);
    p.agreementSummary = st.text(18);
    return p;
}

void bindProspect(Statement& st, const Prospect& p)
{
    st.bindId(1, p.id)
        .bind(2, p.name)
        .bind(3, p.industry)
        .bind(4, p.segment)
        .bind(5, p.website)
        .bind(6, p.owner)
        .bind(7, static_cast<int>(p.stage))
        .bind(8, statusKey(p.status))
        .bind(9, p.value.minor)
        .bind(10, p.value.currency)
        .bind(11, p.lostReason)
        .bind(12, p.nextStep)
        .bindDate(13, p.nextStepDue)
        .bindTime(14, p.createdAt)
        .bindTime(15, p.updatedAt)
        .bindTime(16, p.stageEnteredAt)
        .bindTime(17, p.deletedAt)
        .bindDate(18, p.signedOn)
        .bind(19, p.agreementSummary);
}

} // namespace accord::storage
