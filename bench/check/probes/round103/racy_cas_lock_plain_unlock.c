/* TRUTH: racy — lock taken with __sync_bool_compare_and_swap but released with a plain store 'lk = 0' that races with the other thread's CAS */
#include <pthread.h>

int lk;
int shared_val;

void *worker(void *arg) {
  while (!__sync_bool_compare_and_swap(&lk, 0, 1)) {}
  shared_val++;
  lk = 0;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return shared_val;
}
