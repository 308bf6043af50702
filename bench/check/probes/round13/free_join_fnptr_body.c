/* race-free: thread body chosen via a function-pointer table; each body writes its own global, all joined */
#include <pthread.h>
#include <assert.h>
int ga, gb;
void *fa(void *p) { (void)p; ga = 1; return NULL; }
void *fb(void *p) { (void)p; gb = 2; return NULL; }
void *(*bodies[2])(void *) = { fa, fb };
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, bodies[i], NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  assert(ga + gb == 3);
  return 0;
}
