/* TRUTH: racy. Thread a publishes the address of its __thread buffer in a global; thread b
   writes through it while a writes its own copy. */
#include <pthread.h>
#include <stdatomic.h>
static __thread int mine;
int *_Atomic pub;
void *a_fn(void *arg) { atomic_store(&pub, &mine); mine = 1; for (volatile int i = 0; i < 1000; i++) ; return NULL; }
void *b_fn(void *arg) { int *p; while ((p = atomic_load(&pub)) == NULL) ; *p = 2; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, a_fn, NULL);
  pthread_create(&b, NULL, b_fn, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
