/* TRUTH: free — instance id (stored in t[id + 1]) first joins t[id] (the previous instance, or a dummy for id 0), so all instances run one after another */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_t t[N + 1];
void *dummy(void *p) { return p; }
void *f(void *p) {
  long id = (long)p;
  pthread_join(t[id], 0);
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  long i;
  pthread_create(&t[0], 0, dummy, 0);
  for (i = 0; i < N; i++) pthread_create(&t[i + 1], 0, f, (void *)i);
  pthread_join(t[N], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
