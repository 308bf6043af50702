/* TRUTH: racy — arg struct points at a second mutex gm2, so thread b's total++ is not excluded from thread a's */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER, gm2 = PTHREAD_MUTEX_INITIALIZER;
long total;
struct arg { pthread_mutex_t *lk; long *dst; };
static void *a(void *x) { for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&gm); total++; pthread_mutex_unlock(&gm); } return 0; }
static void *b(void *x) { struct arg *g = x; for (int i = 0; i < 1000; i++) { pthread_mutex_lock(g->lk); (*g->dst)++; pthread_mutex_unlock(g->lk); } return 0; }
int main(void) {
  pthread_t t1, t2; struct arg g = { &gm2, &total };
  pthread_create(&t1, 0, a, 0); pthread_create(&t2, 0, b, &g);
  pthread_join(t1, 0); pthread_join(t2, 0);
  printf("%ld\n", total);
  return 0;
}
