/* TRUTH: free — payload written before release store of ready; reader reads payload only after acquire load sees 1 */
#include <pthread.h>
#include <stdatomic.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_19_release_acquire_flag.c", 5, "reach_error"); }
int payload[4];
atomic_int ready;

void *producer(void *arg) {
  for (int i = 0; i < 4; i++) payload[i] = i * i;
  atomic_store_explicit(&ready, 1, memory_order_release);
  return NULL;
}

void *consumer(void *arg) {
  while (atomic_load_explicit(&ready, memory_order_acquire) == 0) { }
  int s = 0;
  for (int i = 0; i < 4; i++) s += payload[i];
  if (s != 14) reach_error();
  return NULL;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&c, NULL, consumer, NULL);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
