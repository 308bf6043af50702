/* TRUTH: free — hits is only touched when pthread_mutex_trylock returned 0 (lock held) or under a blocking lock */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int hits, misses_total;
__thread int misses;

void *t(void *arg)
{
  for (int i = 0; i < 4; i++) {
    if (pthread_mutex_trylock(&m) == 0) {
      hits++;
      pthread_mutex_unlock(&m);
    } else {
      misses++;
    }
  }
  pthread_mutex_lock(&m);
  misses_total += misses;
  pthread_mutex_unlock(&m);
  return 0;
}

int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits + misses_total != 8;
}
