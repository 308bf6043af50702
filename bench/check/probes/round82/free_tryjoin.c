/* TRUTH: free — main spins on pthread_tryjoin_np until it succeeds, which synchronizes with thread termination */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
int x;
void *t(void *a) { x = 5; return 0; }
int main(void) {
  pthread_t th; pthread_create(&th, 0, t, 0);
  while (pthread_tryjoin_np(th, 0) != 0) ;
  x++;
  printf("%d\n", x); return 0;
}
