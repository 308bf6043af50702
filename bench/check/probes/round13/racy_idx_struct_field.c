/* racy: id field is i/2, so args[0] and args[1] both carry id 0 and two threads write res[0] */
#include <pthread.h>
#include <assert.h>
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
    args[i].id = i / 2;
    args[i].scale = 7;
    args[i].done = 0;
    pthread_create(&t[i], NULL, worker, &args[i]);
  }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return res[0];
}
