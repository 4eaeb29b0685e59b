"""Goal documents as .xlsx workbooks: export, import, checking at cells (docs/workbook.md)."""
