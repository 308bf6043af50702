/* TRUTH: racy — each cell has its own mutex; instance id writes cells[id].v under cells[id].m but reads cells[id + 1].v also under cells[id].m, while instance id+1 writes it under cells[id + 1].m */
#include <pthread.h>
#include <stdio.h>
#define N 4
struct cell { pthread_mutex_t m; int v; };
struct cell cells[N + 1];
int out[N];
void *f(void *p) {
  long id = (long)p;
  pthread_mutex_lock(&cells[id].m);
  cells[id].v = (int)id + 1;
  out[id] = cells[id + 1].v;
  pthread_mutex_unlock(&cells[id].m);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i <= N; i++) pthread_mutex_init(&cells[i].m, 0);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
