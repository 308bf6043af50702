/* TRUTH: racy — gcc gives enum st unsigned int underneath; st = -1 is UINT_MAX, st < 0 is false, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
enum state { IDLE, RUNNING } st;
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  st = -1;
  if (st < 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
