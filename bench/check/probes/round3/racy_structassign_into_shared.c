/* TRUTH: racy. t1 assigns a whole struct into gs (writes gs.b); t2 reads gs.b. */
#include <pthread.h>
struct s { int a, b; };
static struct s gs;
static void *setter(void *v) { (void)v; struct s l = { 3, 4 }; gs = l; return NULL; }
static void *reader(void *v) { (void)v; return (void *)(long)gs.b; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, setter, NULL);
  pthread_create(&t2, NULL, reader, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
