/* TRUTH: racy — raise() runs the handler synchronously (defined behaviour), it stores started=0, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
#include <signal.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
void h(int s) { started = 0; }
int main(void) {
  signal(SIGUSR1, h);
  pthread_create(&t, 0, w, 0);
  started = 1;
  raise(SIGUSR1);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
