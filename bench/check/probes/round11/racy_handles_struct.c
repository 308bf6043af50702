// racy: main reads ws[i+1].out right after joining ws[i] — worker i+1 may still write it.
#include <pthread.h>
#define N 3
struct worker { pthread_t th; int id; int out; };
static struct worker ws[N];
static void *run(void *p) {
  struct worker *me = p;
  me->out = me->id * 3;
  return 0;
}
int main(void) {
  for (int i = 0; i < N; i++) {
    ws[i].id = i;
    pthread_create(&ws[i].th, 0, run, &ws[i]);
  }
  int s = 0;
  for (int i = 0; i + 1 < N; i++) {
    pthread_join(ws[i].th, 0);
    s += ws[i + 1].out;
  }
  pthread_join(ws[N - 1].th, 0);
  return s;
}
