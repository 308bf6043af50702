// racy: thread id takes mine = buf + id and writes mine[0] and mine[1]; thread id's mine[1] is thread id+1's mine[0].
#include <pthread.h>
#define N 3
int buf[N + 1];
void *w(void *arg) {
  long id = (long)arg;
  int *mine = buf + id;
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
