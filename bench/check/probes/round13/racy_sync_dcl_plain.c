/* racy: classic broken double-checked locking: unlocked read of inst races with the write inside the mutex */
#include <pthread.h>
#include <stdlib.h>
struct cfg { int port; };
struct cfg *inst;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int seen[3];
static struct cfg *get(void) {
  if (!inst) {
    pthread_mutex_lock(&m);
    if (!inst) { struct cfg *c = malloc(sizeof *c); if (!c) abort(); c->port = 80; inst = c; }
    pthread_mutex_unlock(&m);
  }
  return inst;
}
void *w(void *p) { seen[(long)p] = get()->port; return NULL; }
int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return seen[0];
}
