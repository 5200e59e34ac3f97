//! egui widgets of the app: the article view, the annotation list and form, and colours.
//! They read state and return what the user did; they never change the model themselves.

pub mod annotation_editor;
pub mod annotation_list;
pub mod article_view;
pub mod block_layout;
pub mod colors;
pub mod command;
pub mod compare_panel;
pub mod desk_panel;
pub mod direction;
pub mod errors;
pub mod fonts;
pub mod list_row;
pub mod review_table;
pub mod seen_before;
pub mod suggestion_list;
pub mod text_block;
