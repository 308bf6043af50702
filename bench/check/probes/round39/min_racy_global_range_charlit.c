/* TRUTH: racy — `phase = 'x'` stores 120, so both workers see phase > 100 and run `hits++` concurrently. */
#include <pthread.h>
static int phase;
static int hits;
static void *w(void *p) {
  (void)p;
  if (phase > 100) hits++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  phase = 'x';
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits;
}
