/* TRUTH: racy — the key destructor runs in the worker at its exit and writes g while main writes g before joining */
#include <pthread.h>
#include <stdio.h>
int g;
pthread_key_t key;
static void dtor(void *p) { g = 3; }
void *w(void *a) { pthread_setspecific(key, (void *)1); return 0; }
int main(void) {
  pthread_t t;
  pthread_key_create(&key, dtor);
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
