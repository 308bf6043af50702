/* TRUTH: racy. t1 does *dst = *src with dst == &gs (struct copy through pointers);
   t2 reads gs.a. */
#include <pthread.h>
struct s { int a, b; };
static struct s gs, other = { 5, 6 };
static void cp(struct s *dst, const struct s *src) { *dst = *src; }
static void *t1f(void *v) { (void)v; cp(&gs, &other); return NULL; }
static void *t2f(void *v) { (void)v; return (void *)(long)gs.a; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, t1f, NULL);
  pthread_create(&t2, NULL, t2f, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
