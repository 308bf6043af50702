/* TRUTH: free — each worker writes its own slot then does a seq_cst fetch_add on done; main spins until done==N (reading the end of the RMW release sequence) before reading slots */
#include <pthread.h>
#include <stdatomic.h>
#define N 3
int slot[N];
atomic_int done;

void *w(void *arg)
{
  long id = (long)arg;
  slot[id] = (int)id * 7;
  atomic_fetch_add(&done, 1);
  return 0;
}

int main(void)
{
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, w, (void *)i);
  while (atomic_load(&done) != N)
    ;
  int s = slot[0] + slot[1] + slot[2];
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return s != 21;
}
