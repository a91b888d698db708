import streamlit as st
from jimo_data.views.state import context
ctx = context()
st.title(ctx.t("page_projects"))
