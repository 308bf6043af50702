/* TRUTH: free — bit-fields `lo` and `hi` are separated by the non-bit-field member `sep`, so (C11 3.14) they are separate memory locations; thread a writes only s.lo, thread b only s.hi. */
#include <pthread.h>
struct flags {
  unsigned lo : 4;
  char sep;
  unsigned hi : 4;
} s;
static void *a(void *p) { (void)p; s.lo = 1; return 0; }
static void *b(void *p) { (void)p; s.hi = 2; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return s.lo + s.hi == 3 ? 0 : 1;
}
