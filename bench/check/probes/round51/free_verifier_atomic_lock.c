/* TRUTH: free — a lock is built from __VERIFIER_atomic blocks (test-and-set) and data is only touched between acquire and release; atomic blocks are totally ordered, giving happens-before */
#include <pthread.h>
#include <stdlib.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) { abort(); }
int lock = 0;
int data = 0;

void acquire(void)
{
  __VERIFIER_atomic_begin();
  __VERIFIER_assume(lock == 0);
  lock = 1;
  __VERIFIER_atomic_end();
}

void release(void)
{
  __VERIFIER_atomic_begin();
  lock = 0;
  __VERIFIER_atomic_end();
}

void *thread(void *arg)
{
  acquire();
  data++;
  if (data > 2)
    reach_error();
  release();
  return NULL;
}

int main(void)
{
  pthread_t t1, t2;
  pthread_create(&t1, NULL, thread, NULL);
  pthread_create(&t2, NULL, thread, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
