// racy: ids N-1-i, threads write out[id]; main reads out[N-1] after joining only th[1..N-1] — th[0] writes out[N-1].
#include <pthread.h>
#define N 6
int out[N];
void *w(void *arg) {
  int id = (int)(long)arg;
  out[id] += id;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)(N - 1 - i));
  for (int i = 1; i < N; i++) pthread_join(th[i], 0);
  int r = out[N - 1];
  pthread_join(th[0], 0);
  return r;
}
