/* TRUTH: racy — volatile does not make accesses atomic: stop (and progress) are written and read concurrently without synchronisation */
#include <pthread.h>
volatile int stop;
int progress;
void *spin(void *a)
{
  while (!stop && progress < 1000)
    progress++;
  return 0;
}
int main(void)
{
  pthread_t t;
  pthread_create(&t, 0, spin, 0);
  stop = 1;
  int p = progress;
  pthread_join(t, 0);
  return p;
}
