// A modal dialog for the Teams screen (New team, Merge into…), starting on
// its first field.
import { Sheet } from '../../components/Sheet.jsx';

export function Dialog({ id, title, description, onClose, children }) {
  return (
    <Sheet id={id} title={title} description={description} className="teams-dialog" focusFirst onClose={onClose}>
      {children}
    </Sheet>
  );
}
