/* TRUTH: free. add() called on &a by one thread and &b by the other. */
#include <pthread.h>
static int a, b;
static inline void add(int *p, int d) { *p += d; }
static void *wa(void *v) { (void)v; add(&a, 1); return NULL; }
static void *wb(void *v) { (void)v; add(&b, 1); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wa, NULL);
  pthread_create(&t2, NULL, wb, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return a + b;
}
