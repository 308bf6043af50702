// free: spawn(base) creates threads with ids base and base+1; called with base 0 and 2, so all ids distinct.
#include <pthread.h>
#define N 4
int cell[N];
pthread_t hs[N];
void *w(void *arg) {
  long id = (long)arg;
  cell[id] = (int)id;
  return 0;
}
void spawn(int base) {
  for (int i = 0; i < 2; i++) pthread_create(&hs[base + i], 0, w, (void *)(long)(base + i));
}
int main(void) {
  spawn(0);
  spawn(2);
  for (int i = 0; i < N; i++) pthread_join(hs[i], 0);
  return cell[3];
}
