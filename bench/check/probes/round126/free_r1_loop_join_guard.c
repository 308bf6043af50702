/* TRUTH: free — pass 0 sees started == 1, joins w and clears started; later passes do nothing; x=2 after the join */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  int i;
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 1;
  for (i = 0; i < 3; i++) {
    if (started) { pthread_join(t, 0); started = 0; }
  }
  x = 2;
  return 0;
}
