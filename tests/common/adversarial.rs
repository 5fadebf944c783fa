//! Generators of adversarial articles, each about `size` bytes, shared by
//! `tests/adversarial.rs` and `examples/adversarial.rs`.

/// Repeats `unit` until the text is at least `size` bytes.
fn repeat_to(unit: &str, size: usize) -> String {
    unit.repeat(size / unit.len().max(1) + 1)
}

/// One line of real-looking Vietnamese sentences, no line break at all.
pub fn long_line(size: usize) -> String {
    repeat_to(
        "Ông Peskov cho biết quân đội Nga đã liên lạc với cả hai bên. Azerbaijan phủ nhận cáo buộc này. ",
        size,
    )
}

/// Opening quotation marks that never close, among words.
pub fn unbalanced_quotes(size: usize) -> String {
    repeat_to("“Nga cho biết “không ", size)
}

/// Quotation marks nested ever deeper: “ ‘ « » repeated, all opening first.
pub fn nested_quotes(size: usize) -> String {
    let half = size / 2;
    let mut s = repeat_to("“‘«", half);
    s.push_str(" ông Lavrov nói ");
    s.push_str(&repeat_to("»’”", half));
    s
}

/// Nothing but cue words.
pub fn cue_words(size: usize) -> String {
    repeat_to(
        "cho biết tuyên bố cáo buộc phủ nhận kêu gọi nói rằng khẳng định cảnh báo ",
        size,
    )
}

/// Sentences with NUL bytes inside words and between them.
pub fn nul_bytes(size: usize) -> String {
    repeat_to("Ông\0 Peskov cho\0biết \0Nga sẵn sàng.\0\n", size)
}

/// A whole article in decomposed form (NFD), as some BBC pages are.
pub fn all_nfd(size: usize) -> String {
    use unicode_normalization::UnicodeNormalization;
    repeat_to(
        "Bộ Quốc phòng Azerbaijan cho biết đã bắn hạ 3 máy bay. Armenia phủ nhận điều đó.\n",
        size,
    )
    .nfd()
    .collect()
}
