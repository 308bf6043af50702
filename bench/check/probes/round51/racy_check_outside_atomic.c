/* TRUTH: racy — thr1 writes x inside an atomic block, thr2 reads x for its check outside any atomic block */
#include <pthread.h>
#include <stdlib.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void reach_error(void) { abort(); }
int x;
void *thr1(void *a)
{
  for (int i = 0; i < 2; i++) {
    __VERIFIER_atomic_begin();
    x++;
    __VERIFIER_atomic_end();
  }
  return 0;
}
void *thr2(void *a)
{
  if (x > 2)
    reach_error();
  return 0;
}
int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, thr1, 0);
  pthread_create(&b, 0, thr2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
