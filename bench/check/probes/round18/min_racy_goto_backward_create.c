/* TRUTH: racy. t reads x; the backward goto reruns x = 2 while t (started on the first pass) runs */
#include <pthread.h>
int x;
void *t(void *a) { return (void *)(long)x; }
int main(void) {
  pthread_t th;
  int first = 1;
again:
  x = 2;
  if (first) {
    first = 0;
    pthread_create(&th, 0, t, 0);
    goto again;
  }
  return 0;
}
