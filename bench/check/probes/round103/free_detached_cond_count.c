/* TRUTH: free — detached workers write result[id] then bump 'finished' under m; main waits for finished==N under m before reading results */
#include <pthread.h>
#define N 2

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int finished;
int result[N];

void *job(void *arg) {
  long id = (long)arg;
  result[id] = (int)id + 100;
  pthread_mutex_lock(&m);
  finished++;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return 0;
}

int main(void) {
  pthread_t t;
  for (long i = 0; i < N; i++) {
    pthread_create(&t, 0, job, (void *)i);
    pthread_detach(t);
  }
  pthread_mutex_lock(&m);
  while (finished < N)
    pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  return result[0] + result[1];
}
