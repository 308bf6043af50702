/* TRUTH: free — zero-width bit-field separates a and b into distinct memory locations */
#include <pthread.h>
struct F { unsigned a : 4; unsigned : 0; unsigned b : 4; } f;
void *w(void *p) { f.a = 3; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  f.b = 5;
  pthread_join(t, 0);
  return f.a + f.b;
}
