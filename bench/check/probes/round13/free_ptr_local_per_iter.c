/* race-free: main keeps a distinct local array element per thread (&locals[i]) and reads them after joining */
#include <pthread.h>
#include <assert.h>
void *w(void *p) { int *x = p; *x += 41; return NULL; }
int main(void) {
  int locals[2] = { 1, 2 };
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, &locals[i]);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  assert(locals[0] + locals[1] == 85);
  return 0;
}
