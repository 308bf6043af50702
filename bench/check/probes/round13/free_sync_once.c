/* race-free: pthread_once runs init exactly once and its writes happen-before every return from pthread_once */
#include <pthread.h>
#include <assert.h>
pthread_once_t once = PTHREAD_ONCE_INIT;
int table[4];
static void init(void) { for (int i = 0; i < 4; i++) table[i] = i + 10; }
void *w(void *p) { (void)p; pthread_once(&once, init); assert(table[2] == 12); return NULL; }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
