// Your level and how far it is to the next one ("140 / 300 pts to Advocate").
import { ProgressBar } from './ProgressBar.jsx';

export function LevelProgress({ level }) {
  // Neither a level nor a next one: the programme has no levels configured.
  if (!level || (!level.level && !level.next_level)) return null;
  const caption = level.next_level
    ? `${level.points} / ${level.next_threshold} pts to ${level.next_level}`
    : `Top level reached · ${level.points} pts`;
  return (
    <div class="progress-card">
      <p class="progress-label">Level</p>
      {level.level ? (
        <p class="level-name" data-testid="level-name">
          {level.level}
        </p>
      ) : (
        <p class="level-name is-none">No level yet</p>
      )}
      {level.next_level && (
        <ProgressBar value={level.progress} label={`Progress to ${level.next_level}`} valueText={caption} />
      )}
      <p class="progress-caption">{caption}</p>
    </div>
  );
}
