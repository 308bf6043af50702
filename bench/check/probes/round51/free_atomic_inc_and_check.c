/* TRUTH: free — every thread access to count and max_seen is inside a __VERIFIER_atomic_begin/end block */
#include <pthread.h>
#include <assert.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void reach_error(void) { assert(0); }
int count, max_seen;

void *t(void *arg)
{
  for (int i = 0; i < 2; i++) {
    __VERIFIER_atomic_begin();
    count++;
    if (count > max_seen)
      max_seen = count;
    __VERIFIER_atomic_end();
    __VERIFIER_atomic_begin();
    count--;
    __VERIFIER_atomic_end();
  }
  return 0;
}

int main(void)
{
  pthread_t a[3];
  for (int i = 0; i < 3; i++)
    pthread_create(&a[i], 0, t, 0);
  for (int i = 0; i < 3; i++)
    pthread_join(a[i], 0);
  if (count != 0)
    reach_error();
  return max_seen;
}
