// racy: adjacent bit-fields a and b share one memory location (C11 3.14), so concurrent writes to them race.
#include <pthread.h>
struct flags { unsigned a : 4; unsigned b : 4; } f;
void *t1(void *x) { f.a = 3; return 0; }
void *t2(void *x) { f.b = 5; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return f.a + f.b;
}
