/* TRUTH: racy — unsigned char mode = BIG (256) holds 0; mode == BIG is false, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
enum { IDLE = 0, BIG = 256 };
unsigned char mode;
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  mode = BIG;
  if (mode == BIG) pthread_join(t, 0);
  x = 2;
  return 0;
}
