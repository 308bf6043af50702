/* TRUTH: free — phase 1 writes own slot, barrier, phase 2 only reads neighbours' slots; barrier gives happens-before */
#include <pthread.h>
#include <stdint.h>
#define N 3
pthread_barrier_t bar;
int val[N];
int out[N];

void *step(void *arg)
{
  int id = (int)(intptr_t)arg;
  val[id] = id + 10;
  pthread_barrier_wait(&bar);
  out[id] = val[(id + 1) % N];
  return NULL;
}

int main(void)
{
  pthread_t t[N];
  pthread_barrier_init(&bar, NULL, N);
  for (int i = 0; i < N; i++)
    pthread_create(&t[i], NULL, step, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], NULL);
  pthread_barrier_destroy(&bar);
  return out[0];
}
