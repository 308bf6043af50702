/* TRUTH: free — st = RUNNING then st == RUNNING holds, main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
enum state { IDLE, RUNNING } st;
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  st = RUNNING;
  if (st == RUNNING) pthread_join(t, 0);
  x = 2;
  return 0;
}
