/* TRUTH: racy — plain int flag 'ready' and pointer inst checked without synchronization; two threads can both see ready==0 and both write inst/ready, and readers read inst while another writes it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct cfg { int a, b; };
static struct cfg *inst;
static int ready;
static struct cfg *get(void) {
  if (!ready) {
    static struct cfg storage;
    storage.a = 1; storage.b = 2;
    inst = &storage;
    ready = 1;
  }
  return inst;
}
static void *user(void *arg) { struct cfg *c = get(); *(int *)arg = c->a + c->b; return 0; }
int main(void) {
  pthread_t t[4]; int r[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], 0, user, &r[i]);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  printf("%d\n", r[0] + r[3]);
  return 0;
}
