/* TRUTH: racy — unsigned char started = -1 holds 255; started == -1 compares ints 255 and -1: false, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
unsigned char started;
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = -1;
  if (started == -1) pthread_join(t, 0);
  x = 2;
  return 0;
}
