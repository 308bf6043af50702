// free: distinct thread ids 0..3 mapped through the permutation map = {2,0,3,1}; every thread writes a different data element.
#include <pthread.h>
#define N 4
static const int map[N] = { 2, 0, 3, 1 };
int data[N];
void *w(void *arg) {
  long id = (long)arg;
  data[map[id]] += 1;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return data[0];
}
