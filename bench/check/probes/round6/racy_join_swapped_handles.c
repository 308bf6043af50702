/* TRUTH: racy. a and b are swapped before joining, so join(a) joins w2; w1's write of x races main's read. */
#include <pthread.h>
int x;
void *w1(void *p) { (void)p; x = 1; return 0; }
void *w2(void *p) { (void)p; return 0; }
int main(void) {
  pthread_t a, b, tmp;
  pthread_create(&a, 0, w1, 0); pthread_create(&b, 0, w2, 0);
  tmp = a; a = b; b = tmp;
  pthread_join(a, 0);
  int r = x;
  pthread_join(b, 0);
  return r; }
