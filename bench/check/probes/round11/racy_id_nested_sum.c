// racy: nested create loops pass id = i + j; (0,1) and (1,0) both get id 1 and write a[1].
#include <pthread.h>
#define R 2
#define C 2
int a[R + C];
void *w(void *arg) {
  long id = (long)arg;
  a[id] = 1;
  return 0;
}
int main(void) {
  pthread_t th[R][C];
  for (int i = 0; i < R; i++)
    for (int j = 0; j < C; j++) pthread_create(&th[i][j], 0, w, (void *)(long)(i + j));
  for (int i = 0; i < R; i++)
    for (int j = 0; j < C; j++) pthread_join(th[i][j], 0);
  return a[1];
}
