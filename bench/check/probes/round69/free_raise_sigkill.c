/* TRUTH: free — raise(SIGKILL) terminates the process and never returns, so g = 1 never runs; only main writes g */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
int g;
void *w(void *a) {
  raise(SIGKILL);
  g = 1;
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
