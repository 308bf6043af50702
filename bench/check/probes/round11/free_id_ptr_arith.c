// free: thread id takes mine = buf + 2*id and writes mine[0] and mine[1]; the pairs are disjoint.
#include <pthread.h>
#define N 3
int buf[2 * N];
void *w(void *arg) {
  long id = (long)arg;
  int *mine = buf + 2 * id;
  mine[0] = 1;
  mine[1] = 2;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return buf[1];
}
