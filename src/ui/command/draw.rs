//! A command drawn as a menu entry or a button: its label, shortcut and tooltip; clicking it
//! queues the command.

use egui::{Button, Ui};

use super::Command;

impl Command {
    /// The tooltip: what it does, and its shortcut.
    pub fn tooltip(self, ctx: &egui::Context) -> String {
        let keys = self.shortcut_text(ctx);
        if keys.is_empty() {
            self.description()
        } else {
            format!("{} ({keys})", self.description())
        }
    }

    /// A menu entry with the command's label and shortcut; queues the command when clicked.
    pub fn menu_item(self, ui: &mut Ui, enabled: bool, commands: &mut Vec<Command>) {
        self.menu_item_labelled(ui, &self.label(), enabled, commands);
    }

    /// A menu entry with its own label (e.g. "Undo tag claim"), the command's shortcut and
    /// tooltip.
    pub fn menu_item_labelled(
        self,
        ui: &mut Ui,
        label: &str,
        enabled: bool,
        commands: &mut Vec<Command>,
    ) {
        let keys = self.shortcut_text(ui.ctx());
        let mut button = Button::new(label);
        if !keys.is_empty() {
            button = button.shortcut_text(keys);
        }
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(self.description())
            .clicked()
        {
            commands.push(self);
        }
    }

    /// A button with the command's label and tooltip; queues the command when clicked.
    pub fn button(self, ui: &mut Ui, enabled: bool, commands: &mut Vec<Command>) {
        self.add_button(ui, Button::new(self.label()), enabled, commands);
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
