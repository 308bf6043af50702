/* TRUTH: racy. new_id() keeps a function-static counter; called from two threads. */
#include <pthread.h>
static int new_id(void) { static int last = 100; return ++last; }
int ids[2];
void *worker(void *arg) { ids[(long)arg] = new_id(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)0);
  pthread_create(&b, NULL, worker, (void *)1);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return ids[0];
}
