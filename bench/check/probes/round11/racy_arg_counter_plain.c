// racy: ids taken from a plain int counter with next++ (non-atomic read-modify-write in every thread).
#include <pthread.h>
#define N 4
int next;
int buf[N];
void *w(void *a) {
  int id = next++;
  if (id < N) buf[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return buf[0];
}
