/* TRUTH: free. Both threads only touch the _Atomic field s.cnt; s.plain written by main
   before creates and read after joins. */
#include <pthread.h>
struct S { _Atomic int cnt; int plain; };
static struct S s;
static void *w(void *v) { (void)v; s.cnt++; s.cnt += 2; return NULL; }
int main(void) {
  pthread_t t1, t2;
  s.plain = 1;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return s.plain + s.cnt;
}
