// racy: one thread uses __atomic_fetch_add on hits, the other does a plain hits++.
#include <pthread.h>
int hits;
void *wa(void *a) { __atomic_fetch_add(&hits, 1, __ATOMIC_SEQ_CST); return 0; }
void *wb(void *a) { hits++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wa, 0);
  pthread_create(&b, 0, wb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits;
}
