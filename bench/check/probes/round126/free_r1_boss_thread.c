/* TRUTH: free — boss (not main) starts w, stores started=1, joins it when set (always) before x=2; main joins boss before x=3 */
/* RUN: - | FAIL_CREATE=0,1 */
#include <pthread.h>
#include <stdlib.h>
int started, x;
pthread_t t, b;
void *w(void *a) { x = 1; return 0; }
void *boss(void *a) {
  if (pthread_create(&t, 0, w, 0)) return 0;
  started = 1;
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
int main(void) {
  if (pthread_create(&b, 0, boss, 0)) exit(1);
  pthread_join(b, 0);
  x = 3;
  return 0;
}
