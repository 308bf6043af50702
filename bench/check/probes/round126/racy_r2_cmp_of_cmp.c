/* TRUTH: racy — on success (pthread_create(...) == 0) == 0 is false, so main goes on to x=2 while w runs */
/* RUN: - */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if ((pthread_create(&t, 0, w, 0) == 0) == 0) return 1;
  x = 2;
  return 0;
}
