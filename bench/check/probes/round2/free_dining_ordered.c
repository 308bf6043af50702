/* TRUTH: free. 5 philosophers; fork_uses[j] is only touched while holding fork[j]. Forks
   are taken lower index first (no deadlock). */
#include <pthread.h>
#include <stdint.h>
#define P 5
pthread_mutex_t fork_m[P];
int fork_uses[P];
void *phil(void *arg) {
  int i = (int)(intptr_t)arg;
  int l = i, r = (i + 1) % P;
  int lo = l < r ? l : r, hi = l < r ? r : l;
  for (int k = 0; k < 3; k++) {
    pthread_mutex_lock(&fork_m[lo]); pthread_mutex_lock(&fork_m[hi]);
    fork_uses[lo]++; fork_uses[hi]++;
    pthread_mutex_unlock(&fork_m[hi]); pthread_mutex_unlock(&fork_m[lo]);
  }
  return NULL;
}
int main(void) {
  pthread_t t[P];
  for (int i = 0; i < P; i++) pthread_mutex_init(&fork_m[i], NULL);
  for (int i = 0; i < P; i++) pthread_create(&t[i], NULL, phil, (void *)(intptr_t)i);
  for (int i = 0; i < P; i++) pthread_join(t[i], NULL);
  return fork_uses[0];
}
