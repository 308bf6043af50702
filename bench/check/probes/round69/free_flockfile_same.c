/* TRUTH: free — both increments hold the lock of the same stream stdout */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) {
  flockfile(stdout);
  g++;
  funlockfile(stdout);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  flockfile(stdout);
  g++;
  funlockfile(stdout);
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
