/* TRUTH: racy. Each worker sets a non-NULL key value; at thread exit the key destructor runs in
   each worker and both increment the plain global freed. */
#include <pthread.h>
pthread_key_t key; int freed;
static void dtor(void *p) { (void)p; freed++; }
void *w(void *a) { pthread_setspecific(key, a); return 0; }
int main(void) { pthread_t a, b; static int x, y; pthread_key_create(&key, dtor);
  pthread_create(&a, 0, w, &x); pthread_create(&b, 0, w, &y);
  pthread_join(a, 0); pthread_join(b, 0); return freed; }
