/* TRUTH: free — hits is only modified/read via __sync builtins in threads; main reads after joins */
#include <pthread.h>
int hits;
void *t1(void *a) { __sync_fetch_and_add(&hits, 2); return 0; }
void *t2(void *a) { __sync_sub_and_fetch(&hits, 1); return 0; }
int main(void)
{
  pthread_t x, y;
  pthread_create(&x, 0, t1, 0);
  pthread_create(&y, 0, t2, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return hits != 1;
}
