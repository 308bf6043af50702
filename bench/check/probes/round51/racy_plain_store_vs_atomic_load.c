/* TRUTH: racy — v is a plain int; thread a stores it non-atomically while thread b reads it with __atomic_load_n: a non-atomic write against a concurrent access */
#include <pthread.h>
int v;
void *a(void *x) { v = 10; return 0; }
void *b(void *x) { return (void *)(long)__atomic_load_n(&v, __ATOMIC_SEQ_CST); }
int main(void)
{
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
