/* TRUTH: free — main copies `done` under m into a local and exits unless it was set; `done = 1` is written by the worker under m after `data = 5`, so main's `data = data + 1` runs only after reading done==1 through m, i.e. after the worker's write. */
#include <pthread.h>
#include <stdlib.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int done;
int data;
static void *w(void *p) {
  (void)p;
  data = 5;
  pthread_mutex_lock(&m);
  done = 1;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&m);
  int seen = done;
  pthread_mutex_unlock(&m);
  if (!seen) exit(0);
  data = data + 1;
  return 0;
}
