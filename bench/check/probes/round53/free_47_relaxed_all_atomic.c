/* TRUTH: free — every concurrent access to hits and flag is a C11 atomic op (relaxed); atomics never form data races */
#include <pthread.h>
#include <stdatomic.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_47_relaxed_all_atomic.c", 5, "reach_error"); }
atomic_int hits;
atomic_int flag;

void *a(void *arg) {
  atomic_fetch_add_explicit(&hits, 1, memory_order_relaxed);
  atomic_store_explicit(&flag, 1, memory_order_relaxed);
  return NULL;
}
void *b(void *arg) {
  if (atomic_load_explicit(&flag, memory_order_relaxed))
    atomic_fetch_add_explicit(&hits, 1, memory_order_relaxed);
  return NULL;
}

int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, a, NULL);
  pthread_create(&y, NULL, b, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  if (atomic_load(&hits) > 2) reach_error();
  return 0;
}
