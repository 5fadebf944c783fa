//! Data parallelism: rayon's parallel iterators with the `parallel` feature (on by default),
//! the same calls over plain iterators without it. Results are collected in order either way,
//! so the output does not depend on the feature or the number of threads.

#[cfg(feature = "parallel")]
pub(crate) use rayon::prelude::*;

#[cfg(not(feature = "parallel"))]
pub(crate) use sequential::*;

/// rayon's names for what the crate uses of it, one item after another.
#[cfg(not(feature = "parallel"))]
mod sequential {
    /// `slice.par_iter()`: the slice's iterator.
    pub(crate) trait ParallelSlice<T> {
        fn par_iter(&self) -> std::slice::Iter<'_, T>;
    }

    impl<T> ParallelSlice<T> for [T] {
        fn par_iter(&self) -> std::slice::Iter<'_, T> {
            self.iter()
        }
    }

    /// `slice.par_sort_unstable_by_key(f)`: the slice's sort.
    pub(crate) trait ParallelSliceMut<T> {
        fn par_sort_unstable_by_key<K: Ord>(&mut self, f: impl Fn(&T) -> K);
    }

    impl<T> ParallelSliceMut<T> for [T] {
        fn par_sort_unstable_by_key<K: Ord>(&mut self, f: impl Fn(&T) -> K) {
            self.sort_unstable_by_key(f);
        }
    }

    /// `x.into_par_iter()`: `x.into_iter()`.
    pub(crate) trait IntoParallelIterator: IntoIterator + Sized {
        fn into_par_iter(self) -> Self::IntoIter {
            self.into_iter()
        }
    }

    impl<I: IntoIterator> IntoParallelIterator for I {}

    /// `iter.map_init(init, f)`: one state, made once, for every item.
    pub(crate) trait MapInit: Iterator + Sized {
        fn map_init<S, R>(
            self,
            init: impl FnOnce() -> S,
            mut f: impl FnMut(&mut S, Self::Item) -> R,
        ) -> impl Iterator<Item = R> {
            let mut state = init();
            self.map(move |item| f(&mut state, item))
        }
    }

    impl<I: Iterator> MapInit for I {}
}
