/* TRUTH: racy — main writes x before the join */
#include <pthread.h>
#include <stdio.h>
int x;
void *t(void *a) { x = 5; return 0; }
int main(void) {
  pthread_t th, hs[2];
  pthread_create(&th, 0, t, 0);
  hs[1] = th;
  x++;
  pthread_join(hs[1], 0);
  printf("%d\n", x); return 0;
}
