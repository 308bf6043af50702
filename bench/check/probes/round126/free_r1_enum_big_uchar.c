/* TRUTH: free — unsigned char mode = BIG (256) holds 0; mode == IDLE holds, main joins w before x=2 */
/* RUN: - | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
enum { IDLE = 0, BIG = 256 };
unsigned char mode;
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  mode = BIG;
  if (mode == IDLE) pthread_join(t, 0);
  x = 2;
  return 0;
}
