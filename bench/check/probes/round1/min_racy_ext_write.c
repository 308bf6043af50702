/* TRUTH: racy. fill() has no body: given buf it may write buf[0] (doc: "&x passed to a
   function with no body may write x"); with `&buf[0]` weft reports, with `buf` it is silent. */
#include <pthread.h>
char buf[8];
void fill(char *dst);
void *worker(void *arg) { buf[0] = 'w'; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  fill(buf);
  pthread_join(t, NULL);
  return 0;
}
