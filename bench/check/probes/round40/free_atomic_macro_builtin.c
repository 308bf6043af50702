/* TRUTH: free — atomic_inc is a user macro expanding to __atomic_add_fetch: both increments of g (line 5) are atomic. */
#include <pthread.h>
#define atomic_inc(p) __atomic_add_fetch((p), 1, __ATOMIC_SEQ_CST)
int g;
void *w(void *x) { atomic_inc(&g); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
