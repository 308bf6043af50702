/* TRUTH: racy — a trampoline thread calls task->fn(task->arg); the task writes *arg == &g while main writes g */
#include <pthread.h>
struct Task { void (*fn)(void *); void *arg; };
int g;
static void *tramp(void *p){ struct Task *t = p; t->fn(t->arg); return 0; }
static void set_one(void *a){ *(int *)a = 1; }
int main(void){
  struct Task task = { set_one, &g };
  pthread_t th;
  pthread_create(&th,0,tramp,&task);
  g = 2;
  pthread_join(th,0);
  return g;
}
