/* TRUTH: free — each philosopher updates meals[] of both forks' shared counters fork_uses[f] only while holding fork mutex f; ordered acquisition */
#include <pthread.h>
#include <stdio.h>
#define N 5
pthread_mutex_t fork_m[N];
int fork_uses[N];
int meals[N];
static void *phil(void *arg) {
  int id = (int)(long)arg;
  int l = id, r = (id + 1) % N;
  int first = l < r ? l : r, second = l < r ? r : l;
  for (int i = 0; i < 100; i++) {
    pthread_mutex_lock(&fork_m[first]);
    pthread_mutex_lock(&fork_m[second]);
    fork_uses[l]++; fork_uses[r]++;
    meals[id]++;
    pthread_mutex_unlock(&fork_m[second]);
    pthread_mutex_unlock(&fork_m[first]);
  }
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_mutex_init(&fork_m[i], 0);
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, phil, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], 0);
  int s = 0; for (int i = 0; i < N; i++) s += fork_uses[i] + meals[i];
  printf("%d\n", s);
  return 0;
}
