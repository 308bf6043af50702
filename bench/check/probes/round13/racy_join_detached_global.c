/* racy: detached thread writes global status, main reads it after a sleep (no synchronization) */
#include <pthread.h>
#include <unistd.h>
int status;
void *bg(void *p) { (void)p; status = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, bg, NULL);
  pthread_detach(t);
  usleep(1000);
  return status;
}
