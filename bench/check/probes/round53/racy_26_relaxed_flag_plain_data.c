/* TRUTH: racy — ready is atomic but stored/loaded relaxed, which creates no happens-before; the plain payload accesses race */
#include <pthread.h>
#include <stdatomic.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_26_relaxed_flag_plain_data.c", 5, "reach_error"); }
int payload;
atomic_int ready;

void *producer(void *arg) {
  payload = 123;
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return NULL;
}

void *consumer(void *arg) {
  while (atomic_load_explicit(&ready, memory_order_relaxed) == 0) { }
  if (payload != 123) reach_error();
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
