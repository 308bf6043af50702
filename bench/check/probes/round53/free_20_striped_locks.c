/* TRUTH: free — bucket[k] is always accessed under locks[k] (same index expression), main reads after joins */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_20_striped_locks.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
#define K 2
#define N 4
pthread_mutex_t locks[K];
int bucket[K];

void *hasher(void *arg) {
  int id = (int)(intptr_t)arg;
  int k = id % K;
  pthread_mutex_lock(&locks[k]);
  bucket[k] += id;
  pthread_mutex_unlock(&locks[k]);
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < K; i++) pthread_mutex_init(&locks[i], NULL);
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, hasher, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (bucket[0] != 2 || bucket[1] != 4) reach_error();
  return 0;
}
