// free: workers held in struct array {th,id,out}; each writes its own out; main joins through the struct then reads.
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
  for (int i = 0; i < N; i++) {
    pthread_join(ws[i].th, 0);
    s += ws[i].out;
  }
  return s;
}
