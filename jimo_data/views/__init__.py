"""The dashboard's Streamlit layer: one module per page, shared widgets and state.

Only this subpackage imports streamlit; the rest of `jimo_data` never does.
"""
