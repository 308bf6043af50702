/* TRUTH: free — the ops table is set before create; the called function only writes the caller's own slot */
#include <pthread.h>
struct Ops { void (*step)(int *); };
static void step(int *p){ *p += 1; }
struct Ops ops;
int slots[2];
void *w(void *a){ long id = (long)a; for (int i = 0; i < 10; i++) ops.step(&slots[id]); return 0; }
int main(void){
  ops.step = step;
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return slots[0] + slots[1];
}
