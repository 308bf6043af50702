/* TRUTH: racy — static local calls in helper incremented by both threads without lock */
#include <pthread.h>
static int bump(void) { static int calls; return ++calls; }
void *w(void *a) { bump(); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
