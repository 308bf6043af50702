/* TRUTH: free — lock striping: bucket b is always accessed under locks[b % NL], the same mutex for the same bucket */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define NB 8
#define NL 4

pthread_mutex_t locks[NL] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                             PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
int bucket[NB];

static void *inserter(void *arg) {
  intptr_t seed = (intptr_t)arg;
  for (int i = 0; i < 100; i++) {
    int b = (int)((seed * 7 + i * 3) % NB);
    pthread_mutex_lock(&locks[b % NL]);
    bucket[b]++;
    pthread_mutex_unlock(&locks[b % NL]);
  }
  return NULL;
}

int main(void) {
  pthread_t t[3];
  for (intptr_t i = 0; i < 3; i++) pthread_create(&t[i], NULL, inserter, (void *)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int b = 0; b < NB; b++) s += bucket[b];
  printf("%d\n", s);
  return 0;
}
