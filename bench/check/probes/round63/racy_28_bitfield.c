/* TRUTH: racy — flags.lo and flags.hi are adjacent bit-fields, one memory location in C11; the two threads write them concurrently */
#include <pthread.h>
struct flags { unsigned lo : 4; unsigned hi : 4; };
static struct flags fl;
static void *setlo(void *p) { (void)p; fl.lo = 3; return 0; }
static void *sethi(void *p) { (void)p; fl.hi = 5; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, setlo, 0); pthread_create(&b, 0, sethi, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return fl.lo + fl.hi;
}
