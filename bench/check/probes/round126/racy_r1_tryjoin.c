/* TRUTH: racy — w1 stores started=0; the successful tryjoin orders it, main reads 0, skips joining w2, x=2 races */
/* RUN: - */
#define _GNU_SOURCE
#include <pthread.h>
int started, x;
pthread_t t1, t2;
void *w1(void *a) { started = 0; return 0; }
void *w2(void *a) { x = 1; return 0; }
int main(void) {
  started = 1;
  pthread_create(&t2, 0, w2, 0);
  pthread_create(&t1, 0, w1, 0);
  while (pthread_tryjoin_np(t1, 0) != 0)
    ;
  if (started) pthread_join(t2, 0);
  x = 2;
  return 0;
}
