// racy: a detached thread writes status; main writes status too with no synchronization.
#include <pthread.h>
#include <unistd.h>
int status;
void *bg(void *a) { status = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, bg, 0);
  pthread_detach(t);
  status = 2;
  sleep(1);
  return status;
}
