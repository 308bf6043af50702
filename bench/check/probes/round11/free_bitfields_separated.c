// free: bit-fields a and b separated by a zero-width bit-field are distinct memory locations (C11 3.14).
#include <pthread.h>
struct flags { unsigned a : 4; unsigned : 0; unsigned b : 4; } f;
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
