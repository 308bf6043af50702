/* TRUTH: racy — hooks[0] is reset, which stores started=0; join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
void reset(void) { started = 0; }
void (*hooks[1])(void) = { reset };
void call_hook(int i) { hooks[i](); }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  call_hook(0);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
