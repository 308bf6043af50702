/* racy: lo and hi are adjacent bit-fields, one C11 memory location; two threads write them concurrently */
#include <pthread.h>
#include <assert.h>
struct flags { unsigned lo : 4; unsigned hi : 4; } fl;
void *a(void *p) { (void)p; fl.lo = 3; return NULL; }
void *b(void *p) { (void)p; fl.hi = 5; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, a, NULL);
  pthread_create(&y, NULL, b, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return fl.lo + fl.hi;
}
