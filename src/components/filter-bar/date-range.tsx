/** From and To, as the browser's own date fields, bounded by the corpus's span. */
export function DateRange(props: {
  id: string
  from: string | undefined
  to: string | undefined
  span: { from: string; to: string } | null | undefined
  onChange: (patch: { from?: string; to?: string }) => void
}) {
  const { id, from, to, span, onChange } = props
  const min = span?.from.slice(0, 10)
  const max = span?.to.slice(0, 10)
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" min={min} max={max} value={from ?? ''} onChange={(e) => onChange({ from: e.target.value || undefined })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" min={min} max={max} value={to ?? ''} onChange={(e) => onChange({ to: e.target.value || undefined })} />
      </div>
    </>
  )
}
