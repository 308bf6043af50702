/* TRUTH: racy — *p = 0 stores started=0 through an alias, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  int *p = &started;
  pthread_create(&t, 0, w, 0);
  started = 1;
  *p = 0;
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
