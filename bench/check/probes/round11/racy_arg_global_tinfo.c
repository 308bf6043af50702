// racy: thread writes tinfo[id].result and also reads neighbour tinfo[(id+1)%N].result which the neighbour writes concurrently.
#include <pthread.h>
#define N 4
struct tinfo { pthread_t th; int id; long result; long peer; };
struct tinfo tinfo[N];
void *w(void *p) {
  struct tinfo *me = p;
  tinfo[me->id].result = me->id * 7;
  tinfo[me->id].peer = tinfo[(me->id + 1) % N].result;
  return 0;
}
int main(void) {
  for (int i = 0; i < N; i++) tinfo[i].id = i;
  for (int i = 0; i < N; i++) pthread_create(&tinfo[i].th, 0, w, &tinfo[i]);
  long s = 0;
  for (int i = 0; i < N; i++) {
    pthread_join(tinfo[i].th, 0);
    s += tinfo[i].peer;
  }
  return (int)s;
}
