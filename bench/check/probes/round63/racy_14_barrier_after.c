/* TRUTH: racy — after the barrier thread id writes slot[id] while the other thread reads slot[1-id] = that slot, no ordering after the barrier */
#include <pthread.h>
static pthread_barrier_t bar;
static int slot[2];
static void *phase(void *p) { int id = (int)(long)p; pthread_barrier_wait(&bar); slot[id] = id + 10; int o = slot[1 - id]; return (void *)(long)o; }
int main(void) {
  pthread_t t0, t1;
  pthread_barrier_init(&bar, 0, 2);
  pthread_create(&t0, 0, phase, (void *)0L); pthread_create(&t1, 0, phase, (void *)1L);
  pthread_join(t0, 0); pthread_join(t1, 0);
  return 0;
}
