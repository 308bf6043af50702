/* TRUTH: racy — thread J does x++ before joining the writer, so it overlaps the writer's x = 1 */
#include <pthread.h>
int x; pthread_t t1;
void *w(void *a) { x = 1; return 0; }
void *J(void *a) { x++; pthread_join(t1, 0); return 0; }
int main(void) {
  pthread_t t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, J, 0);
  pthread_join(t2, 0);
  return x;
}
