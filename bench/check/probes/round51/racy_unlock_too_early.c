/* TRUTH: racy — the thread unlocks m and then writes count again outside the critical section */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int count;
void *t(void *a)
{
  pthread_mutex_lock(&m);
  int c = count;
  pthread_mutex_unlock(&m);
  count = c + 1;
  return 0;
}
int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return count;
}
