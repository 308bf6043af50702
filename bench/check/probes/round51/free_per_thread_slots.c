/* TRUTH: free — thread i writes only slot[i] (distinct ids passed by value); main sums after joins */
#include <pthread.h>
#include <stdint.h>
#define N 5
int slot[N];

void *work(void *arg)
{
  int id = (int)(intptr_t)arg;
  for (int k = 0; k < 4; k++)
    slot[id] += k * id;
  return NULL;
}

int main(void)
{
  pthread_t t[N];
  int sum = 0;
  for (int i = 0; i < N; i++)
    pthread_create(&t[i], NULL, work, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++)
    sum += slot[i];
  return sum;
}
