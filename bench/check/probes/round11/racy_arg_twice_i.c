// racy: thread id=2*i writes a[id] and a[id+2]; thread i and i+1 both write a[2*i+2].
#include <pthread.h>
#define N 4
int a[2 * N + 2];
void *w(void *arg) {
  long id = (long)arg;
  a[id] = 1;
  a[id + 2] = 2;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)(2 * i));
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return a[3];
}
