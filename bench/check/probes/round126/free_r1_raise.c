/* TRUTH: free — raise() runs the handler synchronously, it stores started=1, main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
void h(int s) { started = 1; }
int main(void) {
  signal(SIGUSR1, h);
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 0;
  raise(SIGUSR1);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
