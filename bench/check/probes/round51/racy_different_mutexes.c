/* TRUTH: racy — thread A protects shared with m1, thread B with m2, so the two writes are not mutually excluded */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
int shared;
void *a(void *arg)
{
  pthread_mutex_lock(&m1);
  shared = shared + 1;
  pthread_mutex_unlock(&m1);
  return 0;
}
void *b(void *arg)
{
  pthread_mutex_lock(&m2);
  shared = shared * 2;
  pthread_mutex_unlock(&m2);
  return 0;
}
int main(void)
{
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return shared;
}
