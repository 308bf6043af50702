/* TRUTH: free — the thread only reads x after seeing done; main writes x then releases done and then waits in join; no other write follows */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
int x; atomic_int done; int out;
void *t(void *a) {
  while (!atomic_load(&done)) ;
  out = x;
  if (out != 9) exit(1);
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 9;
  atomic_store(&done, 1);
  pthread_join(th, 0);
  return 0;
}
