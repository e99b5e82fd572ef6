/** What the marks in the article's text mean. */
export function Legend() {
  return (
    <p className="legend" aria-label="Legend">
      <span className="status st-open"><span aria-hidden="true">○</span> open</span>
      <span className="status st-verified"><span aria-hidden="true">✓</span> verified</span>
      <span className="status st-disputed"><span aria-hidden="true">✗</span> disputed</span>
      <span className="status st-unsupported"><span aria-hidden="true">?</span> unsupported</span>
    </p>
  );
}
