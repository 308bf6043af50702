/* TRUTH: racy — after the barrier both threads write cell[0]; the barrier orders phase 1 only, not the two phase-2 writes */
#include <pthread.h>

pthread_barrier_t bar;
int cell[2];

void *phase(void *arg) {
  long id = (long)arg;
  cell[id] = (int)id;
  pthread_barrier_wait(&bar);
  cell[0] = cell[0] + cell[1];
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_barrier_init(&bar, 0, 2);
  pthread_create(&a, 0, phase, (void *)0L);
  pthread_create(&b, 0, phase, (void *)1L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  pthread_barrier_destroy(&bar);
  return cell[0];
}
