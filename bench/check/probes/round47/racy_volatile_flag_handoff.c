/* TRUTH: racy — 'volatile' is not atomic in C11: the writes/reads of ready (and thus of msg) are conflicting non-atomic accesses */
#include <pthread.h>
volatile int ready;
int msg;
void *sender(void *a) { msg = 3; ready = 1; return 0; }
void *receiver(void *a) {
  int i;
  for (i = 0; i < 1000 && !ready; i++) {}
  return (void *)(long)msg;
}
int main(void) {
  pthread_t s, r;
  pthread_create(&s, 0, sender, 0);
  pthread_create(&r, 0, receiver, 0);
  pthread_join(s, 0);
  pthread_join(r, 0);
  return 0;
}
