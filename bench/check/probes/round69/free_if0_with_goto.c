/* TRUTH: free — if (0) never runs its body; the goto is unrelated */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;

void *w(void *a) {
  if (0) { g = 1; }
  goto out;
out:
  ;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
