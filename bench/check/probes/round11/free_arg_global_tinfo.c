// free: global array of structs tinfo[i] with id; thread gets &tinfo[i] and writes tinfo[id].result.
#include <pthread.h>
#define N 4
struct tinfo { pthread_t th; int id; long result; };
struct tinfo tinfo[N];
void *w(void *p) {
  struct tinfo *me = p;
  long r = 0;
  for (int k = 0; k <= me->id; k++) r += k;
  tinfo[me->id].result = r;
  return 0;
}
int main(void) {
  for (int i = 0; i < N; i++) tinfo[i].id = i;
  for (int i = 0; i < N; i++) pthread_create(&tinfo[i].th, 0, w, &tinfo[i]);
  long s = 0;
  for (int i = 0; i < N; i++) {
    pthread_join(tinfo[i].th, 0);
    s += tinfo[i].result;
  }
  return (int)s;
}
