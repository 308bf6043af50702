/* TRUTH: free — main fills its stack ring before handing `ring + 0` to the consumer (create orders the writes before the consumer's reads), and only reads `consumed` after the join. */
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
  for (int i = 0; i < 4; i++) ring[i] = i + 1;
  pthread_create(&c, NULL, consumer, ring + 0);
  pthread_join(c, NULL);
  if (consumed > 10) reach_error();
  return 0;
}
