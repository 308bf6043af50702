/* TRUTH: free — a ticket lock built from C11 seq_cst atomics (fetch_add next, spin on serving, increment serving to release) protects the plain counter */
#include <pthread.h>
#include <stdatomic.h>
atomic_uint next_ticket, now_serving;
unsigned counter;

static void tl_lock(void)
{
  unsigned me = atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&now_serving) != me)
    ;
}
static void tl_unlock(void) { atomic_fetch_add(&now_serving, 1); }

void *t(void *arg)
{
  for (int i = 0; i < 2; i++) {
    tl_lock();
    counter++;
    tl_unlock();
  }
  return 0;
}

int main(void)
{
  pthread_t th[3];
  for (int i = 0; i < 3; i++)
    pthread_create(&th[i], 0, t, 0);
  for (int i = 0; i < 3; i++)
    pthread_join(th[i], 0);
  return counter != 6;
}
