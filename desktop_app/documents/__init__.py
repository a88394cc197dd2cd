"""PDF and spreadsheet documents. They render frozen data; they never compute prices."""
