/* TRUTH: racy — the second fork is released one line too early: `fork_uses[second]++` runs without holding fork[second], racing with the neighbour who holds that fork (as its `first`) and increments fork_uses of the same index. */
#include <pthread.h>
#include <stdlib.h>
#define N 3
void reach_error(void) { abort(); }
pthread_mutex_t fork_mx[N] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
int fork_uses[N];
int meals[N];
static void *philosopher(void *arg) {
  int id = (int)(long)arg;
  int left = id, right = (id + 1) % N;
  int first = left < right ? left : right;
  int second = left < right ? right : left;
  for (int k = 0; k < 2; k++) {
    pthread_mutex_lock(&fork_mx[first]);
    pthread_mutex_lock(&fork_mx[second]);
    fork_uses[first]++;
    pthread_mutex_unlock(&fork_mx[second]);
    fork_uses[second]++;
    pthread_mutex_unlock(&fork_mx[first]);
    meals[id]++;
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, philosopher, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++)
    if (meals[i] != 2 || fork_uses[i] != 4) reach_error();
  return 0;
}
