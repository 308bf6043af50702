/* TRUTH: free — hand-made barrier: part[id] written before the locked arrive++; neighbours read only after seeing arrived==N under m */
#include <pthread.h>
#define N 3

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int arrived;
int part[N];
int got[N];

void *worker(void *arg) {
  long id = (long)arg;
  part[id] = (int)id + 1;
  pthread_mutex_lock(&m);
  arrived++;
  if (arrived == N) pthread_cond_broadcast(&cv);
  while (arrived < N) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  got[id] = part[(id + 1) % N];
  return 0;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, worker, (void *)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return got[0] + got[1] + got[2];
}
