/* TRUTH: free — instance k writes s[k].v[k]; reads s[j + 1].v[0] would need k = j + 1 = 0, impossible for j >= 0 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct S { int v[N + 1]; } s[N + 1]; int out[N];
void *f(void *p) {
  long id = (long)p;
  s[id].v[id] = 1;
  out[id] = s[id + 1].v[0];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("done\n");
  return 0;
}
