/* TRUTH: racy — raise() runs the sigaction handler synchronously, it stores started=0; join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
#include <signal.h>
#include <string.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
void h(int s) { started = 0; }
int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = h;
  sigaction(SIGUSR1, &sa, 0);
  pthread_create(&t, 0, w, 0);
  started = 1;
  raise(SIGUSR1);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
