/* TRUTH: racy — ready is a plain (non-atomic) int written by producer and spun on by consumer; data is also unordered */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_06_plain_flag_spin.c", 4, "reach_error"); }
int data;
int ready;

void *producer(void *arg) {
  data = 42;
  ready = 1;
  return NULL;
}

void *consumer(void *arg) {
  while (!ready) { }
  if (data != 42) reach_error();
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
