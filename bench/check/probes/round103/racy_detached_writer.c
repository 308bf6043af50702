/* TRUTH: racy — a detached thread writes 'status' and main reads it with no join or other sync */
#include <pthread.h>

int status;

void *bg(void *arg) {
  status = 1;
  return 0;
}

int main(void) {
  pthread_t t;
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_create(&t, &at, bg, 0);
  pthread_attr_destroy(&at);
  int s = status;
  return s;
}
