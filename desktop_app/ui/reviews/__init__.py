"""The Reviews due page (R3): a flat table model of month groups, read a screen at a time.

``model.ReviewsDueModel`` holds the ordered ids and reads rows as they are
shown; ``view.ReviewsDueView`` draws group rows as headings that open and
close; ``page.ReviewsDuePage`` puts the list above the timeline.
"""
