/* TRUTH: free — stop is atomic_bool; workers count into thread-local variables and report through their own slots read after join */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
atomic_bool stop;
long iterations[2];

void *spin(void *arg)
{
  long id = (long)arg, n = 0;
  while (!atomic_load(&stop) && n < 1000)
    n++;
  iterations[id] = n;
  return 0;
}

int main(void)
{
  pthread_t t[2];
  for (long i = 0; i < 2; i++)
    pthread_create(&t[i], 0, spin, (void *)i);
  atomic_store(&stop, true);
  for (int i = 0; i < 2; i++)
    pthread_join(t[i], 0);
  return iterations[0] + iterations[1] > 2000;
}
