/* TRUTH: free — set stores started=1 and reap(t1) joins it, so main reads 1 and joins w before x=2 */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
int started, x;
pthread_t t1, t2;
void *set(void *a) { started = 1; return 0; }
void *w(void *a) { x = 1; return 0; }
void reap(pthread_t t) { pthread_join(t, 0); }
int main(void) {
  started = 0;
  if (pthread_create(&t2, 0, w, 0)) exit(1);
  if (pthread_create(&t1, 0, set, 0)) exit(1);
  reap(t1);
  if (started) pthread_join(t2, 0);
  else x = 3;
  x = 2;
  return 0;
}
