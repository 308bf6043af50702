/* TRUTH: racy — producer sets plain int 'ready' that the consumer spins on; ready and payload are unsynchronized */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int payload;
int ready;

void *producer(void *arg) {
  payload = 99;
  ready = 1;
  return 0;
}

void *consumer(void *arg) {
  while (!ready) {}
  if (payload != 99) reach_error();
  return 0;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&c, 0, consumer, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
