/* TRUTH: free — each instance writes u[id].i and reads u[id].f of its OWN element only (a union's members overlap, but elements differ across instances) */
#include <pthread.h>
#include <stdio.h>
#define N 4
union cell { int i; float f; };
union cell u[N];
float out[N];
void *f(void *p) {
  long id = (long)p;
  u[id].i = (int)id;
  out[id] = u[id].f;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%f\n", out[1]);
  return 0;
}
