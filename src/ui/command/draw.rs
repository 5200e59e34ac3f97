//! A command drawn as a menu entry or a button: its label, shortcut and tooltip; clicking it
//! queues the command.

use egui::{Atom, Button, RichText, Ui};

use super::Command;
use crate::ui::direction::{is_rtl, shown};

impl Command {
    /// The tooltip: what it does, and its shortcut (as a label shows it).
    pub fn tooltip(self, ctx: &egui::Context) -> String {
        let keys = self.shortcut_text(ctx);
        shown(if keys.is_empty() {
            self.description()
        } else {
            format!("{} ({keys})", self.description())
        })
    }

    /// A menu entry with the command's label and shortcut; queues the command when clicked.
    pub fn menu_item(self, ui: &mut Ui, enabled: bool, commands: &mut Vec<Command>) {
        self.menu_item_labelled(ui, &shown(self.label()), enabled, commands);
    }

    /// A menu entry with its own label (e.g. "Undo tag claim", as a label shows it), the
    /// command's shortcut (on the far side) and tooltip.
    pub fn menu_item_labelled(
        self,
        ui: &mut Ui,
        label: &str,
        enabled: bool,
        commands: &mut Vec<Command>,
    ) {
        let keys = self.shortcut_text(ui.ctx());
        let button = if keys.is_empty() {
            Button::new(label)
        } else if is_rtl() {
            Button::new((RichText::new(keys).weak(), Atom::grow(), label))
        } else {
            Button::new(label).shortcut_text(keys)
        };
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(shown(self.description()))
            .clicked()
        {
            commands.push(self);
        }
    }

    /// A button with the command's label and tooltip; queues the command when clicked.
    pub fn button(self, ui: &mut Ui, enabled: bool, commands: &mut Vec<Command>) {
        self.add_button(ui, Button::new(shown(self.label())), enabled, commands);
    }

    /// A button drawn as given (colours, a short label), with the command's tooltip.
    pub fn add_button(
        self,
        ui: &mut Ui,
        button: Button<'_>,
        enabled: bool,
        commands: &mut Vec<Command>,
    ) {
        let tooltip = self.tooltip(ui.ctx());
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(&tooltip)
            .on_disabled_hover_text(&tooltip)
            .clicked()
        {
            commands.push(self);
        }
    }
}
