/* TRUTH: racy — besides the once-initialiser, thread t2 writes x directly, overlapping t1's read after pthread_once */
#include <pthread.h>
int x; pthread_once_t once = PTHREAD_ONCE_INIT; int r1;
static void init(void) { x = 42; }
void *t1(void *a) { pthread_once(&once, init); r1 = x; return 0; }
void *t2(void *a) { x = 7; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return r1;
}
