/* TRUTH: racy — main never joins the worker and reads done concurrently with the worker's write */
#include <pthread.h>
int done;
void *worker(void *a)
{
  done = 1;
  return 0;
}
int main(void)
{
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  for (int i = 0; i < 1000; i++)
    if (done)
      break;
  return 0;
}
