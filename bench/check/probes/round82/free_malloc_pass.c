/* TRUTH: free — main mallocs a distinct buffer per thread in a loop, passes it as arg, frees after join */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
void *w(void *a) { int *p = a; for (int i = 0; i < 8; i++) p[i] += i; return 0; }
int main(void) {
  pthread_t th[3]; int *bufs[3];
  for (int i = 0; i < 3; i++) { bufs[i] = calloc(8, sizeof(int)); pthread_create(&th[i], 0, w, bufs[i]); }
  for (int i = 0; i < 3; i++) { pthread_join(th[i], 0); printf("%d\n", bufs[i][7]); free(bufs[i]); }
  return 0;
}
