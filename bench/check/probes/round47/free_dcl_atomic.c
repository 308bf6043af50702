/* TRUTH: free — double-checked locking with an atomic instance pointer (acquire load / release store); the object is built under the lock before publication */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
extern void abort(void);
void reach_error(void) { abort(); }

struct singleton { int a; int b; };
static _Atomic(struct singleton *) instance;
static pthread_mutex_t init_lock = PTHREAD_MUTEX_INITIALIZER;

static struct singleton *get_instance(void) {
  struct singleton *p = atomic_load_explicit(&instance, memory_order_acquire);
  if (p == NULL) {
    pthread_mutex_lock(&init_lock);
    p = atomic_load_explicit(&instance, memory_order_relaxed);
    if (p == NULL) {
      p = malloc(sizeof *p);
      if (p) {
        p->a = 1;
        p->b = 2;
      }
      atomic_store_explicit(&instance, p, memory_order_release);
    }
    pthread_mutex_unlock(&init_lock);
  }
  return p;
}

void *user(void *arg) {
  struct singleton *s = get_instance();
  if (s && s->a + s->b != 3) reach_error();
  return 0;
}

int main(void) {
  pthread_t t[3];
  int i;
  for (i = 0; i < 3; i++) pthread_create(&t[i], 0, user, 0);
  for (i = 0; i < 3; i++) pthread_join(t[i], 0);
  return 0;
}
