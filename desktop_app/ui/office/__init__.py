"""The pages of the office's working day (issue 12): 待办与期限 with 督办 and 催办, 查询 with the 归档文件目录,
统计, the 会签/督办/归档 parts of the record view, and the barcode scanner. Each page is built the first
time it is shown (ui/lazy_page.py); each shows a registry face (docs/office.md) and adds no SQL."""
