/* TRUTH: racy — flockfile(stdout) and flockfile(stderr) are two different locks, so the increments of g are unordered */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) {
  flockfile(stderr);
  g++;
  funlockfile(stderr);
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
