/* TRUTH: racy — union members i and f overlap: instance id writes u[id].i while instance id-1 reads u[id].f (as u[(id-1) + 1].f) */
#include <pthread.h>
#include <stdio.h>
#define N 4
union cell { int i; float f; };
union cell u[N + 1];
float out[N];
void *f(void *p) {
  long id = (long)p;
  u[id].i = (int)id;
  out[id] = u[id + 1].f;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%f\n", out[0]);
  return 0;
}
