/* TRUTH: racy — two detached workers bump 'jobs_done' under a mutex, but main reads jobs_done without the mutex */
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int jobs_done;

void *job(void *arg) {
  pthread_mutex_lock(&m);
  jobs_done++;
  pthread_mutex_unlock(&m);
  return 0;
}

int main(void) {
  pthread_attr_t at;
  pthread_t t;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  for (int i = 0; i < 2; i++)
    pthread_create(&t, &at, job, 0);
  int seen = 0;
  for (int k = 0; k < 1000 && seen < 2; k++)
    seen = jobs_done;
  return seen;
}
