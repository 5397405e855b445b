"""Reading existing registers (.xlsx, .xls, .ods): safely, previewed, all or nothing.

``reading`` refuses hostile files and reads rows with python-calamine;
``headers`` finds the header row and maps columns; ``values`` parses what
registrars typed; ``preview`` says per row what would happen; ``report``
writes the rejected rows to Excel. ``services.imports.apply_import`` writes.
"""
