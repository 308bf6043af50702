/* TRUTH: racy — adjacent bit-fields a and b are one memory location (C11 3.14); two threads write them concurrently */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }


struct flags { unsigned a : 4; unsigned b : 4; };
struct flags fl;

void *set_a(void *arg) { fl.a = 3; return 0; }
void *set_b(void *arg) { fl.b = 5; return 0; }

int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, set_a, 0);
  pthread_create(&y, 0, set_b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return fl.a + fl.b;
}
