/* TRUTH: racy. static inline add() writes *p; both threads call add(&g) unlocked. */
#include <pthread.h>
static int g;
static inline void add(int *p, int d) { *p += d; }
static void *w(void *v) { add(&g, (int)(long)v); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, (void *)1);
  pthread_create(&t2, NULL, w, (void *)2);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
