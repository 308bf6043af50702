/* TRUTH: racy — control: one global counter `total` and two function-static `hits` objects; fa and fb both do `total++` without a lock (race), their own `hits++` do not race. */
#include <pthread.h>
static int total;
static void *fa(void *p) { (void)p; static int hits; hits++; total++; return 0; }
static void *fb(void *p) { (void)p; static int hits; hits++; total++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, fa, 0);
  pthread_create(&b, 0, fb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return total;
}
