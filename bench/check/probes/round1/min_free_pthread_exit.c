/* TRUTH: free. `g = 1` follows pthread_exit() (also abort(), exit(), assert(0), any
   _Noreturn call): it is dead, yet weft says definite. */
#include <pthread.h>
int g;
void *worker(void *arg) { pthread_exit(NULL); g = 1; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  return 0;
}
