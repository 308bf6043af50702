/* TRUTH: racy. main passes its local array (decayed) to the worker and writes buf[0]
   while the worker writes p[0]. */
#include <pthread.h>
void *worker(void *arg) { char *p = arg; p[0] = 'w'; return NULL; }
int main(void) {
  char buf[8] = "main";
  pthread_t t;
  pthread_create(&t, NULL, worker, buf);
  buf[0] = 'm';
  pthread_join(t, NULL);
  return buf[0];
}
