/* TRUTH: free. The handle lives in a struct field; main joins it before writing. */
#include <pthread.h>
struct job { pthread_t tid; int result; };
struct job J;
void *worker(void *arg) { J.result = 1; return NULL; }
int main(void) {
  pthread_create(&J.tid, NULL, worker, NULL);
  pthread_join(J.tid, NULL);
  J.result = 2;
  return J.result;
}
