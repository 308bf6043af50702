/* TRUTH: racy — w stores started=0 while main reads it with no ordering: race on started (and on x when the join is skipped) */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { started = 0; x = 1; return 0; }
int main(void) {
  started = 1;
  pthread_create(&t, 0, w, 0);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
