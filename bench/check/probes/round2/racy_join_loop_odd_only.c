/* TRUTH: racy. Only odd-indexed handles are joined; main then writes the shared counter
   that the workers update under a lock. */
#include <pthread.h>
#define N 4
int counter;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) { pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) if (i % 2) pthread_join(t[i], NULL);
  counter = 0;
  return counter;
}
