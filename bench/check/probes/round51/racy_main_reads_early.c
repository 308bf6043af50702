/* TRUTH: racy — main reads result before joining the worker that writes it */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
int result;
void *work(void *a) { result = 5; return 0; }
int main(void)
{
  pthread_t t;
  pthread_create(&t, 0, work, 0);
  int r = result;
  pthread_join(t, 0);
  if (r != 0 && r != 5)
    reach_error();
  return 0;
}
