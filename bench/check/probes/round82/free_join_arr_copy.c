/* TRUTH: free — thread joined through a copy of its handle stored in an array before main reads x */
#include <pthread.h>
#include <stdio.h>
int x;
void *t(void *a) { x = 5; return 0; }
int main(void) {
  pthread_t th, hs[2];
  pthread_create(&th, 0, t, 0);
  hs[1] = th;
  pthread_join(hs[1], 0);
  x++;
  printf("%d\n", x); return 0;
}
