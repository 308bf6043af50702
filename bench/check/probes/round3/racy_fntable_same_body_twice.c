/* TRUTH: racy. bodies[1] is started twice (index 1 both times); fb increments gb unlocked. */
#include <pthread.h>
static int ga, gb;
static void *fa(void *v) { (void)v; ga++; return NULL; }
static void *fb(void *v) { (void)v; gb++; return NULL; }
static void *(*bodies[2])(void *) = { fa, fb };
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, bodies[1], NULL);
  pthread_create(&t2, NULL, bodies[1], NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return ga + gb;
}
