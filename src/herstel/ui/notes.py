"""What `herstel pattern` and `herstel bio` ask: the method's reflection questions on one
situation, and the look back at a period of one's life."""

from __future__ import annotations

from herstel.core import entries
from herstel.ui.forms import Question, text_question


def pattern_questions() -> list[Question]:
    belief = entries.BELIEF
    return [
        text_question("situation", "--situation", required=True, ask="pattern.ask.situation"),
        text_question("behaviour", "--behaviour", ask="pattern.ask.behaviour"),
        text_question("consequence", "--consequence", ask="pattern.ask.consequence"),
        text_question("unnoticed", "--unnoticed", ask="pattern.ask.unnoticed"),
        Question(
            "belief", "--belief", "pattern.ask.belief",
            lambda v: belief.check(v, name="--belief"), choice=belief, label="pattern.belief.",
        ),
        text_question(
            "belief_text", "--belief-text", ask="pattern.ask.belief_text",
            asked_when=lambda values: values["belief"] == "other",
        ),
        text_question("new_behaviour", "--new-behaviour", ask="pattern.ask.new_behaviour"),
        text_question("reflection", "--reflection", ask="pattern.ask.reflection"),
    ]  # fmt: skip


def bio_questions() -> list[Question]:
    return [
        text_question("life_stage", "--life-stage", ask="bio.ask.life_stage"),
        text_question("text", "--text", ask="bio.ask.text"),
        text_question("drives", "--drives", ask="bio.ask.drives"),
        text_question("pattern", "--pattern", ask="bio.ask.pattern"),
    ]
