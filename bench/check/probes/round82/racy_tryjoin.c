/* TRUTH: racy — a single tryjoin may fail (EBUSY), so x++ may run concurrently */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
int x;
void *t(void *a) { x = 5; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  pthread_tryjoin_np(th, 0);
  x++;
  printf("%d\n", x); pthread_join(th, 0); return 0;
}
