/* TRUTH: racy — only thread 0 waits on the 2-count barrier (thread 1's wait is under `if (id == 0)`), so thread 0 blocks forever but thread 1 reads cells[0] with no ordering against thread 0's earlier write `cells[2*id] = ...`. */
#include <pthread.h>
static pthread_barrier_t bar;
static int cells[2];
static int out[2];
static void *w(void *p) {
  long id = (long)p;
  cells[id] = (int)id + 1;
  if (id == 0) pthread_barrier_wait(&bar);
  out[id] = cells[1 - id];
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_barrier_init(&bar, 0, 2);
  pthread_create(&x, 0, w, (void *)0);
  pthread_create(&y, 0, w, (void *)1);
  pthread_join(y, 0);
  return out[1];
}
