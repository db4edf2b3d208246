// An invitation or reset link that cannot be used: the server's reason
// (expired, already used, withdrawn) and the way forward.
export function LinkProblem({ title, error, children }) {
  return (
    <>
      <h1>{title}</h1>
      <p class="form-error" role="alert">
        {error.message}
      </p>
      {children}
      <a class="btn btn-secondary btn-block" href="#/feed">
        Go to log in
      </a>
    </>
  );
}
