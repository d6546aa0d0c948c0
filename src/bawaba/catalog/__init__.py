"""The system of record: CPSV-AP domain model, storage, import and export."""
