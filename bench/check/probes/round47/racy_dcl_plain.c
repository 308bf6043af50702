/* TRUTH: racy — double-checked locking with a plain pointer: the unlocked first check reads 'inst' while another thread writes it under the lock */
#include <pthread.h>
#include <stdlib.h>
struct obj { int v; };
struct obj *inst;
pthread_mutex_t il = PTHREAD_MUTEX_INITIALIZER;

static struct obj *get(void) {
  if (inst == NULL) {
    pthread_mutex_lock(&il);
    if (inst == NULL) {
      struct obj *o = malloc(sizeof *o);
      if (o) o->v = 1;
      inst = o;
    }
    pthread_mutex_unlock(&il);
  }
  return inst;
}

void *user(void *a) {
  struct obj *o = get();
  return o ? (void *)(long)o->v : 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, user, 0);
  pthread_create(&t2, 0, user, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
