"""Documents made from the register: Excel workbooks, PDF memos, iCalendar files."""
