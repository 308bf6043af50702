/* TRUTH: free — 'cur' and the object it points to are read, replaced and freed only while holding m */
#include <pthread.h>
#include <stdlib.h>

struct conf { int timeout; };
struct conf *cur;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void *reloader(void *arg) {
  struct conf *n = malloc(sizeof *n);
  if (!n) return 0;
  n->timeout = 30;
  pthread_mutex_lock(&m);
  struct conf *old = cur;
  cur = n;
  free(old);
  pthread_mutex_unlock(&m);
  return 0;
}

void *reader(void *arg) {
  int t = 0;
  pthread_mutex_lock(&m);
  if (cur) t = cur->timeout;
  pthread_mutex_unlock(&m);
  return (void *)(long)t;
}

int main(void) {
  pthread_t a, b;
  cur = malloc(sizeof *cur);
  if (!cur) return 1;
  cur->timeout = 10;
  pthread_create(&a, 0, reloader, 0);
  pthread_create(&b, 0, reader, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cur->timeout;
}
