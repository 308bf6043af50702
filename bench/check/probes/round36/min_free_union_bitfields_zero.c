/* TRUTH: free — twin of min_racy_union_bitfields with a zero-width bit-field between a and b: they are separate memory locations (C11 3.14), so t1's u.f.a = 1 and t2's u.f.b = 1 do not conflict. */
#include <pthread.h>
static union { struct { unsigned a : 4; unsigned : 0; unsigned b : 4; } f; long i; } u;
static void *t1(void *p) { u.f.a = 1; return 0; }
static void *t2(void *p) { u.f.b = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return (int)u.i;
}
