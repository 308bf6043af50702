/* racy: after creating all threads main rewrites args[0].scale, which thread 0 may still be reading */
#include <pthread.h>
#define N 3
struct targ { int id; int scale; int done; };
int res[N];
void *worker(void *p) {
  struct targ *a = p;
  res[a->id] = a->id * a->scale;
  a->done = 1;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  struct targ args[N];
  for (int i = 0; i < N; i++) {
    args[i].id = i;
    args[i].scale = 7;
    args[i].done = 0;
    pthread_create(&t[i], NULL, worker, &args[i]);
  }
  args[0].scale = 0;
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return res[0];
}
