/* TRUTH: free — start() returns the thread via out-param, finish() joins it; main touches data only outside that window */
#include <pthread.h>
struct Data { int in; int out; } data;
static int start(pthread_t *t, void *(*fn)(void *), void *arg){ return pthread_create(t, 0, fn, arg); }
static void finish(pthread_t t){ pthread_join(t, 0); }
static void *job(void *a){ struct Data *d = a; d->out = d->in * 2; return 0; }
int main(void){
  pthread_t t;
  data.in = 21;
  if (start(&t, job, &data)) return 1;
  finish(t);
  data.in = data.out;
  return data.in;
}
