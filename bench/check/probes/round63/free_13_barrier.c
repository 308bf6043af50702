/* TRUTH: free — each thread writes only its own slot before the barrier and reads the other's slot after it */
#include <pthread.h>
static pthread_barrier_t bar;
static int slot[2];
static int seen[2];
static void *phase(void *p) { int id = (int)(long)p; slot[id] = id + 10; pthread_barrier_wait(&bar); seen[id] = slot[1 - id]; return 0; }
int main(void) {
  pthread_t t0, t1;
  pthread_barrier_init(&bar, 0, 2);
  pthread_create(&t0, 0, phase, (void *)0L); pthread_create(&t1, 0, phase, (void *)1L);
  pthread_join(t0, 0); pthread_join(t1, 0);
  pthread_barrier_destroy(&bar);
  return seen[0] + seen[1];
}
