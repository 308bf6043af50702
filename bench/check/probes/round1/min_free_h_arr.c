/* TRUTH: free. h.arr[0] and h.arr[1] are different elements (constant indexes) of an
   array member; weft conflates them ('h.arr') and says definite. */
#include <pthread.h>
struct c { int arr[2]; } h;
void *worker(void *arg) { h.arr[0] = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  h.arr[1] = 2;
  pthread_join(t, NULL);
  return 0;
}
