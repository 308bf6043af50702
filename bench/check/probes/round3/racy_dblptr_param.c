/* TRUTH: racy. inc() writes g through int** (gp = &g); main writes g after create,
   without lock; thread's write is unlocked too. */
#include <pthread.h>
int g;
int *gp = &g;
static void inc(int **pp) { (**pp)++; }
static void *worker(void *arg) { (void)arg; inc(&gp); return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 5;
  pthread_join(t, NULL);
  return g;
}
