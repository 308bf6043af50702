/* TRUTH: racy — the detached worker writes status (line 5) while main reads status (line 8); sleep gives no happens-before. */
#include <pthread.h>
#include <unistd.h>
int status;
void *w(void *a) { status = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0);
  pthread_detach(t); sleep(1);
  return status; }
