/* TRUTH: racy. Thread i locks lock[i] but updates cnt[i/2]: threads 0 and 1 both
   write cnt[0] under different locks. */
#include <pthread.h>
#define N 4
pthread_mutex_t lock[N];
int cnt[N];
void *worker(void *arg) {
  long i = (long)arg;
  pthread_mutex_lock(&lock[i]);
  cnt[i / 2]++;
  pthread_mutex_unlock(&lock[i]);
  return NULL;
}
int main(void) {
  for (int i = 0; i < N; i++) pthread_mutex_init(&lock[i], NULL);
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return cnt[0];
}
