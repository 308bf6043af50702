/* TRUTH: racy — _Bool started = 2 stores 1, started == 2 is false, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
_Bool started;
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 2;
  if (started == 2) pthread_join(t, 0);
  x = 2;
  return 0;
}
