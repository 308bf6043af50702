/* TRUTH: free — payload is written before a release store of ready; reader reads payload only after an acquire load returns 1 (synchronizes-with) */
#include <pthread.h>
#include <stdlib.h>
extern void abort(void);
void reach_error(void) { abort(); }
void assume_abort_if_not(int cond) { if (!cond) abort(); }

int payload[4];
int ready;

void *producer(void *arg) {
  int i;
  for (i = 0; i < 4; i++)
    payload[i] = i * i;
  __atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
  return NULL;
}

void *consumer(void *arg) {
  int r = __atomic_load_n(&ready, __ATOMIC_ACQUIRE);
  assume_abort_if_not(r == 1);
  if (payload[3] != 9) reach_error();
  return NULL;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
