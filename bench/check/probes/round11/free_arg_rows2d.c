// free: 2-D matrix, thread id fills row id only; main reads after joins.
#include <pthread.h>
#define R 4
#define C 8
double m[R][C];
void *fill(void *arg) {
  int id = (int)(long)arg;
  for (int j = 0; j < C; j++) m[id][j] = id * C + j;
  return 0;
}
int main(void) {
  pthread_t th[R];
  for (long i = 0; i < R; i++) pthread_create(&th[i], 0, fill, (void *)i);
  for (int i = 0; i < R; i++) pthread_join(th[i], 0);
  double s = 0;
  for (int i = 0; i < R; i++)
    for (int j = 0; j < C; j++) s += m[i][j];
  return (int)s;
}
