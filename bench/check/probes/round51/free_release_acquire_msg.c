/* TRUTH: free — payload written before a release store of ready; reader reads payload only after an acquire load observes ready==1 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
int payload[3];
atomic_int ready;

void *writer(void *arg)
{
  payload[0] = 1;
  payload[1] = 2;
  payload[2] = 3;
  atomic_store_explicit(&ready, 1, memory_order_release);
  return NULL;
}

void *reader(void *arg)
{
  if (atomic_load_explicit(&ready, memory_order_acquire) != 1)
    return NULL;
  if (payload[0] + payload[1] + payload[2] != 6)
    reach_error();
  return NULL;
}

int main(void)
{
  pthread_t w, r;
  pthread_create(&r, NULL, reader, NULL);
  pthread_create(&w, NULL, writer, NULL);
  pthread_join(w, NULL);
  pthread_join(r, NULL);
  return 0;
}
