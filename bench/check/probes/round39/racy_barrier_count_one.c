/* TRUTH: racy — the barrier is initialized with count 1, so each wait returns at once: thread 0's read of cells[2..3] races with thread 1's writes of them. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static pthread_barrier_t bar;
static int cells[4];
static int result[2];
static void *phase_worker(void *arg) {
  long id = (long)arg;
  cells[2 * id] = (int)id + 1;
  cells[2 * id + 1] = (int)id + 1;
  pthread_barrier_wait(&bar);
  result[id] = cells[2 * (1 - id)] + cells[2 * (1 - id) + 1];
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_barrier_init(&bar, NULL, 1);
  pthread_create(&a, NULL, phase_worker, (void *)0);
  pthread_create(&b, NULL, phase_worker, (void *)1);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (result[0] != 4 || result[1] != 2) reach_error();
  return 0;
}
