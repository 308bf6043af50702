/* TRUTH: free — go and the work counter are only accessed under mu; workers wait on a predicate loop; main sets go under mu and broadcasts */
#include <pthread.h>
#define N 3
pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t start = PTHREAD_COND_INITIALIZER;
int go;
int done_count;

void *worker(void *arg)
{
  pthread_mutex_lock(&mu);
  while (!go)
    pthread_cond_wait(&start, &mu);
  done_count++;
  pthread_mutex_unlock(&mu);
  return NULL;
}

int main(void)
{
  pthread_t t[N];
  for (int i = 0; i < N; i++)
    pthread_create(&t[i], NULL, worker, NULL);
  pthread_mutex_lock(&mu);
  go = 1;
  pthread_cond_broadcast(&start);
  pthread_mutex_unlock(&mu);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], NULL);
  return done_count != N;
}
