/* TRUTH: racy — all threads do counter++ with no synchronisation */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
#define N 3
int counter;
void *inc(void *a) { for (int i = 0; i < 2; i++) counter++; return 0; }
int main(void)
{
  pthread_t t[N];
  for (int i = 0; i < N; i++)
    pthread_create(&t[i], 0, inc, 0);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  if (counter > 2 * N)
    reach_error();
  return 0;
}
