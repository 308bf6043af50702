/* TRUTH: free. `g = 1` follows while(1){} with no break (constant condition, so no UB):
   it is dead. weft says definite. */
#include <pthread.h>
int g;
void *worker(void *arg) { while (1) { } g = 1; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  return 0;
}
