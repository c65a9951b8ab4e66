const urlPattern = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)])/g;

export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(urlPattern);
  return (
    <p className="text-sm break-words whitespace-pre-wrap text-zinc-700">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="font-medium break-all text-accent-700 underline underline-offset-2">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}
