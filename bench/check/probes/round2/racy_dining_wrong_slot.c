/* TRUTH: racy. Philosopher i also bumps fork_uses[(i+2)%P] whose fork it does not hold;
   philosopher i+2 holds that fork and bumps it too. */
#include <pthread.h>
#include <stdint.h>
#define P 5
pthread_mutex_t fork_m[P];
int fork_uses[P];
void *phil(void *arg) {
  int i = (int)(intptr_t)arg;
  int l = i, r = (i + 1) % P;
  int lo = l < r ? l : r, hi = l < r ? r : l;
  pthread_mutex_lock(&fork_m[lo]); pthread_mutex_lock(&fork_m[hi]);
  fork_uses[lo]++; fork_uses[hi]++; fork_uses[(i + 2) % P]++;
  pthread_mutex_unlock(&fork_m[hi]); pthread_mutex_unlock(&fork_m[lo]);
  return NULL;
}
int main(void) {
  pthread_t t[P];
  for (int i = 0; i < P; i++) pthread_mutex_init(&fork_m[i], NULL);
  for (int i = 0; i < P; i++) pthread_create(&t[i], NULL, phil, (void *)(intptr_t)i);
  for (int i = 0; i < P; i++) pthread_join(t[i], NULL);
  return fork_uses[0];
}
