/* TRUTH: racy — `mode` is set to -1 by main before the threads start; both workers then see mode < 0 and run `errors++` concurrently. */
#include <pthread.h>
static int mode;
static int errors;
static void *w(void *p) {
  (void)p;
  if (mode < 0) errors++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  mode = -1;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return errors;
}
