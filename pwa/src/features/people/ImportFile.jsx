// Choosing the CSV: the file input (keyboard and screen readers), or a file
// dropped anywhere on the box.
import { useRef, useState } from 'preact/hooks';

export function ImportFile({ file, onFile }) {
  const [over, setOver] = useState(false);
  const input = useRef(null);
  // A dropped file isn't in the input, which shows only what it chose itself.
  const dropped = file && input.current && input.current.files[0] !== file;
  const drop = (event) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <div
      class={`import-drop${over ? ' is-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label for="import-file">CSV file</label>
      <p class="field-hint" id="import-file-hint">
        Choose the file, or drop it here.
      </p>
      <input
        id="import-file"
        type="file"
        accept=".csv,text/csv"
        aria-describedby="import-file-hint"
        ref={input}
        onChange={(event) => onFile(event.currentTarget.files[0] || null)}
      />
      {dropped && <p class="import-file-name">Dropped: {file.name}</p>}
    </div>
  );
}
