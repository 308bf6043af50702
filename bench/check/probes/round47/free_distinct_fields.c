/* TRUTH: free — t1 writes s.a and t2 writes s.b: distinct (non-bitfield) members are distinct memory locations */
#include <pthread.h>
struct pair { int a; int b; } s;
void *t1(void *x) { s.a = 1; return 0; }
void *t2(void *x) { s.b = 2; return 0; }
int main(void) {
  pthread_t p, q;
  pthread_create(&p, 0, t1, 0);
  pthread_create(&q, 0, t2, 0);
  pthread_join(p, 0);
  pthread_join(q, 0);
  return s.a + s.b == 3 ? 0 : 1;
}
