/* TRUTH: racy — in the bounded loop the final iteration (i == 3) updates sum after the lock was already released */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int sum;
void *t(void *arg)
{
  for (int i = 0; i < 4; i++) {
    if (i < 3) {
      pthread_mutex_lock(&m);
      sum += i;
      pthread_mutex_unlock(&m);
    } else {
      sum += 100;
    }
  }
  return 0;
}
int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return sum;
}
