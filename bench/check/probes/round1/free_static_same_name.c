/* TRUTH: free. Two different functions each have their own `static int calls`: two
   distinct objects, each used by one thread only. */
#include <pthread.h>
static int bump_worker(void) { static int calls; return ++calls; }
static int bump_main(void) { static int calls; return ++calls; }
void *worker(void *arg) { return (void *)(long)bump_worker(); }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  int v = bump_main();
  pthread_join(t, NULL);
  return v;
}
