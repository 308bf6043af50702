/* TRUTH: racy. A worker calls ops[k]() for k from its argument; op_set writes g, op_get
   reads g; workers given 0 and 1 run concurrently. */
#include <pthread.h>
static int g;
static void op_set(void) { g = 1; }
static void op_get(void) { volatile int x = g; (void)x; }
static void (*ops[2])(void) = { op_set, op_get };
static void *w(void *v) { ops[(long)v](); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, (void *)0);
  pthread_create(&t2, NULL, w, (void *)1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
