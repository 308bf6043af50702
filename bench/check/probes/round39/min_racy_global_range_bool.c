/* TRUTH: racy — `on` is a _Bool: `on = 2` stores 1, so `on == 1` holds and both workers run `hits++`. */
#include <pthread.h>
static _Bool on;
static int hits;
static void *w(void *p) {
  (void)p;
  if (on == 1) hits++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  on = 2;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits;
}
