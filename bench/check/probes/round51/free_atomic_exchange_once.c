/* TRUTH: free — only the single thread whose atomic_exchange returned 0 writes winner_id; main reads it after joining */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
atomic_int claimed;
int winner_id = -1;

void *racer(void *arg)
{
  if (atomic_exchange(&claimed, 1) == 0)
    winner_id = (int)(intptr_t)arg;
  return NULL;
}

int main(void)
{
  pthread_t t[4];
  for (int i = 0; i < 4; i++)
    pthread_create(&t[i], NULL, racer, (void *)(intptr_t)i);
  for (int i = 0; i < 4; i++)
    pthread_join(t[i], NULL);
  return winner_id < 0;
}
