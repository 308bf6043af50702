/* TRUTH: free — counter is _Atomic and only touched with atomic operations */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
void reach_error(void) { assert(0); }
atomic_int counter;

void *inc(void *arg)
{
  for (int i = 0; i < 5; i++)
    atomic_fetch_add(&counter, 1);
  return NULL;
}

int main(void)
{
  pthread_t t[3];
  for (int i = 0; i < 3; i++)
    pthread_create(&t[i], NULL, inc, NULL);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], NULL);
  if (atomic_load(&counter) != 15)
    reach_error();
  return 0;
}
