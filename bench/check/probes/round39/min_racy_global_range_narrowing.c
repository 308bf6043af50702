/* TRUTH: racy — `state` is an unsigned char: `state = 300` stores 44, so both workers see state == 44 and run `hits++` concurrently. */
#include <pthread.h>
static unsigned char state;
static int hits;
static void *w(void *p) {
  (void)p;
  if (state == 44) hits++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  state = 300;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits;
}
