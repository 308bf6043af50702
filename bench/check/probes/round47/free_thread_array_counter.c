/* TRUTH: free — N workers increment sum under lock; main reads sum only after the join loop over all N threads */
#include <pthread.h>
#include <stdlib.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define N 4

int sum;
pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void *thr(void *arg) {
  int i;
  for (i = 0; i < 3; i++) {
    pthread_mutex_lock(&lock);
    sum += 1;
    pthread_mutex_unlock(&lock);
  }
  return 0;
}

int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++)
    pthread_create(&t[i], 0, thr, 0);
  for (i = 0; i < N; i++)
    pthread_join(t[i], 0);
  if (sum != 3 * N) { reach_error(); }
  return 0;
}
