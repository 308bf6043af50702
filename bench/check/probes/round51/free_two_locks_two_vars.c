/* TRUTH: free — x is always guarded by mx and y always by my (nested in fixed order), so each variable has a consistent lock */
#include <pthread.h>
pthread_mutex_t mx = PTHREAD_MUTEX_INITIALIZER, my = PTHREAD_MUTEX_INITIALIZER;
int x, y;

void *a(void *arg)
{
  pthread_mutex_lock(&mx);
  x++;
  pthread_mutex_lock(&my);
  y = x;
  pthread_mutex_unlock(&my);
  pthread_mutex_unlock(&mx);
  return 0;
}

void *b(void *arg)
{
  pthread_mutex_lock(&my);
  y += 10;
  pthread_mutex_unlock(&my);
  pthread_mutex_lock(&mx);
  x--;
  pthread_mutex_unlock(&mx);
  return 0;
}

int main(void)
{
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return x + y;
}
