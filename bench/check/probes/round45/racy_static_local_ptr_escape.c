/* TRUTH: racy — get_cache() returns the address of a static local; thread A writes through it, thread B calls reset() */
#include <pthread.h>
static int *get_cache(void){ static int cache[4]; return cache; }
static void reset(void){ get_cache()[0] = 0; }
void *wa(void *x){ int *c = get_cache(); c[0] = 42; return 0; }
void *wb(void *x){ reset(); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return get_cache()[0];
}
