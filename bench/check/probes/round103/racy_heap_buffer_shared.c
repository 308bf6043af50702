/* TRUTH: racy — main passes the same malloc'd buffer to both threads and both write buf[0] */
#include <pthread.h>
#include <stdlib.h>

void *fill(void *arg) {
  int *buf = arg;
  buf[0] = 1;
  buf[1] = 2;
  return 0;
}

int main(void) {
  pthread_t a, b;
  int *buf = malloc(4 * sizeof(int));
  if (!buf) return 1;
  pthread_create(&a, 0, fill, buf);
  pthread_create(&b, 0, fill, buf);
  pthread_join(a, 0);
  pthread_join(b, 0);
  int r = buf[0];
  free(buf);
  return r;
}
