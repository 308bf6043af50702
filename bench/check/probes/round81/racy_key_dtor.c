/* TRUTH: racy — TSD destructor (runs at each thread exit) increments global freed; two threads exit concurrently */
#include <pthread.h>
pthread_key_t key;
int freed;
static void dtor(void *p) { freed++; }
void *w(void *p) { pthread_setspecific(key, (void *)1); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_key_create(&key, dtor);
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return freed;
}
