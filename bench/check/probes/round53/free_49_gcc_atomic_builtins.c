/* TRUTH: free — plain ints, but every concurrent access uses __atomic_* builtins */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_49_gcc_atomic_builtins.c", 4, "reach_error"); }
int seq;
int done_count;

void *ticker(void *arg) {
  for (int i = 0; i < 4; i++)
    __atomic_fetch_add(&seq, 1, __ATOMIC_RELAXED);
  __atomic_add_fetch(&done_count, 1, __ATOMIC_RELEASE);
  return 0;
}

void *watcher(void *arg) {
  int s = __atomic_load_n(&seq, __ATOMIC_RELAXED);
  int d = __atomic_load_n(&done_count, __ATOMIC_ACQUIRE);
  if (s > 8 || d > 2) reach_error();
  __atomic_store_n(&seq, s, __ATOMIC_RELAXED);
  return 0;
}

int main(void) {
  pthread_t a, b, w;
  pthread_create(&a, 0, ticker, 0);
  pthread_create(&b, 0, ticker, 0);
  pthread_create(&w, 0, watcher, 0);
  pthread_join(a, 0); pthread_join(b, 0); pthread_join(w, 0);
  return 0;
}
