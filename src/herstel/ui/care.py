"""The calm word on a very hard day, as said after a check-in or a signal (docs/insights.md)."""

from __future__ import annotations

from herstel.application.care import CareLine
from herstel.i18n import t


def care_line(care: CareLine) -> str:
    """The calm word on a very hard day: whom to turn to, the crisis line last."""
    coach = care.coach or t("care.your_coach")
    doctor = (
        t("care.company_doctor_named", name=care.company_doctor)
        if care.company_doctor
        else t("care.company_doctor")
    )
    return t(
        "care.line",
        opening=t(f"care.opening.{care.reason}"),
        coach=coach,
        company_doctor=doctor,
        crisis_line=care.crisis_line,
    )
