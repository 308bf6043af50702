/* racy: thread 1 is given &workers[0] (index i ? i-1 : 0), so threads 0 and 1 both write workers[0].buf */
#include <pthread.h>
#define N 3
#define B 4
struct worker { int id; int buf[B]; };
struct worker workers[N];
pthread_t th[N];
void *run(void *p) {
  struct worker *w = p;
  for (int j = 0; j < B; j++) w->buf[j] = j;
  return NULL;
}
int main(void) {
  for (int i = 0; i < N; i++) workers[i].id = i;
  for (int i = 0; i < N; i++) pthread_create(&th[i], NULL, run, &workers[i ? i - 1 : 0]);
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  return workers[0].buf[1];
}
