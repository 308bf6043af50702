/* TRUTH: racy — adjacent bit-fields a and b are one memory location; worker writes f.a, main writes f.b */
#include <pthread.h>
struct F { unsigned a : 4; unsigned b : 4; } f;
void *w(void *p) { f.a = 3; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  f.b = 5;
  pthread_join(t, 0);
  return f.a + f.b;
}
