// racy: spawn(base) creates threads with ids base and base+1; called with base 0 and 1, so id 1 is used twice.
#include <pthread.h>
#define N 4
int cell[N];
pthread_t hs[N];
void *w(void *arg) {
  long id = (long)arg;
  cell[id] = (int)id;
  return 0;
}
void spawn(int base, int slot) {
  for (int i = 0; i < 2; i++) pthread_create(&hs[slot + i], 0, w, (void *)(long)(base + i));
}
int main(void) {
  spawn(0, 0);
  spawn(1, 2);
  for (int i = 0; i < N; i++) pthread_join(hs[i], 0);
  return cell[1];
}
