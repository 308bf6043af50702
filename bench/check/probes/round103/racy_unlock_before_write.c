/* TRUTH: racy — read of 'seq' is locked but the write-back happens after the unlock */
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int seq;

void *next_id(void *arg) {
  pthread_mutex_lock(&m);
  int s = seq;
  pthread_mutex_unlock(&m);
  seq = s + 1;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, next_id, 0);
  pthread_create(&b, 0, next_id, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return seq;
}
