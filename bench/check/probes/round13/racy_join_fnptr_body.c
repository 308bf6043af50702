/* racy: the table holds fa twice, so two threads write ga concurrently */
#include <pthread.h>
int ga, gb;
void *fa(void *p) { (void)p; ga = 1; return NULL; }
void *fb(void *p) { (void)p; gb = 2; return NULL; }
void *(*bodies[2])(void *) = { fa, fa };
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, bodies[i], NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return ga + gb;
}
