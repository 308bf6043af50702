/* race-free: each thread's struct arg has a distinct id field; thread writes res[a->id] and a->done (own struct) */
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
    args[i].id = i;
    args[i].scale = 7;
    args[i].done = 0;
    pthread_create(&t[i], NULL, worker, &args[i]);
  }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++) assert(args[i].done && res[i] == 7 * i);
  return 0;
}
