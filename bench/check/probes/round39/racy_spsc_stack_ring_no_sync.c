/* TRUTH: racy — unsynchronized SPSC ring on main's stack: main hands the consumer `ring + 0` and then fills the slots with no semaphore or flag; the consumer's reads of r[i] race with main's writes `ring[i] = i + 1`. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static long consumed;
static void *consumer(void *arg) {
  int *r = arg;
  long s = 0;
  for (int i = 0; i < 4; i++) s += r[i];
  consumed = s;
  return NULL;
}
int main(void) {
  pthread_t c;
  int ring[4] = {0, 0, 0, 0};
  pthread_create(&c, NULL, consumer, ring + 0);
  for (int i = 0; i < 4; i++) ring[i] = i + 1;
  pthread_join(c, NULL);
  if (consumed > 10) reach_error();
  return 0;
}
