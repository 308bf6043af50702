/* TRUTH: free — the threads write different non-bit-field members a and b, which are distinct memory locations */
#include <pthread.h>
struct pair { int a; int b; } s;
void *t1(void *p) { s.a = 1; return 0; }
void *t2(void *p) { s.b = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return s.a + s.b;
}
