/* TRUTH: free — setup() (x++ on a zero-initialised counter) runs once; the other thread's pthread_once waits for it to finish before its read */
#include <pthread.h>
int x; pthread_once_t once = PTHREAD_ONCE_INIT; int out[2];
static void setup(void) { x++; }
void *t(void *a) {
  long id = (long)a;
  pthread_once(&once, setup);
  out[id] = x;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)0);
  pthread_create(&b, 0, t, (void *)1);
  pthread_join(a, 0); pthread_join(b, 0);
  return out[0] + out[1];
}
