/* TRUTH: racy — unsigned char started = 256 stores 0, so if (started) skips the join and x=2 races */
/* RUN: - */
#include <pthread.h>
unsigned char started;
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 256;
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
