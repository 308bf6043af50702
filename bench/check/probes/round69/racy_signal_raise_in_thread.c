/* TRUTH: racy — the handler installed by main runs in the thread (raise there) and writes g while main writes g */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
int g;
static void h(int s) { g = 3; }
void *w(void *a) { raise(SIGUSR1); return 0; }
int main(void) {
  pthread_t t;
  signal(SIGUSR1, h);
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
