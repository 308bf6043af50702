/* TRUTH: racy — failed = !pthread_create(...) is 1 when the create succeeded: x=2 then runs while w runs */
/* RUN: - */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  int failed = !pthread_create(&t, 0, w, 0);
  if (failed) { x = 2; return 1; }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
