/* TRUTH: free — s.i and s.f are distinct (non-bit-field) members of a struct: separate memory locations */
#include <pthread.h>
struct { int i; float f; } s;
void *f1(void *a) { s.i = 1; return 0; }
void *f2(void *a) { s.f = 2.0f; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return s.i;
}
