/* race-free: a zero-width bit-field separates lo and hi into distinct C11 memory locations */
#include <pthread.h>
#include <assert.h>
struct flags { unsigned lo : 4; unsigned : 0; unsigned hi : 4; } fl;
void *a(void *p) { (void)p; fl.lo = 3; return NULL; }
void *b(void *p) { (void)p; fl.hi = 5; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, a, NULL);
  pthread_create(&y, NULL, b, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  assert(fl.lo + fl.hi == 8);
  return 0;
}
