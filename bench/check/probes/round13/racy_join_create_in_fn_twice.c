/* racy: start_batch returns the handle without joining; both threads run concurrently on acc */
#include <pthread.h>
int acc;
void *w(void *p) { acc += (int)(long)p; return NULL; }
static pthread_t start_batch(long v) {
  pthread_t t;
  pthread_create(&t, NULL, w, (void *)v);
  return t;
}
int main(void) {
  pthread_t a = start_batch(1);
  pthread_t b = start_batch(2);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return acc;
}
