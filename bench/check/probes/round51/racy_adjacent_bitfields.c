/* TRUTH: racy — adjacent bit-fields share one memory location, so two threads writing different bit-fields race */
#include <pthread.h>
struct regs { unsigned enable : 1; unsigned mode : 3; } r;
void *a(void *x) { r.enable = 1; return 0; }
void *b(void *x) { r.mode = 5; return 0; }
int main(void)
{
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return r.mode;
}
