// racy: thread id fills row id but also reads m[(id+1)%R][0] which thread id+1 writes concurrently.
#include <pthread.h>
#define R 4
#define C 8
double m[R][C];
double first[R];
void *fill(void *arg) {
  int id = (int)(long)arg;
  for (int j = 0; j < C; j++) m[id][j] = id * C + j;
  first[id] = m[(id + 1) % R][0];
  return 0;
}
int main(void) {
  pthread_t th[R];
  for (long i = 0; i < R; i++) pthread_create(&th[i], 0, fill, (void *)i);
  for (int i = 0; i < R; i++) pthread_join(th[i], 0);
  return (int)first[0];
}
