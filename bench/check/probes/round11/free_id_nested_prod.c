// free: nested create loops pass id = i*C + j, which is unique; each writes a[id].
#include <pthread.h>
#define R 2
#define C 3
int a[R * C];
void *w(void *arg) {
  long id = (long)arg;
  a[id] = 1;
  return 0;
}
int main(void) {
  pthread_t th[R][C];
  for (int i = 0; i < R; i++)
    for (int j = 0; j < C; j++) pthread_create(&th[i][j], 0, w, (void *)(long)(i * C + j));
  for (int i = 0; i < R; i++)
    for (int j = 0; j < C; j++) pthread_join(th[i][j], 0);
  return a[1];
}
