/* TRUTH: racy — main writes limit after starting the thread that reads it */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int limit = 10;
int used;
void *consumer(void *a) {
  int i;
  for (i = 0; i < limit && i < 20; i++) used++;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, consumer, 0);
  limit = __VERIFIER_nondet_int();
  pthread_join(t, 0);
  return used;
}
