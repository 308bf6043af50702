/* TRUTH: free — t1 writes buf[0], t2 writes buf[1]: distinct bytes are distinct memory locations in C11 */
#include <pthread.h>
char buf[2];
void *f1(void *a) { buf[0] = 'a'; return 0; }
void *f2(void *a) { buf[1] = 'b'; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return buf[0] + buf[1];
}
