/* TRUTH: racy. Thread i locks lock[i], but the inner block declares a NEW `i` = 0, so
   every thread updates cnt[0] under its own, different lock. */
#include <pthread.h>
#define N 3
pthread_mutex_t lock[N];
int cnt[N];
void *worker(void *arg) {
  long i = (long)arg;
  pthread_mutex_lock(&lock[i]);
  {
    long i = 0;
    cnt[i]++;
  }
  pthread_mutex_unlock(&lock[i]);
  return NULL;
}
int main(void) {
  for (int k = 0; k < N; k++) pthread_mutex_init(&lock[k], NULL);
  pthread_t t[N];
  for (long k = 0; k < N; k++) pthread_create(&t[k], NULL, worker, (void *)k);
  for (int k = 0; k < N; k++) pthread_join(t[k], NULL);
  return cnt[0];
}
