/* TRUTH: free — each trampoline task's fn writes into its own task's result field */
#include <pthread.h>
struct Task { void (*fn)(struct Task *); int in; int out; };
static void square(struct Task *t){ t->out = t->in * t->in; }
static void *tramp(void *p){ struct Task *t = p; t->fn(t); return 0; }
int main(void){
  struct Task tasks[2] = { { square, 3, 0 }, { square, 4, 0 } };
  pthread_t th[2];
  for (int i = 0; i < 2; i++) pthread_create(&th[i],0,tramp,&tasks[i]);
  for (int i = 0; i < 2; i++) pthread_join(th[i],0);
  return tasks[0].out + tasks[1].out;
}
