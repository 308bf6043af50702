/* TRUTH: free — x=2 runs only after a failed create (no thread yet); the one w started is joined before x=3 */
/* RUN: - | FAIL_CREATE=1,1,0 */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  while (pthread_create(&t, 0, w, 0) != 0)
    x = 2;
  pthread_join(t, 0);
  x = 3;
  return 0;
}
