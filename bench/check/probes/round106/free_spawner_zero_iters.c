/* TRUTH: free — the creation loop runs zero times (bound 0 passed by main), so no instance starts */
#include <pthread.h>
#include <stdio.h>
int two[2];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
static void spawn(long n) {
  pthread_t t[3];
  long i;
  for (i = 0; i < n; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < n; i++) pthread_join(t[i], 0);
}
int main(void) {
  spawn(0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
