/* TRUTH: free — main's helper wait_done() spins until the writer releases done after x = 1, and only then main creates the thread doing x *= 2 */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int done;
void *w(void *a) { x = 1; atomic_store(&done, 1); return 0; }
void *r(void *a) { x *= 2; return 0; }
static void wait_done(void) { while (!atomic_load(&done)) ; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  wait_done();
  pthread_create(&t2, 0, r, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return x;
}
