/* TRUTH: free. m[0][1] and m[1][1] are different elements of a 2-D array; weft
   conflates them ('m') and says definite. */
#include <pthread.h>
int m[2][2];
void *worker(void *arg) { m[0][1] = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  m[1][1] = 2;
  pthread_join(t, NULL);
  return 0;
}
