/* TRUTH: free — both threads increment hits with __atomic_fetch_add (atomic accesses do not race) */
#include <pthread.h>
int hits;
void *f1(void *a) { __atomic_fetch_add(&hits, 1, __ATOMIC_SEQ_CST); return 0; }
void *f2(void *a) { __atomic_fetch_add(&hits, 1, __ATOMIC_RELAXED); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return hits;
}
