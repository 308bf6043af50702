/* TRUTH: free — every path through take() unlocks before returning and all accesses to stock happen while m is held */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int stock = 10;
int sold;

static int take(int n)
{
  pthread_mutex_lock(&m);
  if (n <= 0) {
    pthread_mutex_unlock(&m);
    return -1;
  }
  if (stock < n) {
    pthread_mutex_unlock(&m);
    return -2;
  }
  stock -= n;
  sold += n;
  pthread_mutex_unlock(&m);
  return 0;
}

void *buyer(void *arg)
{
  int r = take(__VERIFIER_nondet_int());
  if (r < 0)
    return NULL;
  return (void *)1;
}

int main(void)
{
  pthread_t t[3];
  for (int i = 0; i < 3; i++)
    pthread_create(&t[i], 0, buyer, 0);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  return stock + sold != 10;
}
