/* race-free: workers[i] holds its own buffer; thread writes only w->buf[] of its own struct */
#include <pthread.h>
#include <assert.h>
#define N 3
#define B 8
struct worker { int id; int buf[B]; pthread_t th; };
struct worker workers[N];
void *run(void *p) {
  struct worker *w = p;
  for (int j = 0; j < B; j++) w->buf[j] = w->id * j;
  return NULL;
}
int main(void) {
  for (int i = 0; i < N; i++) workers[i].id = i;
  for (int i = 0; i < N; i++) pthread_create(&workers[i].th, NULL, run, &workers[i]);
  for (int i = 0; i < N; i++) pthread_join(workers[i].th, NULL);
  assert(workers[2].buf[3] == 6);
  return 0;
}
